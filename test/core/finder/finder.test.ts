import { expect } from '@open-wc/testing';
import { validateDefinition } from '../../../src/core/definition/validate.js';
import type { FacetKey, FinderFilters } from '../../../src/core/finder/facets.js';
import { createFinder, type FinderQuery } from '../../../src/core/finder/finder.js';
import { foldText } from '../../../src/core/finder/normalise.js';
import { queryTerms } from '../../../src/core/finder/search.js';
import { finderDefinition, FINDER_IDS, FINDER_NOW } from '../../fixtures/finder-definition.js';

const finder = createFinder(finderDefinition().programmes);
const snapshot = finder.snapshot(FINDER_NOW);
const ids = (query: FinderQuery) => {
  const results = finder.find(snapshot, { pageSize: 100, ...query });
  return results.items.map((item) => item.programme.id);
};

describe('finder core', () => {
  it('uses a valid fixture', () => {
    expect(validateDefinition(finderDefinition()).issues).to.deep.equal([]);
  });

  describe('foldText', () => {
    const rows: [string, string][] = [
      ['NPQH', 'npqh'],
      ['  Head   Teacher ', 'head teacher'],
      ['Crèche', 'creche'],
      ['Co-ordinator’s', 'co ordinators'],
      ['16–19', '16 19'],
      ['SENCo/SENDCo', 'senco sendco'],
      ['Ｎｐｑ', 'npq'],
      ['', ''],
    ];
    for (const [input, folded] of rows) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(folded)}`, () => expect(foldText(input)).to.equal(folded));
    }
  });

  describe('queryTerms', () => {
    const rows: [string, string[]][] = [
      ['NPQ for SENCos', ['npq', 'sencos']],
      ['the', ['the']],
      ['in of to', ['in', 'of', 'to']],
      ['a b c d e f g h i j', ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']],
    ];
    for (const [query, terms] of rows) {
      it(`${JSON.stringify(query)} → ${terms.join(' ')}`, () => expect(queryTerms(query)).to.deep.equal(terms));
    }
  });

  describe('text search: what is found, best first', () => {
    const rows: [query: string, expected: string[]][] = [
      ['npqh', ['npq-headship']],
      ['NPQH', ['npq-headship']],
      ['npq sl', ['npq-senior-leadership']],
      ['headship', ['npq-headship', 'early-headship-coaching']],
      ['head teacher', ['npq-headship', 'early-headship-coaching', 'npq-executive-leadership']],
      ['headteacher', ['npq-headship', 'early-headship-coaching', 'npq-executive-leadership']],
      ['SENCo', ['npq-senco']],
      ['senco', ['npq-senco']],
      ['SENDCo', ['npq-senco']],
      ['special educational needs', ['npq-senco']],
      ['coordinator', ['npq-senco']],
      ['co-ordinator', ['npq-senco']],
      ['creche', ['npq-early-years-leadership']],
      ['CRÈCHE', ['npq-early-years-leadership']],
      ['maths', ['npq-leading-primary-maths']],
      ['deputy head', ['npq-senior-leadership', 'npq-headship']],
      ['leading', ['npq-leading-teaching', 'npq-leading-primary-maths', 'npq-early-years-leadership']],
      // A content area outranks the audience's phase words (NPQSENCO is open to early years).
      ['nursery', ['npq-early-years-leadership', 'npq-senco']],
      // Equal scores fall back to title order.
      ['sixth form', ['npq-leading-teaching', 'npq-senior-leadership']],
      ['zzz', []],
      ['headship zzz', []],
    ];
    for (const [query, expected] of rows) {
      it(`"${query}" → ${expected.join(', ') || 'nothing'}`, () => expect(ids({ text: query })).to.deep.equal(expected));
    }

    it('finds every qualification for "npq", and not the coaching offer', () => {
      const found = ids({ text: 'npq' });
      expect(found).to.have.length(7);
      expect(found).not.to.include('early-headship-coaching');
    });

    it('puts the exact short code first, however it is spaced, even when other programmes match', () => {
      const found = ids({ text: 'npq h' });
      expect(found[0]).to.equal('npq-headship');
      expect(found.length).to.be.greaterThan(1);
      expect(ids({ text: 'NPQ-EL' })[0]).to.equal('npq-executive-leadership');
    });

    it('keeps the definition order with no search words', () => {
      expect(ids({})).to.deep.equal(FINDER_IDS);
      expect(ids({ text: '   ' })).to.deep.equal(FINDER_IDS);
    });
  });

  describe('facets: each option keeps exactly the programmes that have it', () => {
    const rows: [name: string, filters: FinderFilters, expected: string[]][] = [
      ['group leadership', { group: ['leadership'] }, ['npq-headship', 'npq-senior-leadership', 'npq-senco', 'npq-early-years-leadership', 'npq-executive-leadership']],
      ['group specialist', { group: ['specialist'] }, ['npq-leading-teaching', 'npq-leading-primary-maths']],
      ['group support', { group: ['support'] }, ['early-headship-coaching']],
      ['two groups (either)', { group: ['specialist', 'support'] }, ['npq-leading-teaching', 'npq-leading-primary-maths', 'early-headship-coaching']],
      ['role SENCo', { role: ['senco'] }, ['npq-senco']],
      ['role headteacher', { role: ['headteacher'] }, ['npq-headship', 'early-headship-coaching', 'npq-executive-leadership']],
      ['phase early years', { phase: ['early-years'] }, ['npq-senco', 'npq-early-years-leadership']],
      ['phase 16 to 19', { phase: ['16-19'] }, ['npq-senior-leadership', 'npq-leading-teaching']],
      ['phase special', { phase: ['special'] }, ['npq-headship', 'npq-senco', 'early-headship-coaching']],
      ['online', { mode: ['online'] }, ['npq-senior-leadership', 'npq-leading-teaching', 'early-headship-coaching']],
      ['face to face', { mode: ['face-to-face'] }, ['npq-early-years-leadership', 'npq-leading-primary-maths']],
      ['blended', { mode: ['blended'] }, ['npq-headship', 'npq-senco', 'npq-executive-leadership']],
      // Venues belong to cohorts: NPQEL's only cohort meets in Bradford, although Leeds is one of its venues.
      ['venue Leeds', { venue: ['leeds-hub'] }, ['npq-headship', 'npq-leading-primary-maths']],
      // NPQEYL meets in Bradford but has no current cohort.
      ['venue Bradford', { venue: ['bradford-college'] }, ['npq-executive-leadership']],
      ['start autumn 2026', { start: ['2026-autumn'] }, ['npq-headship', 'npq-senior-leadership', 'npq-leading-teaching', 'npq-leading-primary-maths', 'early-headship-coaching']],
      ['start spring 2027', { start: ['2027-spring'] }, ['npq-headship', 'npq-senco', 'npq-executive-leadership']],
      ['funding', { funding: ['funded'] }, ['npq-headship', 'npq-senco', 'npq-leading-teaching', 'npq-leading-primary-maths', 'early-headship-coaching', 'npq-executive-leadership']],
      // Closing soon counts as open; full, closed and "opens on" do not.
      ['open now', { status: ['open'] }, ['npq-headship', 'npq-senior-leadership', 'early-headship-coaching', 'npq-executive-leadership']],
      ['facets combine (AND)', { group: ['leadership'], mode: ['online'] }, ['npq-senior-leadership']],
      // NPQH's open cohort is unfunded and its funded cohort is not open yet: no one cohort is both.
      ['cohort facets hold for one cohort', { funding: ['funded'], status: ['open'] }, ['early-headship-coaching', 'npq-executive-leadership']],
      ['venue and term in one cohort', { venue: ['leeds-hub'], start: ['2027-spring'] }, ['npq-headship']],
      ['unknown values are ignored', { group: ['nonsense'], venue: ['old-venue'] }, FINDER_IDS],
    ];
    for (const [name, filters, expected] of rows) {
      it(name, () => expect(ids({ filters })).to.deep.equal(expected));
    }

    it('applies search words and facets together', () => {
      expect(ids({ text: 'head', filters: { group: ['support'] } })).to.deep.equal(['early-headship-coaching']);
    });

    it('reports the applied filters with unknown values dropped', () => {
      const results = finder.find(snapshot, { filters: { mode: ['online', 'by-pigeon'] } });
      expect(results.filters.mode).to.deep.equal(['online']);
      expect(results.facets.mode.selectedCount).to.equal(1);
    });
  });

  describe('facet counts', () => {
    const counts = (query: FinderQuery, key: FacetKey) =>
      Object.fromEntries(finder.find(snapshot, query).facets[key].options.map((option) => [option.value, option.count]));

    it('count every option with nothing selected', () => {
      expect(counts({}, 'group')).to.deep.equal({ leadership: 5, specialist: 2, support: 1 });
      expect(counts({}, 'mode')).to.deep.equal({ online: 3, 'face-to-face': 2, blended: 3 });
      expect(counts({}, 'venue')).to.deep.equal({ 'bradford-college': 1, 'leeds-hub': 2, 'york-centre': 2 });
      expect(counts({}, 'start')).to.deep.equal({ '2026-autumn': 5, '2027-spring': 3, '2027-summer': 1 });
      expect(counts({}, 'funding')).to.deep.equal({ funded: 6 });
      expect(counts({}, 'status')).to.deep.equal({ open: 4 });
    });

    it('offer only the roles, phases and terms the programmes have, in a fixed order', () => {
      const results = finder.find(snapshot, {});
      expect(results.facets.role.options.map((option) => option.value)).to.include('teacher-educator');
      expect(results.facets.role.options.find((option) => option.value === 'teacher-educator')!.count).to.equal(0);
      expect(results.facets.start.options.map((option) => option.value)).to.deep.equal(['2026-autumn', '2027-spring', '2027-summer']);
      expect(results.facets.venue.options.map((option) => option.label)).to.deep.equal(['Bradford College', 'Leeds Hub', 'York Learning Centre']);
    });

    it("leave a facet's own selection out of its counts, so each says what ticking it would give", () => {
      expect(counts({ filters: { mode: ['online'] } }, 'mode')).to.deep.equal({ online: 3, 'face-to-face': 2, blended: 3 });
      expect(counts({ filters: { mode: ['online'] } }, 'group')).to.deep.equal({ leadership: 1, specialist: 1, support: 1 });
    });

    it('follow the search words', () => {
      expect(counts({ text: 'head' }, 'group')).to.deep.equal({ leadership: 3, specialist: 0, support: 1 });
    });

    it('count cohort facets for the cohorts that meet the other cohort filters', () => {
      expect(counts({ filters: { status: ['open'] } }, 'funding')).to.deep.equal({ funded: 2 });
      expect(counts({ filters: { funding: ['funded'] } }, 'status')).to.deep.equal({ open: 2 });
      expect(counts({ filters: { start: ['2027-spring'] } }, 'venue')).to.deep.equal({ 'bradford-college': 1, 'leeds-hub': 1, 'york-centre': 2 });
    });

    it('equal the number of results when that option alone is selected', () => {
      const base = finder.find(snapshot, { filters: { group: ['leadership'] } });
      for (const option of base.facets.mode.options) {
        expect(finder.find(snapshot, { filters: { group: ['leadership'], mode: [option.value] } }).total).to.equal(option.count);
      }
    });
  });

  describe('sort', () => {
    const rows: [sort: FinderQuery['sort'], expected: string[]][] = [
      ['title', ['early-headship-coaching', 'npq-senco', 'npq-early-years-leadership', 'npq-executive-leadership', 'npq-headship', 'npq-leading-primary-maths', 'npq-leading-teaching', 'npq-senior-leadership']],
      // By the start of the cohort shown: for NPQLPM the full autumn cohort gives way to summer's.
      ['start', ['early-headship-coaching', 'npq-leading-teaching', 'npq-headship', 'npq-senior-leadership', 'npq-executive-leadership', 'npq-senco', 'npq-leading-primary-maths', 'npq-early-years-leadership']],
      // Open ones by closing date, then those opening (soonest first), then closed, then those with no cohort to come.
      ['closing', ['npq-senior-leadership', 'npq-headship', 'early-headship-coaching', 'npq-executive-leadership', 'npq-senco', 'npq-leading-primary-maths', 'npq-leading-teaching', 'npq-early-years-leadership']],
      ['relevance', FINDER_IDS],
    ];
    for (const [sort, expected] of rows) {
      it(`${sort}`, () => expect(ids({ sort })).to.deep.equal(expected));
    }

    it('falls back to relevance for an unknown sort', () => {
      const results = finder.find(snapshot, { sort: 'colour' as never });
      expect(results.sort).to.equal('relevance');
    });

    it('sorts search results by title when asked, not by score', () => {
      expect(ids({ text: 'head teacher', sort: 'title' })).to.deep.equal(['early-headship-coaching', 'npq-executive-leadership', 'npq-headship']);
    });
  });

  describe('the cohort each result shows', () => {
    const shown = (query: FinderQuery = {}) =>
      Object.fromEntries(finder.find(snapshot, { pageSize: 100, ...query }).items.map((item) => [item.programme.id, `${item.cohort?.id ?? '-'} ${item.state ?? '-'}`]));

    it('is the most useful current cohort: open first, then opening, and none once all have started', () => {
      expect(shown()).to.deep.equal({
        'npq-headship': '2026-autumn open',
        'npq-senior-leadership': '2026-autumn closing-soon',
        'npq-senco': '2027-spring opens',
        'npq-leading-teaching': '2026-autumn closed',
        'npq-early-years-leadership': '- -',
        'npq-leading-primary-maths': '2027-summer opens',
        'early-headship-coaching': '2026-autumn open',
        'npq-executive-leadership': '2027-spring open',
      });
    });

    it('is one that meets the cohort filters', () => {
      expect(shown({ filters: { funding: ['funded'] } })['npq-headship']).to.equal('2027-spring opens');
      expect(shown({ filters: { start: ['2026-autumn'] } })['npq-leading-primary-maths']).to.equal('2026-autumn full');
    });
  });

  describe('no results', () => {
    it('says which single filter to clear and how many that would give, most first', () => {
      const results = finder.find(snapshot, { filters: { group: ['support'], mode: ['face-to-face'] } });
      expect(results.total).to.equal(0);
      expect(results.relaxations).to.deep.equal([
        { remove: 'group', count: 2 },
        { remove: 'mode', count: 1 },
      ]);
    });

    it('offers clearing the search words too', () => {
      const results = finder.find(snapshot, { text: 'maths', filters: { status: ['open'] } });
      expect(results.relaxations).to.deep.equal([
        { remove: 'text', count: 4 },
        { remove: 'status', count: 1 },
      ]);
    });

    it('offers nothing when no single change helps', () => {
      const results = finder.find(snapshot, { text: 'zzz', filters: { group: ['support'], mode: ['face-to-face'] } });
      expect(results.relaxations).to.deep.equal([]);
      expect(results.withoutFilters).to.equal(0);
    });

    it('knows how many clearing every filter would give', () => {
      expect(finder.find(snapshot, { text: 'head', filters: { group: ['specialist'] } }).withoutFilters).to.equal(4);
    });
  });

  describe('pagination', () => {
    it('cuts out the requested page', () => {
      const results = finder.find(snapshot, { pageSize: 3, page: 2 });
      expect(results.items.map((item) => item.programme.id)).to.deep.equal(FINDER_IDS.slice(3, 6));
      expect(results.page).to.deep.include({ page: 2, pageCount: 3, start: 3, end: 6 });
    });

    it('clamps a page past the end to the last page', () => {
      const results = finder.find(snapshot, { pageSize: 3, page: 9 });
      expect(results.page.page).to.equal(3);
      expect(results.items.map((item) => item.programme.id)).to.deep.equal(FINDER_IDS.slice(6));
    });
  });

  describe('snapshot', () => {
    it('says when the first state changes: NPQSL closes at the end of 10 September (London)', () => {
      expect(snapshot.nextChangeAt?.toISOString()).to.equal('2026-09-10T23:00:00.000Z');
      expect(snapshot.today).to.equal('2026-09-01');
    });

    it('moves on with the time: after NPQSL closes it is no longer open', () => {
      const later = finder.snapshot(new Date('2026-09-11T09:00:00Z'));
      expect(finder.find(later, { filters: { status: ['open'] } }).items.map((item) => item.programme.id)).to.deep.equal([
        'npq-headship',
        'early-headship-coaching',
        'npq-executive-leadership',
      ]);
    });
  });
});
