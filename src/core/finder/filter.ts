import {
  COHORT_FACETS,
  FACET_BIT,
  FACET_KEYS,
  FacetVocabulary,
  FUNDED,
  OPEN_NOW,
  PROGRAMME_FACETS,
  type FacetKey,
  type FinderFilters,
} from './facets.js';
import type { FinderSnapshot } from './snapshot.js';

const FUNDING_VOCABULARY = new FacetVocabulary([FUNDED]);
const STATUS_VOCABULARY = new FacetVocabulary([OPEN_NOW]);

/** The options a facet offers at the snapshot's instant. */
export function facetVocabulary(snapshot: FinderSnapshot, key: FacetKey): FacetVocabulary {
  switch (key) {
    case 'start':
      return snapshot.startTerms;
    case 'funding':
      return FUNDING_VOCABULARY;
    case 'status':
      return STATUS_VOCABULARY;
    default:
      return snapshot.index.vocabularies[key];
  }
}

/** Filters ready for the loops: known values only, as flags by option id, and bit masks. */
export interface CompiledFilters {
  /** Each facet's selected values that the snapshot knows, in the facet's option order. */
  readonly filters: Readonly<Record<FacetKey, readonly string[]>>;
  readonly selected: Readonly<Partial<Record<FacetKey, Uint8Array>>>;
  readonly programmeMask: number;
  readonly cohortMask: number;
}

/** Keeps the values each facet knows (a stale link's old venue is dropped, not matched against). */
export function compileFilters(snapshot: FinderSnapshot, filters: FinderFilters = {}): CompiledFilters {
  const kept = {} as Record<FacetKey, string[]>;
  const selected: Partial<Record<FacetKey, Uint8Array>> = {};
  let programmeMask = 0;
  let cohortMask = 0;
  for (const key of FACET_KEYS) {
    const vocabulary = facetVocabulary(snapshot, key);
    const flags = new Uint8Array(vocabulary.size);
    for (const value of filters[key] ?? []) {
      const id = vocabulary.id(value);
      if (id !== undefined) flags[id] = 1;
    }
    kept[key] = vocabulary.values.filter((_, id) => flags[id] === 1);
    if (kept[key].length === 0) continue;
    selected[key] = flags;
    if ((COHORT_FACETS as readonly string[]).includes(key)) cohortMask |= FACET_BIT[key];
    else programmeMask |= FACET_BIT[key];
  }
  return { filters: kept, selected, programmeMask, cohortMask };
}

/** What one pass over the programmes finds out. */
export interface FilterPass {
  /** Matching programme positions, in the order given. */
  readonly matches: number[];
  /** featured[p]: the current cohort (a position in the snapshot's current arrays) to show for a match, or -1; read it for matches only. */
  readonly featured: Int32Array;
  /** counts[facet][option id]: matches if that option were selected alone within its facet. */
  readonly counts: Readonly<Record<FacetKey, Int32Array>>;
  /** For each active facet: how many programmes match with that facet cleared. */
  readonly withoutFacet: Readonly<Partial<Record<FacetKey, number>>>;
}

/** Whether any id in ids[from, to) is flagged. */
function anySelected(ids: Int32Array, from: number, to: number, flags: Uint8Array): boolean {
  for (let position = from; position < to; position += 1) if (flags[ids[position]!] === 1) return true;
  return false;
}

// Facet positions in FACET_KEYS; the loops below index arrays by number, not objects by name.
const PROGRAMME_FACET_COUNT = PROGRAMME_FACETS.length;
const VENUE = FACET_KEYS.indexOf('venue');
const START = FACET_KEYS.indexOf('start');
const FUNDING = FACET_KEYS.indexOf('funding');
const STATUS = FACET_KEYS.indexOf('status');
const VENUE_BIT = 1 << VENUE;
const START_BIT = 1 << START;
const FUNDING_BIT = 1 << FUNDING;
const STATUS_BIT = 1 << STATUS;

/**
 * One pass that filters and counts together. Values within a facet are alternatives (OR), facets
 * combine with AND, and the cohort facets must hold for one and the same cohort. A facet's option
 * counts apply every other facet but not its own, so each count is what ticking that option would
 * add. Work is linear in programmes × (facets + cohorts × cohort facets).
 */
