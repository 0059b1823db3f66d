import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateDefinition } from '../../../src/core/definition/validate.js';
import type { Programme, Stage } from '../../../src/core/definition/schema.js';
import {
  barChartGeometry,
  compareContentAreas,
  hoursBreakdown,
  nextStartingCohort,
  orderedStages,
  parseExplorerView,
  programmesSharingArea,
  sharedContentAreas,
  stageMonths,
  DEFAULT_BAR_CHART_LAYOUT,
} from '../../../src/core/index.js';
import { explorerDefinition } from '../../fixtures/explorer-definition.js';

function programmes(): Programme[] {
  const result = validateDefinition(explorerDefinition());
  expect(result.issues, 'the fixture is valid').to.deep.equal([]);
  return result.definition!.programmes;
}

function programme(id: string): Programme {
  const found = programmes().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no programme ${id} in the fixture`);
  return found;
}

describe('parseExplorerView', () => {
  const cases: { value: string | null | undefined; parts: string[]; unknown?: string[] }[] = [
    { value: undefined, parts: ['overview', 'areas', 'structure', 'assessment'] },
    { value: '', parts: ['overview', 'areas', 'structure', 'assessment'] },
    { value: 'all', parts: ['overview', 'areas', 'structure', 'assessment'] },
    { value: 'areas', parts: ['areas'] },
    { value: 'ASSESSMENT', parts: ['assessment'] },
    { value: 'structure overview', parts: ['overview', 'structure'] },
    { value: ' areas,  areas ', parts: ['areas'] },
    { value: 'overveiw', parts: ['overview', 'areas', 'structure', 'assessment'], unknown: ['overveiw'] },
    { value: 'areas timeline', parts: ['areas'], unknown: ['timeline'] },
  ];
  for (const { value, parts, unknown = [] } of cases) {
    it(`reads ${JSON.stringify(value)} as ${parts.join(', ')}`, () => {
      expect(parseExplorerView(value)).to.deep.equal({ parts, unknown });
    });
  }
});

describe('content areas across programmes', () => {
  const cases: { programme: string; area: string; sharedWith: string[] }[] = [
    { programme: 'npq-headship', area: 'implementation', sharedWith: ['npq-senior-leadership', 'npq-executive-leadership', 'npq-leading-teaching'] },
    { programme: 'npq-headship', area: 'school-culture', sharedWith: ['npq-senior-leadership', 'npq-executive-leadership'] },
    { programme: 'npq-headship', area: 'governance-and-accountability', sharedWith: [] },
    { programme: 'npq-leading-teaching', area: 'teaching', sharedWith: [] },
    { programme: 'early-headship-coaching-offer', area: 'wellbeing', sharedWith: [] },
  ];
  for (const { programme: id, area, sharedWith } of cases) {
    it(`finds ${area} of ${id} in ${sharedWith.join(', ') || 'no other programme'}`, () => {
      const shared = programmesSharingArea(programmes(), programme(id), area).map((other) => other.id);
      expect(shared).to.deep.equal(sharedWith);
    });
  }

  it('says when an area is in every other programme', () => {
    const all = programmes().filter((candidate) => candidate.group === 'leadership');
    const headship = all.find((candidate) => candidate.id === 'npq-headship')!;
    const sharing = sharedContentAreas(all, headship);
    expect(sharing.map((entry) => [entry.area.id, entry.inEveryOther])).to.deep.equal([
      ['school-culture', true],
      ['curriculum-and-assessment', false],
      ['governance-and-accountability', false],
      ['implementation', true],
      ['working-in-partnership', false],
    ]);
  });

  it('never says "every other" when there is no other programme', () => {
    const only = [programme('npq-headship')];
    expect(sharedContentAreas(only, only[0]!).every((entry) => !entry.inEveryOther && entry.others.length === 0)).to.equal(true);
  });

  it('compares a leadership NPQ with the others in its group, own areas first', () => {
    const comparison = compareContentAreas(programmes(), programme('npq-headship'))!;
    expect(comparison.programmes.map((column) => column.code)).to.deep.equal(['NPQH', 'NPQSL', 'NPQEL']);
    const table = comparison.rows.map((row) => [row.area.id, ...row.included.map((flag) => (flag ? 'yes' : 'no'))]);
    expect(table).to.deep.equal([
      ['school-culture', 'yes', 'yes', 'yes'],
      ['curriculum-and-assessment', 'yes', 'no', 'no'],
      ['governance-and-accountability', 'yes', 'no', 'no'],
      ['implementation', 'yes', 'yes', 'yes'],
      ['working-in-partnership', 'yes', 'no', 'no'],
      ['operational-leadership', 'no', 'yes', 'no'],
      ['trust-finance', 'no', 'no', 'yes'],
    ]);
  });

  it('has nothing to compare when no programme in the group shares an area', () => {
    expect(compareContentAreas(programmes(), programme('npq-leading-teaching'))).to.equal(undefined);
    expect(compareContentAreas(programmes(), programme('early-headship-coaching-offer'))).to.equal(undefined);
  });

  it('keeps every comparison row consistent with the programmes’ own areas (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const arbitraryProgramme = (index: number) =>
      fc.subarray(ids, { minLength: 1 }).map((areaIds) => ({
        ...programme('npq-headship'),
        id: `p${index}`,
        contentAreas: areaIds.map((id) => ({ id, title: id.toUpperCase() })),
      }));
    fc.assert(
      fc.property(fc.tuple(arbitraryProgramme(0), arbitraryProgramme(1), arbitraryProgramme(2)), (list) => {
        const comparison = compareContentAreas(list, list[0]);
        if (!comparison) {
          const own = new Set(list[0].contentAreas.map((area) => area.id));
          return list.slice(1).every((other) => other.contentAreas.every((area) => !own.has(area.id)));
        }
        return comparison.rows.every((row) =>
          row.included.every((flag, column) => flag === comparison.programmes[column]!.contentAreas.some((area) => area.id === row.area.id)),
        );
      }),
    );
  });
});

describe('nextStartingCohort', () => {
  const cases: { now: string; expected: string | undefined; why: string }[] = [
    { now: '2026-06-01T12:00:00Z', expected: '2026b', why: 'the earlier of two future cohorts, whatever the listed order' },
    { now: '2026-09-30T22:59:00Z', expected: '2026b', why: 'the day before the start, late evening in London (BST)' },
    { now: '2026-09-30T23:30:00Z', expected: '2026b', why: 'the start day already begun in London although still 30 September in UTC' },
    { now: '2026-10-01T23:30:00Z', expected: '2027a', why: 'the day after the start in London' },
    { now: '2027-02-01T00:10:00Z', expected: '2027a', why: 'its start day (GMT)' },
    { now: '2027-02-02T09:00:00Z', expected: undefined, why: 'every cohort has started' },
  ];
  for (const { now, expected, why } of cases) {
    it(`at ${now}: ${expected ?? 'none'} (${why})`, () => {
      expect(nextStartingCohort(programme('npq-headship'), new Date(now))?.id).to.equal(expected);
    });
  }

  it('finds nothing for a programme without cohorts', () => {
    expect(nextStartingCohort(programme('npq-executive-leadership'), new Date('2026-01-01T00:00:00Z'))).to.equal(undefined);
  });
});

describe('hoursBreakdown', () => {
  const cases: { hours: Programme['hours']; shares: [string, number][] }[] = [
    { hours: { total: 100, synchronous: 40, inPerson: 24, selfStudy: 30 }, shares: [['synchronous', 40], ['inPerson', 24], ['selfStudy', 30], ['unassigned', 6]] },
    { hours: { total: 90, synchronous: 40, inPerson: 20, selfStudy: 30 }, shares: [['synchronous', 40], ['inPerson', 20], ['selfStudy', 30]] },
    { hours: { total: 90, synchronous: 50, selfStudy: 40 }, shares: [['synchronous', 50], ['selfStudy', 40]] },
    { hours: { total: 25 }, shares: [] },
    { hours: { total: 10, synchronous: 0, selfStudy: 10 }, shares: [['selfStudy', 10]] },
    { hours: { total: 1, synchronous: 0.1, inPerson: 0.2, selfStudy: 0.7 }, shares: [['synchronous', 0.1], ['inPerson', 0.2], ['selfStudy', 0.7]] },
    { hours: { total: 7.5, synchronous: 2.25 }, shares: [['synchronous', 2.25], ['unassigned', 5.25]] },
  ];
  for (const { hours, shares } of cases) {
    it(`splits ${JSON.stringify(hours)}`, () => {
      const breakdown = hoursBreakdown(hours);
      expect(breakdown.total).to.equal(hours.total);
      expect(breakdown.shares.map((share) => [share.part, share.hours])).to.deep.equal(shares);
    });
  }

  it('always adds up to the total when any part is given (property)', () => {
    const quarter = fc.integer({ min: 0, max: 800 }).map((value) => value / 4);
    fc.assert(
      fc.property(quarter, quarter, quarter, quarter, (synchronous, inPerson, selfStudy, extra) => {
        const total = synchronous + inPerson + selfStudy + extra;
        const { shares } = hoursBreakdown({ total, synchronous, inPerson, selfStudy });
        if (synchronous + inPerson + selfStudy === 0) return shares.length === 0;
        return Math.abs(shares.reduce((sum, share) => sum + share.hours, 0) - total) < 0.001 && shares.every((share) => share.hours > 0);
      }),
    );
  });
});

describe('barChartGeometry', () => {
  it('draws the largest value at full width and the others in proportion', () => {
    const { bars, height } = barChartGeometry([
      { key: 'a', label: 'Live online', value: 40 },
      { key: 'b', label: 'In person', value: 20 },
      { key: 'c', label: 'Self-study', value: 30 },
    ]);
    expect(bars.map((bar) => bar.barWidth)).to.deep.equal([72, 36, 54]);
    expect(bars.map((bar) => bar.barY)).to.deep.equal([1.5, 4.75, 8]);
    expect(height).to.equal(9.75);
  });

  const edges: { name: string; values: number[]; widths: number[] }[] = [
    { name: 'no data', values: [], widths: [] },
    { name: 'all zero', values: [0, 0], widths: [0, 0] },
    { name: 'a tiny value next to a large one', values: [1000, 1], widths: [72, 0.75] },
    { name: 'one value', values: [12], widths: [72] },
  ];
  for (const { name, values, widths } of edges) {
    it(`handles ${name}`, () => {
      const { bars } = barChartGeometry(values.map((value, index) => ({ key: `k${index}`, label: `L${index}`, value })));
      expect(bars.map((bar) => bar.barWidth)).to.deep.equal(widths);
    });
  }

  it('keeps bars in order, inside the chart, without overlapping, and labels above their bars (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 2000, noNaN: true }), { maxLength: 12 }), (values) => {
        const { bars, height } = barChartGeometry(values.map((value, index) => ({ key: `k${index}`, label: `L${index}`, value })));
        const largest = Math.max(0, ...values);
        return bars.every((bar, index) => {
          const next = bars[index + 1];
          const inside = bar.barWidth >= 0 && bar.barWidth <= DEFAULT_BAR_CHART_LAYOUT.maxBarWidth && bar.barY + bar.barHeight <= height;
          const ordered = !next || bar.barY + bar.barHeight < next.labelY - 1;
          const labelled = bar.labelY < bar.barY && bar.valueY > bar.barY && bar.valueY <= bar.barY + bar.barHeight;
          const visible = bar.value > 0 === bar.barWidth > 0;
          const largestFull = bar.value !== largest || largest === 0 || bar.barWidth === DEFAULT_BAR_CHART_LAYOUT.maxBarWidth;
          return inside && ordered && labelled && visible && largestFull;
        });
      }),
    );
  });
});

describe('orderedStages', () => {
  const stage = (title: string, startMonth?: number, endMonth?: number): Stage => ({
    kind: 'module',
    title,
    ...(startMonth !== undefined && { startMonth }),
    ...(endMonth !== undefined && { endMonth }),
  });
  const cases: { name: string; stages: Stage[]; order: string[] }[] = [
    { name: 'already in order', stages: [stage('A', 1), stage('B', 2), stage('C', 5)], order: ['A', 'B', 'C'] },
    { name: 'assessment written first', stages: [stage('Assess', 19), stage('Intro', 1), stage('Module', 2)], order: ['Intro', 'Module', 'Assess'] },
    { name: 'ties keep the written order', stages: [stage('Induction', 1), stage('Conference', 1), stage('Module', 1)], order: ['Induction', 'Conference', 'Module'] },
    { name: 'a stage without a month follows the one before it', stages: [stage('Late', 10), stage('Reading'), stage('Early', 2)], order: ['Early', 'Late', 'Reading'] },
    { name: 'no months at all', stages: [stage('One'), stage('Two'), stage('Three')], order: ['One', 'Two', 'Three'] },
  ];
  for (const { name, stages, order } of cases) {
    it(name, () => {
      expect(orderedStages(stages).map((entry) => entry.title)).to.deep.equal(order);
    });
  }

  it('orders the fixture headship stages by month', () => {
    expect(orderedStages(programme('npq-headship').structure!).map((entry) => entry.kind)).to.deep.equal([
      'induction',
      'conference',
      'module',
      'seminar',
      'implementation-project',
      'assessment',
    ]);
  });
});

describe('stageMonths', () => {
  const cases: { startMonth?: number; endMonth?: number; span: { start: number; end: number } | undefined }[] = [
    { startMonth: 2, endMonth: 4, span: { start: 2, end: 4 } },
    { startMonth: 3, span: { start: 3, end: 3 } },
    { endMonth: 6, span: { start: 6, end: 6 } },
    { span: undefined },
  ];
  for (const { span, ...months } of cases) {
    it(`reads ${JSON.stringify(months)}`, () => {
      expect(stageMonths(months)).to.deep.equal(span);
    });
  }
});
