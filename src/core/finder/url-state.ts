import { FACET_KEYS, type FacetKey, type FinderFilters } from './facets.js';
import { isFinderSort, type FinderSort } from './sort.js';

/**
 * The finder's state in a page address. Every parameter starts with `npq-`, so the host page's
 * own parameters are left exactly as they were.
 */
export const URL_PARAMETERS = {
  text: 'npq-q',
  sort: 'npq-sort',
  page: 'npq-page',
  group: 'npq-group',
  role: 'npq-role',
  phase: 'npq-phase',
  mode: 'npq-mode',
  venue: 'npq-venue',
  start: 'npq-start',
  funding: 'npq-funding',
  status: 'npq-status',
} as const satisfies Record<FacetKey | 'text' | 'sort' | 'page', string>;

const MAX_TEXT = 200;
const MAX_VALUES = 50;

export interface FinderUrlState {
  text: string;
  filters: Record<FacetKey, string[]>;
  sort: FinderSort;
  page: number;
}

/** Whether the address carries any finder state at all. */
export function hasFinderParameters(parameters: URLSearchParams): boolean {
  return Object.values(URL_PARAMETERS).some((name) => parameters.has(name));
}

/**
 * Reads the finder's state. Facets repeat their parameter (`npq-mode=online&npq-mode=blended`);
 * commas are read as separators too. Anything malformed falls back to the default.
 */
export function readFinderParameters(parameters: URLSearchParams): FinderUrlState {
  const filters = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    const values = parameters
      .getAll(URL_PARAMETERS[key])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== '');
    filters[key] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  const sort = parameters.get(URL_PARAMETERS.sort);
  const page = Number(parameters.get(URL_PARAMETERS.page) ?? '1');
  return {
    text: (parameters.get(URL_PARAMETERS.text) ?? '').slice(0, MAX_TEXT),
    filters,
    sort: isFinderSort(sort) ? sort : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * Writes the finder's state over a copy of the page's parameters: the finder's own are replaced,
 * defaults are left out, and every other parameter keeps its value and place.
 */
export function writeFinderParameters(
  base: URLSearchParams,
  state: { text: string; filters: FinderFilters; sort: FinderSort; page: number },
): URLSearchParams {
  const parameters = new URLSearchParams(base);
  for (const name of Object.values(URL_PARAMETERS)) parameters.delete(name);
  if (state.text.trim() !== '') parameters.set(URL_PARAMETERS.text, state.text.trim());
  for (const key of FACET_KEYS) for (const value of state.filters[key] ?? []) parameters.append(URL_PARAMETERS[key], value);
  if (state.sort !== 'relevance') parameters.set(URL_PARAMETERS.sort, state.sort);
  if (state.page > 1) parameters.set(URL_PARAMETERS.page, String(state.page));
  return parameters;
}
