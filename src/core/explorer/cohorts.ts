import type { Cohort, Programme } from '../definition/schema.js';
import { isoDate, londonWallTime } from '../status/london-time.js';

/**
 * The cohort that starts next: the earliest one starting today or later in England. A cohort
 * starting today still counts, so the page does not jump ahead on the first morning.
 */
export function nextStartingCohort(programme: Programme, now: Date): Cohort | undefined {
  const today = isoDate(londonWallTime(now));
  return programme.cohorts
    .filter((cohort) => cohort.starts >= today)
    .reduce<Cohort | undefined>((earliest, cohort) => (earliest === undefined || cohort.starts < earliest.starts ? cohort : earliest), undefined);
}
