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
/** Above this many, picking the first keys one by one costs more than sorting them all (deep pages). */
const MAX_PICKED = 200;

/**
 * Orders matching programmes. Each gets one number, primary × size + tie-break, sorted as a
 * Float64Array (native numeric sort, no comparator calls). Ties break by title, except relevance
 * without a search, which keeps the hub's own order from the definition. With `limit`, only the
 * first `limit` programmes in that order are returned, picked without sorting the rest.
 */
export function sortProgrammes(
  snapshot: FinderSnapshot,
  matches: readonly number[],
  sort: FinderSort,
  options: { scores?: Float64Array | undefined; featured: Int32Array; limit?: number },
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
  const limit = options.limit;
  const first = limit !== undefined && limit <= MAX_PICKED && limit * 4 < keys.length ? smallest(keys, Math.max(0, limit)) : keys.sort();
  const order = new Int32Array(first.length);
  for (let position = 0; position < first.length; position += 1) {
    const key = first[position]!;
    const tieBreak = key % size;
    order[position] = titleOrder ? titleOrder.byRank[tieBreak]! : tieBreak;
  }
  return order;
}

/**
 * The `count` smallest keys, in ascending order, kept in a short sorted list as the keys go by: a
 * page of ten out of thousands costs one pass rather than a full sort. Keys are distinct (the
 * tie-break is in them).
 */
function smallest(keys: Float64Array, count: number): Float64Array {
  const best = new Float64Array(count);
  let size = 0;
  for (const key of keys) {
    if (size === count && (count === 0 || key >= best[size - 1]!)) continue;
    let at = size < count ? size++ : size - 1;
    for (; at > 0 && best[at - 1]! > key; at -= 1) best[at] = best[at - 1]!;
    best[at] = key;
  }
  return best.subarray(0, size);
}
