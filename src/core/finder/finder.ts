import type { Cohort, Programme } from '../definition/schema.js';
import type { ApplicationState } from '../status/application-status.js';
import { FACET_KEYS, type FacetKey, type FinderFilters } from './facets.js';
import { compileFilters, facetVocabulary, filterProgrammes } from './filter.js';
import { buildFinderIndex, type FinderIndex } from './finder-index.js';
import { foldText } from './normalise.js';
import { paginate, type PageWindow } from './paginate.js';
import { searchText, type TextMatches } from './search.js';
import { snapshotAt, type FinderSnapshot } from './snapshot.js';
import { isFinderSort, sortProgrammes, type FinderSort } from './sort.js';

/** What a visitor asked for. Everything is optional; unknown facet values are ignored. */
export interface FinderQuery {
  text?: string;
  filters?: FinderFilters;
  sort?: FinderSort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface FinderItem {
  readonly programme: Programme;
  /** Its position in the definition. */
  readonly position: number;
  /** The cohort to show: among the current cohorts that satisfy the cohort filters, the most useful to an applicant. */
  readonly cohort: Cohort | undefined;
  /** That cohort's application state at the snapshot's instant. */
  readonly state: ApplicationState | undefined;
  readonly score: number;
}

export interface FacetOption {
  readonly value: string;
  /** A name from the data (venues); other options are labelled by the caller. */
  readonly label: string | undefined;
  /** How many programmes would match if this option were the facet's only selection, other facets unchanged. */
  readonly count: number;
  readonly selected: boolean;
}

export interface FacetSummary {
  readonly key: FacetKey;
  readonly options: readonly FacetOption[];
  readonly selectedCount: number;
}

/** One change that would bring back results, and how many. */
export interface Relaxation {
  /** A facet to clear, or `text` to clear the search words. */
  readonly remove: FacetKey | 'text';
  readonly count: number;
}

export interface FinderResults {
  /** The query as applied: trimmed text, known filter values only, a valid sort. */
  readonly text: string;
  readonly filters: Readonly<Record<FacetKey, readonly string[]>>;
  readonly sort: FinderSort;
  readonly total: number;
  /** Every matching programme's position, in sorted order (sorted when first read: a page needs only its own). */
  readonly order: Int32Array;
  readonly page: PageWindow;
  readonly items: readonly FinderItem[];
  readonly facets: Readonly<Record<FacetKey, FacetSummary>>;
  /** Matches with every facet cleared (the search words kept). */
  readonly withoutFilters: number;
  /** With no results: each single change that would give some, most results first. */
  readonly relaxations: readonly Relaxation[];
}

export interface Finder {
  readonly index: FinderIndex;
  /** The cohort states at an instant; take a new one at `nextChangeAt`. */
  snapshot(now: Date): FinderSnapshot;
  find(snapshot: FinderSnapshot, query?: FinderQuery): FinderResults;
  /**
   * Builds the search index and title order now (say, when the browser is idle) rather than at the
   * first search; with `more`, only while it returns true, to be carried on later. True once all is built.
   */
  warm(more?: () => boolean): boolean;
}

/**
 * Indexes the programmes once and answers queries from the index. The last search's word
 * matches are kept, so ticking filters after typing does not search again.
 */
export function createFinder(programmes: readonly Programme[]): Finder {
  const index = buildFinderIndex(programmes);
  let lastSearch: { key: string; matches: TextMatches | undefined } | undefined;
  const search = (text: string) => {
    const key = foldText(text);
    if (lastSearch?.key !== key) lastSearch = { key, matches: searchText(index, text) };
    return lastSearch.matches;
  };
  return {
    index,
    snapshot: (now) => snapshotAt(index, now),
    find: (snapshot, query = {}) => findProgrammes(snapshot, query, search),
    warm: (more = () => true) => index.warmUp(more),
  };
}

/** Runs a query against a snapshot: search, filter, count, sort and cut out one page. */
export function findProgrammes(
  snapshot: FinderSnapshot,
  query: FinderQuery = {},
  search: (text: string) => TextMatches | undefined = (text) => searchText(snapshot.index, text),
): FinderResults {
  const { index } = snapshot;
  const text = (query.text ?? '').trim();
  const sort = isFinderSort(query.sort) ? query.sort : 'relevance';
  const matches = text === '' ? undefined : search(text);
  const compiled = compileFilters(snapshot, query.filters);
  const pass = filterProgrammes(snapshot, compiled, matches?.programmes);
  const total = pass.matches.length;
  const page = paginate(total, query.page ?? 1, query.pageSize ?? Number.NaN);
  const ordering = { scores: matches?.scores, featured: pass.featured };
  const upToPage = sortProgrammes(snapshot, pass.matches, sort, { ...ordering, limit: page.end });
  let order: Int32Array | undefined = upToPage.length === total ? upToPage : undefined;

  const items: FinderItem[] = [];
  for (let position = page.start; position < page.end; position += 1) {
    const programme = upToPage[position]!;
    const current = pass.featured[programme]!;
    items.push({
      programme: index.programmes[programme]!,
      position: programme,
      cohort: current >= 0 ? index.cohorts[snapshot.currentCohort[current]!]!.cohort : undefined,
      state: current >= 0 ? snapshot.currentState[current] : undefined,
      score: matches ? matches.scores[programme]! : 0,
    });
  }

  const facets = {} as Record<FacetKey, FacetSummary>;
  for (const key of FACET_KEYS) {
    const vocabulary = facetVocabulary(snapshot, key);
    const selected = compiled.selected[key];
    facets[key] = {
      key,
      options: vocabulary.values.map((value, id) => ({
        value,
        label: vocabulary.labels[id],
        count: pass.counts[key][id]!,
        selected: selected?.[id] === 1,
      })),
      selectedCount: compiled.filters[key].length,
    };
  }

  const withoutFilters = matches ? matches.programmes.length : index.size;
  const relaxations: Relaxation[] = [];
  if (total === 0) {
    for (const key of FACET_KEYS) {
      const count = pass.withoutFacet[key];
      if (count) relaxations.push({ remove: key, count });
    }
    if (matches) {
      const count = filterProgrammes(snapshot, compiled).matches.length;
      if (count > 0) relaxations.push({ remove: 'text', count });
    }
    relaxations.sort((a, b) => b.count - a.count);
  }

  return {
    text,
    filters: compiled.filters,
    sort,
    total,
    get order() {
      return (order ??= sortProgrammes(snapshot, pass.matches, sort, ordering));
    },
    page,
    items,
    facets,
    withoutFilters,
    relaxations,
  };
}
