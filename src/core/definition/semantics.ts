import { describeValue, makeIssue, pointer, type DefinitionIssue } from './issues.js';
import type { Programme } from './schema.js';

type Path = (string | number)[];

/** Checks beyond shape within one programme: unique ids, references, dates and hours that add up. */
export function checkProgramme(programme: Programme, path: Path): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const at = (...segments: Path) => pointer([...path, ...segments]);

  issues.push(...duplicateIds(programme.contentAreas, [...path, 'contentAreas'], 'content area'));
  issues.push(...duplicateIds(programme.cohorts, [...path, 'cohorts'], 'cohort'));
  const venues = programme.delivery.venues ?? [];
  issues.push(...duplicateIds(venues, [...path, 'delivery', 'venues'], 'venue'));
  const venueIds = new Set(venues.map((venue) => venue.id));

  const { total, synchronous = 0, inPerson = 0, selfStudy = 0 } = programme.hours;
  const parts = synchronous + inPerson + selfStudy;
  if (parts > total + 0.01) {
    issues.push(
      makeIssue(
        at('hours', 'total'),
        `a total of at least ${parts} hours (live online + in person + self-study)`,
        describeValue(total),
      ),
    );
  }

  const courseMonths = programme.length.taughtMonths + programme.length.assessmentMonths;
  programme.structure?.forEach((stage, index) => {
    if (stage.startMonth !== undefined && stage.endMonth !== undefined && stage.endMonth < stage.startMonth) {
      issues.push(makeIssue(at('structure', index, 'endMonth'), `a month on or after the start month (${stage.startMonth})`, describeValue(stage.endMonth)));
    }
    const last = stage.endMonth ?? stage.startMonth;
    if (last !== undefined && last > courseMonths) {
      issues.push(makeIssue(at('structure', index, stage.endMonth !== undefined ? 'endMonth' : 'startMonth'), `a month within the course's ${courseMonths} months`, describeValue(last)));
    }
  });

  const window = programme.assessment?.window;
  if (window && window.endMonth < window.startMonth) {
    issues.push(makeIssue(at('assessment', 'window', 'endMonth'), `a month on or after the window's start month (${window.startMonth})`, describeValue(window.endMonth)));
  }

  programme.cohorts.forEach((cohort, index) => {
    const { opens, closes } = cohort.applications;
    if (compareUkDateTimes(opens, closes) >= 0) {
      issues.push(makeIssue(at('cohorts', index, 'applications', 'closes'), `a closing date after the opening date (${opens})`, describeValue(closes)));
    }
    if (compareUkDateTimes(opens, cohort.starts) > 0) {
      issues.push(makeIssue(at('cohorts', index, 'applications', 'opens'), `an opening date on or before the cohort starts (${cohort.starts})`, describeValue(opens)));
    }
    cohort.venues?.forEach((venueId, venueIndex) => {
      if (!venueIds.has(venueId)) {
        const known = venueIds.size > 0 ? [...venueIds].join(', ') : 'none are listed under delivery.venues';
        issues.push(makeIssue(at('cohorts', index, 'venues', venueIndex), `the id of one of the programme's venues (${known})`, describeValue(venueId)));
      }
    });
  });
  return issues;
}

function duplicateIds(items: readonly { id: string }[], path: Path, what: string): DefinitionIssue[] {
  const seen = new Map<string, number>();
  const issues: DefinitionIssue[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else issues.push(makeIssue(pointer([...path, index, 'id']), `a ${what} id used once (it is already used by ${pointer([...path, first])})`, describeValue(item.id)));
  });
  return issues;
}

/** Date-only and date-time strings in the same zone compare as text once padded to a time. */
function compareUkDateTimes(a: string, b: string): number {
  const full = (value: string) => (value.length === 10 ? `${value}T00:00` : value);
  return full(a) < full(b) ? -1 : full(a) > full(b) ? 1 : 0;
}
