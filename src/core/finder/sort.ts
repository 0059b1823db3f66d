import type { FinderSnapshot } from './snapshot.js';

export const FINDER_SORTS = ['relevance', 'title', 'start', 'closing'] as const;
/** relevance · title A–Z · next start date · closing soonest. */
export type FinderSort = (typeof FINDER_SORTS)[number];

export function isFinderSort(value: unknown): value is FinderSort {
  return (FINDER_SORTS as readonly unknown[]).includes(value);
}

const NO_DATE = 1e9;
/** After every key the snapshot gives (see `currentClosingKey`). */
const NO_CLOSING = 3e9;

/**
 * Orders matching programmes. Each gets one number, primary × size + tie-break, sorted as a
 * Float64Array (native numeric sort, no comparator calls). Ties break by title, except relevance
 * without a search, which keeps the hub's own order from the definition.
 */
export function sortProgrammes(
  snapshot: FinderSnapshot,
  matches: readonly number[],
  sort: FinderSort,
  options: { scores?: Float64Array | undefined; featured: Int32Array },
): Int32Array {
  const { index, currentCohort, currentClosingKey } = snapshot;
  const size = Math.max(index.size, 1);
  const { scores, featured } = options;
  const byDefinitionOrder = sort === 'relevance' && !scores;
  // Read only when needed: without search words, relevance keeps the hub's order and needs no titles.
  const titleOrder = byDefinitionOrder ? undefined : index.titleOrder;
  const keys = new Float64Array(matches.length);
  let top = 0;
  if (scores) for (const programme of matches) top = Math.max(top, scores[programme]!);

  for (let position = 0; position < matches.length; position += 1) {
    const programme = matches[position]!;
    const current = featured[programme]!;
    let primary: number;
    switch (sort) {
      case 'relevance':
        primary = scores ? top - scores[programme]! : 0;
        break;
      case 'start':
        primary = current >= 0 ? index.cohorts[currentCohort[current]!]!.startDay : NO_DATE;
        break;
      case 'closing':
        primary = current >= 0 ? currentClosingKey[current]! : NO_CLOSING;
        break;
      default:
        primary = 0;
    }
    keys[position] = primary * size + (titleOrder ? titleOrder.rank[programme]! : programme);
  }
  keys.sort();
  const order = new Int32Array(keys.length);
  for (let position = 0; position < keys.length; position += 1) {
    const key = keys[position]!;
    const tieBreak = key % size;
    order[position] = titleOrder ? titleOrder.byRank[tieBreak]! : tieBreak;
  }
  return order;
}
