import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Programme } from '../../../src/core/definition/schema.js';
import { validateDefinition } from '../../../src/core/definition/validate.js';
import { FACET_KEYS, startTermOf, type FacetKey, type FinderFilters } from '../../../src/core/finder/facets.js';
import { createFinder } from '../../../src/core/finder/finder.js';
import { generateDefinition } from '../../../src/core/finder/generate.js';
import { searchText } from '../../../src/core/finder/search.js';
import { FINDER_SORTS } from '../../../src/core/finder/sort.js';
import { applicationStatus } from '../../../src/core/status/application-status.js';
import { isoDate, londonWallTime } from '../../../src/core/status/london-time.js';

/**
 * The rules a programme must meet for a filter, written out plainly from the programme itself
 * (not from the index) so the finder's fast loops have something independent to agree with.
 */
function meets(programme: Programme, filters: FinderFilters, now: Date): boolean {
  const has = (key: FacetKey, values: readonly string[]) => {
    const wanted = filters[key] ?? [];
    return wanted.length === 0 || values.some((value) => wanted.includes(value));
  };
  if (!has('group', [programme.group]) || !has('role', programme.audience.roles)) return false;
  if (!has('phase', programme.audience.phases) || !has('mode', programme.delivery.modes)) return false;
  const cohortFacetsActive = (['venue', 'start', 'funding', 'status'] as const).some((key) => (filters[key] ?? []).length > 0);
  if (!cohortFacetsActive) return true;
  const today = isoDate(londonWallTime(now));
  return programme.cohorts.some((cohort) => {
    const state = applicationStatus(programme, now, cohort.id).state;
    const open = state === 'open' || state === 'closing-soon';
    if (!open && cohort.starts < today) return false;
    const venues = cohort.venues ?? (programme.delivery.venues ?? []).map((venue) => venue.id);
    return (
      has('venue', venues) &&
      has('start', [startTermOf(cohort.starts)]) &&
      has('funding', cohort.funded ? ['funded'] : []) &&
      has('status', open ? ['open'] : [])
    );
  });
}

const VOCABULARY: Record<FacetKey, string[]> = {
  group: ['leadership', 'specialist', 'support'],
  role: ['classroom-teacher', 'senco', 'senior-leader', 'headteacher', 'early-years-leader', 'teacher-educator'],
  phase: ['early-years', 'primary', '16-19'],
  mode: ['online', 'face-to-face', 'blended'],
  venue: ['leeds-teaching-school-hub', 'york-conference-centre', 'hull-teaching-school-hub', 'no-such-venue'],
  start: ['2026-autumn', '2027-spring', '2027-summer', '2027-autumn', '2019-spring'],
  funding: ['funded'],
  status: ['open'],
};

const filtersArbitrary: fc.Arbitrary<FinderFilters> = fc.record(
  Object.fromEntries(FACET_KEYS.map((key) => [key, fc.subarray(VOCABULARY[key], { maxLength: Math.min(2, VOCABULARY[key].length) })])) as Record<FacetKey, fc.Arbitrary<string[]>>,
  { requiredKeys: [] },
);

const scenario = fc.record({
  programmes: fc.integer({ min: 0, max: 40 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  // Any instant from spring 2026 to the end of 2027, so every state comes up.
  now: fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2027, 11, 31) }).map((time) => new Date(time)),
  text: fc.constantFrom('', 'head', 'npq lead', 'senco', 'leeds', 'maths', 'zzz'),
  filters: filtersArbitrary,
});