export function filterProgrammes(snapshot: FinderSnapshot, compiled: CompiledFilters, candidates?: ArrayLike<number>): FilterPass {
  if (compiled.programmeMask === 0 && compiled.cohortMask === 0) return unfilteredPass(snapshot, candidates);
  const { index, currentOffsets, currentCohort, currentOpen, currentTerm, currentPreference } = snapshot;
  const { programmeMask, cohortMask } = compiled;
  const selected = FACET_KEYS.map((key) => compiled.selected[key]);
  const counts = FACET_KEYS.map((key) => new Int32Array(facetVocabulary(snapshot, key).size));
  // The last programme counted for each cohort facet option, so a programme counts once per option.
  const venueStamp = new Int32Array(counts[VENUE]!.length).fill(-1);
  const startStamp = new Int32Array(counts[START]!.length).fill(-1);
  const programmeValues = PROGRAMME_FACETS.map((key) => index.programmeValues[key]);
  const activeProgrammeFacets = Int32Array.from(PROGRAMME_FACETS.keys()).filter((facet) => (programmeMask & (1 << facet)) !== 0);
  const activeCohortFacets = Int32Array.from([VENUE, START, FUNDING, STATUS]).filter((facet) => (cohortMask & (1 << facet)) !== 0);
  const without = new Int32Array(FACET_KEYS.length);
  const venueFlags = selected[VENUE];
  const startFlags = selected[START];
  const { offsets: venueOffsets, ids: venueIds } = index.cohortVenues;
  const funded = index.cohortFunded;
  const venueCounts = counts[VENUE]!;
  const startCounts = counts[START]!;
  const fundingCounts = counts[FUNDING]!;
  const statusCounts = counts[STATUS]!;

  const matches: number[] = [];
  const featured = new Int32Array(index.size).fill(-1);
  const total = candidates ? candidates.length : index.size;

  for (let position = 0; position < total; position += 1) {
    const programme = candidates ? candidates[position]! : position;
    let programmeFailures = 0;
    for (let active = 0; active < activeProgrammeFacets.length; active += 1) {
      const facet = activeProgrammeFacets[active]!;
      const { offsets, ids } = programmeValues[facet]!;
      if (!anySelected(ids, offsets[programme]!, offsets[programme + 1]!, selected[facet]!)) programmeFailures |= 1 << facet;
    }
    // Failing two facets, a programme counts nowhere: clearing one of them would not bring it back.
    if (programmeFailures & (programmeFailures - 1)) continue;

    let cohortPasses = cohortMask === 0;
    let passesWithout = 0; // bits of cohort facets whose clearing would let some cohort pass
    let fundedCounted = false;
    let openCounted = false;
    let best = -1;
    const last = currentOffsets[programme + 1]!;
    for (let current = currentOffsets[programme]!; current < last; current += 1) {
      const cohort = currentCohort[current]!;
      const venuesFrom = venueOffsets[cohort]!;
      const venuesTo = venueOffsets[cohort + 1]!;
      let failed = 0;
      if (cohortMask !== 0) {
        if (cohortMask & VENUE_BIT && !anySelected(venueIds, venuesFrom, venuesTo, venueFlags!)) failed |= VENUE_BIT;
        if (cohortMask & START_BIT && startFlags![currentTerm[current]!] !== 1) failed |= START_BIT;
        if (cohortMask & FUNDING_BIT && funded[cohort] !== 1) failed |= FUNDING_BIT;
        if (cohortMask & STATUS_BIT && currentOpen[current] !== 1) failed |= STATUS_BIT;
      }
      if (failed === 0) {
        cohortPasses = true;
        if (best < 0 || currentPreference[current]! < currentPreference[best]!) best = current;
      }
      if (programmeFailures !== 0) continue;
      if ((failed & ~VENUE_BIT) === 0) {
        passesWithout |= VENUE_BIT;
        for (let venue = venuesFrom; venue < venuesTo; venue += 1) {
          const id = venueIds[venue]!;
          if (venueStamp[id] !== programme) {
            venueStamp[id] = programme;
            venueCounts[id]! += 1;
          }
        }
      }
      if ((failed & ~START_BIT) === 0) {
        passesWithout |= START_BIT;
        const term = currentTerm[current]!;
        if (startStamp[term] !== programme) {
          startStamp[term] = programme;
          startCounts[term]! += 1;
        }
      }
      if ((failed & ~FUNDING_BIT) === 0) {
        passesWithout |= FUNDING_BIT;
        if (funded[cohort] === 1 && !fundedCounted) {
          fundedCounted = true;
          fundingCounts[0]! += 1;
        }
      }
      if ((failed & ~STATUS_BIT) === 0) {
        passesWithout |= STATUS_BIT;
        if (currentOpen[current] === 1 && !openCounted) {
          openCounted = true;
          statusCounts[0]! += 1;
        }
      }
    }

    if (programmeFailures === 0) {
      for (let active = 0; active < activeCohortFacets.length; active += 1) {
        const bit = 1 << activeCohortFacets[active]!;
        if (cohortMask === bit || passesWithout & bit) without[activeCohortFacets[active]!]! += 1;
      }
    }
    if (!cohortPasses) continue;
    for (let facet = 0; facet < PROGRAMME_FACET_COUNT; facet += 1) {
      if (programmeFailures !== 0 && programmeFailures !== 1 << facet) continue;
      const { offsets, ids } = programmeValues[facet]!;
      const facetCounts = counts[facet]!;
      for (let value = offsets[programme]!; value < offsets[programme + 1]!; value += 1) facetCounts[ids[value]!]! += 1;
    }
    if (programmeFailures === 0) {
      for (let active = 0; active < activeProgrammeFacets.length; active += 1) without[activeProgrammeFacets[active]!]! += 1;
      matches.push(programme);
      featured[programme] = best;
    } else {
      without[31 - Math.clz32(programmeFailures)]! += 1;
    }
  }

  const countsByKey = {} as Record<FacetKey, Int32Array>;
  const withoutFacet: Partial<Record<FacetKey, number>> = {};
  FACET_KEYS.forEach((key, facet) => {
    countsByKey[key] = counts[facet]!;
    if ((programmeMask | cohortMask) & (1 << facet)) withoutFacet[key] = without[facet]!;
  });
  return { matches, featured, counts: countsByKey, withoutFacet };
}

