export {
  FACET_KEYS,
  PROGRAMME_FACETS,
  COHORT_FACETS,
  FUNDED,
  OPEN_NOW,
  isFacetKey,
  seasonOfMonth,
  startTermOf,
  parseStartTerm,
  compareStartTerms,
  FacetVocabulary,
  type FacetKey,
  type ProgrammeFacetKey,
  type CohortFacetKey,
  type FinderFilters,
  type Season,
} from './facets.js';
export { foldText } from './normalise.js';
export {
  buildFinderIndex,
  ROLE_SEARCH_WORDS,
  PHASE_SEARCH_WORDS,
  type FinderIndex,
  type IndexedCohort,
  type FlatLists,
  type TextIndex,
  type TitleOrder,
} from './finder-index.js';
export { searchText, queryTerms, MAX_QUERY_TERMS, type TextMatches } from './search.js';
export { snapshotAt, type FinderSnapshot } from './snapshot.js';
export { compileFilters, filterProgrammes, facetVocabulary, type CompiledFilters, type FilterPass } from './filter.js';
export { sortProgrammes, isFinderSort, FINDER_SORTS, type FinderSort } from './sort.js';
export { paginate, pageLinks, toPageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type PageWindow } from './paginate.js';
export {
  createFinder,
  findProgrammes,
  type Finder,
  type FinderQuery,
  type FinderResults,
  type FinderItem,
  type FacetOption,
  type FacetSummary,
  type Relaxation,
} from './finder.js';
export {
  URL_PARAMETERS,
  hasFinderParameters,
  readFinderParameters,
  writeFinderParameters,
  type FinderUrlState,
} from './url-state.js';