describe('finder properties', () => {
  it('returns exactly the programmes that meet every active facet, and counts equal the results they promise', () => {
    fc.assert(
      fc.property(scenario, ({ programmes, seed, now, text, filters }) => {
        const definition = generateDefinition({ programmes, seed });
        const finder = createFinder(definition.programmes);
        const snapshot = finder.snapshot(now);
        const results = finder.find(snapshot, { text, filters, pageSize: 500 });

        // Values nothing could match (a venue no programme has, a term already past) are dropped, not applied.
        for (const key of FACET_KEYS) {
          for (const value of filters[key] ?? []) {
            if (results.filters[key].includes(value)) continue;
            expect(definition.programmes.some((programme) => meets(programme, { [key]: [value] }, now)), `${key}=${value}`).to.equal(false);
          }
        }
        const applied = results.filters;
        const textMatches = new Set(searchText(finder.index, text)?.programmes ?? definition.programmes.map((_, position) => position));
        const expected = definition.programmes.filter((programme, position) => textMatches.has(position) && meets(programme, applied, now));
        const found = results.items.map((item) => item.programme);
        for (const programme of found) expect(meets(programme, applied, now), programme.id).to.equal(true);
        expect(found.map((programme) => programme.id).sort()).to.deep.equal(expected.map((programme) => programme.id).sort());
        expect(results.total).to.equal(found.length);
        expect(new Set(found).size).to.equal(found.length);

        for (const key of FACET_KEYS) {
          for (const option of results.facets[key].options) {
            const alone = finder.find(snapshot, { text, filters: { ...filters, [key]: [option.value] } }).total;
            expect(option.count, `${key}=${option.value}`).to.equal(alone);
          }
          const selected = results.filters[key];
          if (selected.length === 1) {
            expect(results.facets[key].options.find((option) => option.value === selected[0])!.count).to.equal(results.total);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('pages through every result exactly once', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 7 }), ({ programmes, seed, now, text, filters }, pageSize) => {
        const finder = createFinder(generateDefinition({ programmes, seed }).programmes);
        const snapshot = finder.snapshot(now);
        const first = finder.find(snapshot, { text, filters, pageSize });
        const seen: string[] = [];
        for (let page = 1; page <= first.page.pageCount; page += 1) {
          const results = finder.find(snapshot, { text, filters, pageSize, page, sort: 'closing' });
          expect(results.items.length).to.be.at.most(pageSize);
          seen.push(...results.items.map((item) => item.programme.id));
        }
        expect(seen).to.have.length(first.total);
        expect(new Set(seen).size).to.equal(first.total);
      }),
      { numRuns: 40 },
    );
  });
});

describe('search shortcuts', () => {
  it('finds and scores exactly as without skipping run-together words a term is already found in', () => {
    const definition = generateDefinition({ programmes: 60, seed: 7 });
    const finder = createFinder(definition.programmes);
    const index = finder.index;
    const withoutShortcut = { ...index, text: { ...index.text, joinedFirstLength: new Uint8Array(index.text.vocabulary.length) } };
    expect([...index.text.joinedFirstLength].some((length) => length > 0), 'some words are only run-together pairs').to.equal(true);
    const words = index.text.vocabulary;
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.integer({ min: 1, max: 12 }), fc.constantFrom('', 'npq ', 'head '), (word, length, before) => {
        const query = before + word.slice(0, length);
        const fast = searchText(index, query);
        const plain = searchText(withoutShortcut, query);
        expect([...(fast?.programmes ?? [])], query).to.deep.equal([...(plain?.programmes ?? [])]);
        expect([...(fast?.scores ?? [])], query).to.deep.equal([...(plain?.scores ?? [])]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('warming the finder a slice at a time', () => {
  /** A clock that allows `checks` looks before saying the idle period is over. */
  const allowing = (checks: number) => {
    let left = checks;
    return () => (left -= 1) >= 0;
  };

  // 150 programmes are a few dozen programmes per look: one look per period takes several periods, fifty take one.
  for (const [checksPerSlice, severalPeriods] of [
    [0, true],
    [1, true],
    [3, true],
    [50, false],
  ] as const) {
    it(`reaches the same index with ${checksPerSlice} look(s) at the clock per idle period`, () => {
      const { programmes } = generateDefinition({ programmes: 150, seed: 11 });
      const sliced = createFinder(programmes);
      let periods = 0;
      while (!sliced.warm(allowing(checksPerSlice)) && periods < 1000) periods += 1;
      if (checksPerSlice === 0) {
        expect(periods, 'no time, no progress').to.equal(1000);
        return;
      }
      expect(periods > 0, `${periods} unfinished period(s)`).to.equal(severalPeriods);
      const whole = createFinder(programmes);
      expect(sliced.index.text).to.deep.equal(whole.index.text);
      expect(sliced.index.titleOrder).to.deep.equal(whole.index.titleOrder);
      const now = new Date(Date.UTC(2026, 8, 1));
      for (const text of ['head', 'npq lead', 'senco', 'maths']) {
        expect(sliced.find(sliced.snapshot(now), { text, pageSize: 500 }).items.map((item) => item.position), text).to.deep.equal(
          whole.find(whole.snapshot(now), { text, pageSize: 500 }).items.map((item) => item.position),
        );
      }
    });
  }
});

describe('finder page order', () => {
  it('gives each page the programmes the full sort puts there, in that order, for every sort', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.constantFrom(...FINDER_SORTS),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        ({ programmes, seed, now, text, filters }, sort, pageSize, page) => {
          const finder = createFinder(generateDefinition({ programmes, seed }).programmes);
          const results = finder.find(finder.snapshot(now), { text, filters, sort, pageSize, page });
          const { start, end } = results.page;
          expect(results.order).to.have.length(results.total);
          expect(results.items.map((item) => item.position)).to.deep.equal([...results.order.subarray(start, end)]);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('generateDefinition', () => {
  it('makes the same definition from the same seed, and another from another seed', () => {
    const first = JSON.stringify(generateDefinition({ programmes: 50, seed: 7 }));
    expect(JSON.stringify(generateDefinition({ programmes: 50, seed: 7 }))).to.equal(first);
    expect(JSON.stringify(generateDefinition({ programmes: 50, seed: 8 }))).not.to.equal(first);
  });

  it('makes definitions that validate without a single issue', () => {
    for (const [programmes, seed] of [[0, 1], [1, 2], [11, 3], [500, 1]] as const) {
      const result = validateDefinition(JSON.parse(JSON.stringify(generateDefinition({ programmes, seed }))));
      expect(result.issues, `${programmes} programmes, seed ${seed}`).to.deep.equal([]);
      expect(result.definition?.programmes).to.have.length(programmes);
    }
  });

  it('gives programmes unique ids', () => {
    const programmes = generateDefinition({ programmes: 300, seed: 3 }).programmes;
    expect(new Set(programmes.map((programme) => programme.id)).size).to.equal(300);
  });
});
