import { cohortState, type ApplicationState } from '../status/application-status.js';
import { isoDate, londonWallTime } from '../status/london-time.js';
import { compareStartTerms, FacetVocabulary } from './facets.js';
import type { FinderIndex, IndexedCohort } from './finder-index.js';

/**
 * The time-dependent half of the finder: which cohorts are current at `now` and their application
 * states. Made once per instant (the status core says when anything next changes), not per
 * keystroke. Current cohorts are those that have not started yet or still take applications;
 * they are stored as flat arrays, programme by programme, like the index.
 */
export interface FinderSnapshot {
  readonly index: FinderIndex;
  readonly now: Date;
  /** London's date at `now`, `YYYY-MM-DD`. */
  readonly today: string;
  /** Programme p's current cohorts are positions currentOffsets[p] up to currentOffsets[p + 1]. */
  readonly currentOffsets: Int32Array;
  /** For each current cohort: its position in `index.cohorts`. */
  readonly currentCohort: Int32Array;
  readonly currentState: readonly ApplicationState[];
  /** 1 while it takes applications (open or closing soon). */
  readonly currentOpen: Uint8Array;
  /** Its start term's id in `startTerms`. */
  readonly currentTerm: Int32Array;
  /** Lower is more useful to an applicant: open (closing first), then opening (soonest), then by start. */
  readonly currentPreference: Float64Array;
  /** The "closing soonest" order: minutes to the close while open, then to the opening, then the rest. */
  readonly currentClosingKey: Float64Array;
  /** Start terms of current cohorts, in date order. */
  readonly startTerms: FacetVocabulary;
  /** When a cohort's state next changes; take a new snapshot then. */
  readonly nextChangeAt: Date | undefined;
}

const GROUP = 1e13;
const MINUTE = 60_000;
const MINUTES_GROUP = 1e9;

function preferenceOf(cohort: IndexedCohort, state: ApplicationState): number {
  const window = cohort.window;
  if (window && (state === 'open' || state === 'closing-soon')) return window.closesAt.getTime();
  if (window && state === 'opens') return GROUP + window.opensAt.getTime();
  return 2 * GROUP + cohort.startDay;
}

/** Whole minutes, so primary × size + tie-break stays an exact integer when sorting. */
function closingKeyOf(cohort: IndexedCohort, state: ApplicationState): number {
  const window = cohort.window;
  if (window && (state === 'open' || state === 'closing-soon')) return Math.floor(window.closesAt.getTime() / MINUTE);
  if (window && state === 'opens') return MINUTES_GROUP + Math.floor(window.opensAt.getTime() / MINUTE);
  return 2 * MINUTES_GROUP;
}

export function snapshotAt(index: FinderIndex, now: Date): FinderSnapshot {
  const today = isoDate(londonWallTime(now));
  const time = now.getTime();
  let nextChange = Infinity;
  const offsets = [0];
  const kept: number[] = [];
  const states: ApplicationState[] = [];
  const termsSeen = new Set<string>();

  for (let programme = 0; programme < index.size; programme += 1) {
    for (let position = index.cohortOffsets[programme]!; position < index.cohortOffsets[programme + 1]!; position += 1) {
      const indexed = index.cohorts[position]!;
      const window = indexed.window;
      const state: ApplicationState = window ? cohortState(window, now) : 'closed';
      if (window) {
        for (const boundary of [window.opensAt, window.closingSoonAt, window.closesAt]) {
          const at = boundary.getTime();
          if (at > time && at < nextChange) nextChange = at;
        }
      }
      const open = state === 'open' || state === 'closing-soon';
      if (!open && indexed.cohort.starts < today) continue;
      kept.push(position);
      states.push(state);
      termsSeen.add(indexed.term);
    }
    offsets.push(kept.length);
  }

  const startTerms = new FacetVocabulary([...termsSeen].sort(compareStartTerms));
  const currentOpen = new Uint8Array(kept.length);
  const currentTerm = new Int32Array(kept.length);
  const currentPreference = new Float64Array(kept.length);
  const currentClosingKey = new Float64Array(kept.length);
  kept.forEach((position, current) => {
    const indexed = index.cohorts[position]!;
    const state = states[current]!;
    currentOpen[current] = state === 'open' || state === 'closing-soon' ? 1 : 0;
    currentTerm[current] = startTerms.id(indexed.term)!;
    currentPreference[current] = preferenceOf(indexed, state);
    currentClosingKey[current] = closingKeyOf(indexed, state);
  });
  return {
    index,
    now,
    today,
    currentOffsets: Int32Array.from(offsets),
    currentCohort: Int32Array.from(kept),
    currentState: states,
    currentOpen,
    currentTerm,
    currentPreference,
    currentClosingKey,
    startTerms,
    nextChangeAt: Number.isFinite(nextChange) ? new Date(nextChange) : undefined,
  };
}
