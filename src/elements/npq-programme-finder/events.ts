import type { FacetKey } from '../../core/finder/facets.js';
import type { FinderSort } from '../../core/finder/sort.js';
// `npq-programme-select` is shared with the content explorer, which declares it; the finder fires
// the same detail (`{ programme }`), so hosts handle both widgets with one listener.
import type { NpqProgrammeSelectDetail } from '../npq-content-explorer/events.js';

/** Fired once a change to the search, filters, sort or page settles (after typing pauses). */
export interface NpqFilterChangeDetail {
  /** The search words, trimmed; empty when there are none. */
  query: string;
  /** The selected values of every facet, hidden preset facets included. */
  filters: Record<FacetKey, string[]>;
  sort: FinderSort;
  page: number;
  /** How many programmes match. */
  results: number;
}

declare module '../../internal/events.js' {
  interface NpqEventDetails {
    'npq-filter-change': NpqFilterChangeDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'npq-filter-change': CustomEvent<NpqFilterChangeDetail>;
  }
}

export type { NpqProgrammeSelectDetail };