/**
 * With no filter ticked every candidate matches, and what each programme adds to the option counts
 * depends on the snapshot alone: worked out once per snapshot, a keystroke only adds up lists.
 */
interface Contributions {
  /** Where each facet's options start in one array of all options, in FACET_KEYS order, and the total. */
  readonly facetStarts: Int32Array;
  /** Programme p adds one to the options ids[offsets[p]] up to ids[offsets[p + 1]] (positions in that array). */
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
  /** Each programme's current cohort to show (the one most useful to an applicant), or -1. */
  readonly featured: Int32Array;
}

const contributionsBySnapshot = new WeakMap<FinderSnapshot, Contributions>();

function contributionsOf(snapshot: FinderSnapshot): Contributions {
  const known = contributionsBySnapshot.get(snapshot);
  if (known) return known;
  const { index, currentOffsets, currentCohort, currentOpen, currentTerm, currentPreference } = snapshot;
  const sizes = FACET_KEYS.map((key) => facetVocabulary(snapshot, key).size);
  const facetStarts = new Int32Array(FACET_KEYS.length + 1);
  sizes.forEach((size, facet) => (facetStarts[facet + 1] = facetStarts[facet]! + size));
  const offsets = new Int32Array(index.size + 1);
  const ids: number[] = [];
  const featured = new Int32Array(index.size).fill(-1);
  const seen = new Uint8Array(facetStarts[FACET_KEYS.length]!);
  const { offsets: venueOffsets, ids: venueIds } = index.cohortVenues;
  const add = (option: number) => {
    if (seen[option] === 0) {
      seen[option] = 1;
      ids.push(option);
    }
  };
  for (let programme = 0; programme < index.size; programme += 1) {
    const from = ids.length;
    PROGRAMME_FACETS.forEach((key, facet) => {
      const { offsets: valueOffsets, ids: valueIds } = index.programmeValues[key];
      for (let value = valueOffsets[programme]!; value < valueOffsets[programme + 1]!; value += 1) add(facetStarts[facet]! + valueIds[value]!);
    });
    let best = -1;
    for (let current = currentOffsets[programme]!; current < currentOffsets[programme + 1]!; current += 1) {
      const cohort = currentCohort[current]!;
      if (best < 0 || currentPreference[current]! < currentPreference[best]!) best = current;
      for (let venue = venueOffsets[cohort]!; venue < venueOffsets[cohort + 1]!; venue += 1) add(facetStarts[VENUE]! + venueIds[venue]!);
      add(facetStarts[START]! + currentTerm[current]!);
      if (index.cohortFunded[cohort] === 1) add(facetStarts[FUNDING]!);
      if (currentOpen[current] === 1) add(facetStarts[STATUS]!);
    }
    featured[programme] = best;
    for (let position = from; position < ids.length; position += 1) seen[ids[position]!] = 0;
    offsets[programme + 1] = ids.length;
  }
  const contributions = { facetStarts, offsets, ids: Int32Array.from(ids), featured };
  contributionsBySnapshot.set(snapshot, contributions);
  return contributions;
}

function unfilteredPass(snapshot: FinderSnapshot, candidates: ArrayLike<number> | undefined): FilterPass {
  const { facetStarts, offsets, ids, featured } = contributionsOf(snapshot);
  const all = new Int32Array(facetStarts[FACET_KEYS.length]!);
  const total = candidates ? candidates.length : snapshot.index.size;
  const matches = new Array<number>(total);
  for (let position = 0; position < total; position += 1) {
    const programme = candidates ? candidates[position]! : position;
    matches[position] = programme;
    for (let option = offsets[programme]!; option < offsets[programme + 1]!; option += 1) all[ids[option]!]! += 1;
  }
  const counts = {} as Record<FacetKey, Int32Array>;
  FACET_KEYS.forEach((key, facet) => (counts[key] = all.subarray(facetStarts[facet]!, facetStarts[facet + 1]!)));
  return { matches, featured, counts, withoutFacet: {} };
}
