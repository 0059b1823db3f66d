import { expect } from '@open-wc/testing';
import { hasFinderParameters, readFinderParameters, writeFinderParameters } from '../../../src/core/finder/url-state.js';
import { pageLinks, paginate, toPageSize } from '../../../src/core/finder/paginate.js';

const empty = { text: '', filters: {}, sort: 'relevance' as const, page: 1 };

describe('finder URL state', () => {
  it('writes only namespaced parameters, leaving the host page’s own where they were', () => {
    const written = writeFinderParameters(new URLSearchParams('utm_source=mail&q=hub+news&page=3'), {
      text: ' headship ',
      filters: { mode: ['online', 'blended'], funding: ['funded'] },
      sort: 'closing',
      page: 2,
    });
    expect(written.toString()).to.equal(
      'utm_source=mail&q=hub+news&page=3&npq-q=headship&npq-mode=online&npq-mode=blended&npq-funding=funded&npq-sort=closing&npq-page=2',
    );
  });

  it('leaves defaults out and removes its own stale parameters', () => {
    const written = writeFinderParameters(new URLSearchParams('npq-q=old&npq-group=support&keep=1'), empty);
    expect(written.toString()).to.equal('keep=1');
  });

  it('reads back what it wrote', () => {
    const state = {
      text: 'head teacher',
      filters: { group: ['leadership'], role: ['senco', 'headteacher'], start: ['2027-spring'], status: ['open'] },
      sort: 'title' as const,
      page: 3,
    };
    const read = readFinderParameters(writeFinderParameters(new URLSearchParams(), state));
    expect(read.text).to.equal('head teacher');
    expect(read.sort).to.equal('title');
    expect(read.page).to.equal(3);
    expect(read.filters).to.deep.include({ group: ['leadership'], role: ['senco', 'headteacher'], start: ['2027-spring'], status: ['open'], mode: [] });
  });

  const rows: [string, Partial<ReturnType<typeof readFinderParameters>>][] = [
    ['npq-mode=online,blended', { filters: { ...readFinderParameters(new URLSearchParams()).filters, mode: ['online', 'blended'] } }],
    ['npq-sort=colour', { sort: 'relevance' }],
    ['npq-page=-4', { page: 1 }],
    ['npq-page=2.5', { page: 1 }],
    ['npq-page=abc', { page: 1 }],
    [`npq-q=${'a'.repeat(500)}`, { text: 'a'.repeat(200) }],
  ];
  for (const [search, expected] of rows) {
    it(`reads "${search.slice(0, 40)}" safely`, () => {
      expect(readFinderParameters(new URLSearchParams(search))).to.deep.include(expected);
    });
  }

  it('tells whether the address holds finder state', () => {
    expect(hasFinderParameters(new URLSearchParams('q=x&page=2'))).to.equal(false);
    expect(hasFinderParameters(new URLSearchParams('npq-page=2'))).to.equal(true);
  });
});

describe('pagination helpers', () => {
  const windows: [total: number, page: number, size: number, expected: ReturnType<typeof paginate>][] = [
    [0, 1, 10, { page: 1, pageCount: 1, pageSize: 10, start: 0, end: 0 }],
    [25, 1, 10, { page: 1, pageCount: 3, pageSize: 10, start: 0, end: 10 }],
    [25, 3, 10, { page: 3, pageCount: 3, pageSize: 10, start: 20, end: 25 }],
    [25, 7, 10, { page: 3, pageCount: 3, pageSize: 10, start: 20, end: 25 }],
    [25, 0, 10, { page: 1, pageCount: 3, pageSize: 10, start: 0, end: 10 }],
    [25, 2, 0, { page: 2, pageCount: 3, pageSize: 10, start: 10, end: 20 }],
    [500, 2, 500, { page: 1, pageCount: 1, pageSize: 500, start: 0, end: 500 }],
  ];
  for (const [total, page, size, expected] of windows) {
    it(`${total} items, page ${page} of size ${size}`, () => expect(paginate(total, page, size)).to.deep.equal(expected));
  }

  const links: [page: number, count: number, expected: (number | 'gap')[]][] = [
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 12, [1, 2, 'gap', 12]],
    [5, 12, [1, 'gap', 4, 5, 6, 'gap', 12]],
    [3, 12, [1, 2, 3, 4, 'gap', 12]],
    [12, 12, [1, 'gap', 11, 12]],
  ];
  for (const [page, count, expected] of links) {
    it(`page links for page ${page} of ${count}`, () => expect(pageLinks(page, count)).to.deep.equal(expected));
  }

  it('reads page sizes from attributes', () => {
    expect([toPageSize('25'), toPageSize('0'), toPageSize('abc'), toPageSize(null), toPageSize('501'), toPageSize(7)]).to.deep.equal([25, 10, 10, 10, 10, 7]);
  });
});
