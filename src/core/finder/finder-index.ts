import {
  DELIVERY_MODES,
  PHASES,
  PROGRAMME_GROUPS,
  ROLES,
  type Cohort,
  type Phase,
  type Programme,
  type Role,
} from '../definition/schema.js';
import { applicationWindow, type ApplicationWindow } from '../status/application-status.js';
import { FacetVocabulary, startTermOf, type ProgrammeFacetKey } from './facets.js';
import { compact, foldText, STOP_WORDS, words } from './normalise.js';

/** The parts of a programme a word can be found in, as bits. */
export const FIELD = {
  code: 1,
  alias: 2,
  title: 4,
  contentArea: 8,
  audience: 16,
  summary: 32,
} as const;

/** How much a word found in each part counts towards relevance. */
export const FIELD_WEIGHT: Readonly<Record<keyof typeof FIELD, number>> = {
  code: 8,
  alias: 7,
  title: 6,
  contentArea: 3,
  audience: 2,
  summary: 1,
};

/** FIELD_SET_WEIGHT[bits]: the weight of the best part in a set of field bits. */
export const FIELD_SET_WEIGHT: Uint8Array = Uint8Array.from({ length: 64 }, (_, bits) =>
  Math.max(0, ...Object.entries(FIELD).map(([name, bit]) => (bits & bit ? FIELD_WEIGHT[name as keyof typeof FIELD] : 0))),
);

/** The words people use for each role, so "deputy head" or "head teacher" find the right audience. */
export const ROLE_SEARCH_WORDS: Readonly<Record<Role, string>> = {
  'classroom-teacher': 'classroom teacher',
  'subject-or-phase-lead': 'subject lead phase lead curriculum lead',
  'teacher-educator': 'teacher educator mentor coach trainer',
  senco: 'SENCo special educational needs co-ordinator',
  'middle-leader': 'middle leader head of department head of year',
  'senior-leader': 'senior leader assistant head deputy head',
  headteacher: 'headteacher head teacher principal',
  'executive-leader': 'executive leader executive head trust leader CEO',
  'early-years-leader': 'early years leader nursery manager',
};

export const PHASE_SEARCH_WORDS: Readonly<Record<Phase, string>> = {
  'early-years': 'early years nursery',
  primary: 'primary',
  secondary: 'secondary',
  '16-19': '16 to 19 post-16 sixth form further education',
  special: 'special school SEND',
};

/** A cohort with everything that does not depend on the time worked out. */
export interface IndexedCohort {
  readonly cohort: Cohort;
  /** The programme's position. */
  readonly programme: number;
  /** Its application window as instants; undefined only for dates the validator refuses. */
  readonly window: ApplicationWindow | undefined;
  /** Days since 1970-01-01 of its start date. */
  readonly startDay: number;
  /** Its start facet value, e.g. "2026-autumn". */
  readonly term: string;
}

/**
 * One list of small integers per item, stored end to end: item i's list is
 * `ids.subarray(offsets[i], offsets[i + 1])`. Flat typed arrays keep the filter loops in cache.
 */
export interface FlatLists {
  readonly offsets: Int32Array;
  readonly ids: Int32Array;
}

class FlatListsBuilder {
  readonly #offsets: number[] = [0];
  readonly #ids: number[] = [];

  push(list: Iterable<number>): void {
    for (const id of list) this.#ids.push(id);
    this.#offsets.push(this.#ids.length);
  }

  build(): FlatLists {
    return { offsets: Int32Array.from(this.#offsets), ids: Int32Array.from(this.#ids) };
  }
}

/** What text search reads: a sorted word list with postings, and folded titles, codes and aliases. */
export interface TextIndex {
  /** Every indexed word, sorted by code unit so a prefix is one contiguous range. */
  readonly vocabulary: readonly string[];
  /** For vocabulary[w]: the programmes that contain it, and in which parts (FIELD bits). */
  readonly postingProgrammes: readonly Int32Array[];
  readonly postingFields: readonly Uint8Array[];
  /**
   * For vocabulary[w] found only as two words run together ("leaderassistant"): the length of the
   * shortest first word it was made from; 0 for a word in its own right. A search term no longer
   * than that is already matched, at least as well, by the first word itself.
   */
  readonly joinedFirstLength: Uint8Array;
  readonly foldedTitles: readonly string[];
  /** How many words each title has, little words left out, for how much of a title a query covers. */
  readonly titleWordCounts: Uint8Array;
  /** Programmes by short code and by alias, folded and run together ("npqh", "headteacher"). */
  readonly byCode: ReadonlyMap<string, readonly number[]>;
  readonly byAlias: ReadonlyMap<string, readonly number[]>;
}

/** rank[p] is programme p's place in title order; byRank inverts it. */
export interface TitleOrder {
  readonly rank: Int32Array;
  readonly byRank: Int32Array;
}

/**
 * Everything the finder needs from the programmes, worked out once: each programme's facet values
 * as small integers and its cohorts. The text index and the title order are built the first time
 * they are read, so the first results (no search words, hub order) show without waiting for them.
 */
export interface FinderIndex {
  readonly programmes: readonly Programme[];
  readonly size: number;
  readonly text: TextIndex;
  readonly titleOrder: TitleOrder;
  /**
   * Builds the text index, then the title order, while `more()` says there is time (checked every
   * few programmes); true once both are built. Lets the work be spread over idle periods.
   */
  warmUp(more: () => boolean): boolean;
  readonly vocabularies: Readonly<Record<ProgrammeFacetKey | 'venue', FacetVocabulary>>;
  /** programmeValues.role holds each programme's role ids (ids in `vocabularies.role`). */
  readonly programmeValues: Readonly<Record<ProgrammeFacetKey, FlatLists>>;
  /** Every cohort of every programme, programme by programme. */
  readonly cohorts: readonly IndexedCohort[];
  /** Programme p's cohorts are cohorts[cohortOffsets[p]] up to cohorts[cohortOffsets[p + 1]]. */
  readonly cohortOffsets: Int32Array;
  /** The venue ids each cohort meets at (all its programme's venues when it does not say). */
  readonly cohortVenues: FlatLists;
  /** 1 where the cohort offers DfE scholarship funding. */
  readonly cohortFunded: Uint8Array;
  /** Lets the caller sort titles and venue names with its own language rules. */
  readonly collator: Intl.Collator;
}

const titleCollator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/**
 * Builds the word list and postings. Words get small ids as they are first met; a text's word ids
 * are memoised (role words and shared summaries repeat across programmes), and each programme's
 * words are gathered in a reusable array of field bits rather than a map per programme.
 */
class TextIndexBuilder {
  readonly #ids = new Map<string, number>();
  readonly #words: string[] = [];
  /** Every posting (word id, programme, field bits), in programme order: flat, so building allocates little. */
  readonly #postingWords: number[] = [];
  readonly #postingPositions: number[] = [];
  readonly #postingBits: number[] = [];
  readonly #texts = new Map<string, { single: number[]; paired: number[] }>();
  /** Per word id: -1 for a word in its own right, else the shortest first word of the pairs it joins. */
  readonly #joinedFirst: number[] = [];
  /** Field bits of each word in the programme being added; `touched` lists the words set. */
  readonly #bits: number[] = [];
  readonly #touched: number[] = [];

  #id(word: string): number {
    let id = this.#ids.get(word);
    if (id === undefined) {
      id = this.#words.length;
      this.#ids.set(word, id);
      this.#words.push(word);
      this.#bits.push(0);
      this.#joinedFirst.push(Infinity);
    }
    return id;
  }

  #wordId(word: string): number {
    const id = this.#id(word);
    this.#joinedFirst[id] = -1;
    return id;
  }

  #pairId(first: string, second: string): number {
    const id = this.#id(first + second);
    if (this.#joinedFirst[id] !== -1) this.#joinedFirst[id] = Math.min(this.#joinedFirst[id]!, first.length);
    return id;
  }

  #split(text: string): { single: number[]; paired: number[] } {
    let entry = this.#texts.get(text);
    if (!entry) {
      const list = words(text);
      // Each adjacent pair run together too, so "head teacher" is also found as "headteacher".
      entry = { single: list.map((word) => this.#wordId(word)), paired: list.slice(0, -1).map((word, position) => this.#pairId(word, list[position + 1]!)) };
      this.#texts.set(text, entry);
    }
    return entry;
  }

  #mark(id: number, field: number): void {
    if (this.#bits[id] === 0) this.#touched.push(id);
    this.#bits[id]! |= field;
  }

  #addWord(word: string, field: number): void {
    if (word !== '') this.#mark(this.#wordId(word), field);
  }

  #addText(text: string, field: number, joinPairs: boolean): void {
    const { single, paired } = this.#split(text);
    for (const id of single) this.#mark(id, field);
    if (joinPairs) for (const id of paired) this.#mark(id, field);
  }

  add(programme: Programme, position: number): void {
    const codeKey = compact(programme.code);
    this.#addWord(codeKey, FIELD.code);
    this.#addText(programme.code, FIELD.code, true);
    // "NPQSENCO" is also found by "SENCo", "NPQLTD" by "LTD".
    if (codeKey.startsWith('npq') && codeKey.length >= 5) this.#addWord(codeKey.slice(3), FIELD.code);
    for (const alias of programme.aliases ?? []) {
      this.#addText(alias, FIELD.alias, true);
      this.#addWord(compact(alias), FIELD.alias);
    }
    this.#addText(programme.title, FIELD.title, true);
    for (const area of programme.contentAreas) {
      this.#addText(area.title, FIELD.contentArea, true);
      if (area.summary) this.#addText(area.summary, FIELD.summary, false);
    }
    for (const role of programme.audience.roles) this.#addText(ROLE_SEARCH_WORDS[role], FIELD.audience, true);
    for (const phase of programme.audience.phases) this.#addText(PHASE_SEARCH_WORDS[phase], FIELD.audience, true);
    if (programme.audience.description) this.#addText(programme.audience.description, FIELD.audience, false);
    this.#addText(programme.summary, FIELD.summary, false);

    for (const id of this.#touched) {
      this.#postingWords.push(id);
      this.#postingPositions.push(position);
      this.#postingBits.push(this.#bits[id]!);
      this.#bits[id] = 0;
    }
    this.#touched.length = 0;
  }

  build(): Pick<TextIndex, 'vocabulary' | 'postingProgrammes' | 'postingFields' | 'joinedFirstLength'> {
    const order = this.#words.map((_, id) => id).sort((a, b) => (this.#words[a]! < this.#words[b]! ? -1 : 1));
    // Each word's postings as a slice of one array, placed by counting them first.
    const starts = new Int32Array(this.#words.length + 1);
    for (const id of this.#postingWords) starts[id + 1]! += 1;
    for (let id = 0; id < this.#words.length; id += 1) starts[id + 1]! += starts[id]!;
    const next = starts.slice(0, -1);
    const positions = new Int32Array(this.#postingWords.length);
    const bits = new Uint8Array(this.#postingWords.length);
    this.#postingWords.forEach((id, posting) => {
      const at = next[id]!;
      next[id] = at + 1;
      positions[at] = this.#postingPositions[posting]!;
      bits[at] = this.#postingBits[posting]!;
    });
    return {
      vocabulary: order.map((id) => this.#words[id]!),
      postingProgrammes: order.map((id) => positions.subarray(starts[id], starts[id + 1])),
      postingFields: order.map((id) => bits.subarray(starts[id], starts[id + 1])),
      joinedFirstLength: Uint8Array.from(order, (id) => (this.#joinedFirst[id]! < 0 ? 0 : Math.min(255, this.#joinedFirst[id]!))),
    };
  }
}

/** Builds the index once per definition; every keystroke afterwards only reads it. */
export function buildFinderIndex(programmes: readonly Programme[]): FinderIndex {
  const size = programmes.length;

  const vocabularies = {
    group: new FacetVocabulary(PROGRAMME_GROUPS),
    role: new FacetVocabulary(ROLES),
    phase: new FacetVocabulary(PHASES),
    mode: new FacetVocabulary(DELIVERY_MODES),
    venue: new FacetVocabulary(),
  };
  const venueNames = new Map<string, string>();
  for (const programme of programmes) {
    for (const venue of programme.delivery.venues ?? []) if (!venueNames.has(venue.id)) venueNames.set(venue.id, venue.name);
  }
  const venueIds = [...venueNames.keys()].sort(
    (a, b) => titleCollator.compare(venueNames.get(a)!, venueNames.get(b)!) || (a < b ? -1 : 1),
  );
  for (const id of venueIds) vocabularies.venue.add(id, venueNames.get(id));

  const values = {
    group: new FlatListsBuilder(),
    role: new FlatListsBuilder(),
    phase: new FlatListsBuilder(),
    mode: new FlatListsBuilder(),
  };
  const cohorts: IndexedCohort[] = [];
  const cohortOffsets = [0];
  const cohortVenues = new FlatListsBuilder();
  // Many cohorts share dates; resolving London time is the costly part, so each window is worked out once.
  const windows = new Map<string, ApplicationWindow | undefined>();
  const windowOf = (cohort: Cohort): ApplicationWindow | undefined => {
    const { opens, closes, closingSoonDays } = cohort.applications;
    const key = `${opens}|${closes}|${closingSoonDays ?? ''}`;
    if (!windows.has(key)) windows.set(key, applicationWindow(cohort));
    const shared = windows.get(key);
    return shared && { ...shared, cohort };
  };

  const ids = (vocabulary: FacetVocabulary, list: readonly string[]) =>
    [...new Set(list)].map((value) => vocabulary.id(value) ?? -1).filter((id) => id >= 0);

  programmes.forEach((programme, position) => {
    values.group.push(ids(vocabularies.group, [programme.group]));
    values.role.push(ids(vocabularies.role, programme.audience.roles));
    values.phase.push(ids(vocabularies.phase, programme.audience.phases));
    values.mode.push(ids(vocabularies.mode, programme.delivery.modes));
    const programmeVenues = ids(vocabularies.venue, (programme.delivery.venues ?? []).map((venue) => venue.id));
    for (const cohort of programme.cohorts) {
      cohorts.push({
        cohort,
        programme: position,
        window: windowOf(cohort),
        startDay: dayNumber(cohort.starts),
        term: startTermOf(cohort.starts),
      });
      cohortVenues.push(cohort.venues ? ids(vocabularies.venue, cohort.venues) : programmeVenues);
    }
    cohortOffsets.push(cohorts.length);
  });

  let text: TextIndex | undefined;
  let textBuild: TextIndexBuild | undefined;
  let titleOrder: TitleOrder | undefined;
  /** Completes the text index, carrying on from what idle time already built. */
  const finishText = (): TextIndex => {
    text = (textBuild ?? new TextIndexBuild(programmes)).finish();
    textBuild = undefined;
    return text;
  };
  return {
    programmes,
    size,
    get text() {
      return text ?? finishText();
    },
    get titleOrder() {
      return (titleOrder ??= buildTitleOrder(programmes));
    },
    warmUp(more) {
      if (!text) {
        textBuild ??= new TextIndexBuild(programmes);
        if (!textBuild.advance(more)) return false;
        finishText();
      }
      if (!titleOrder) {
        if (!more()) return false;
        titleOrder = buildTitleOrder(programmes);
      }
      return true;
    },
    vocabularies,
    programmeValues: {
      group: values.group.build(),
      role: values.role.build(),
      phase: values.phase.build(),
      mode: values.mode.build(),
    },
    cohorts,
    cohortOffsets: Int32Array.from(cohortOffsets),
    cohortVenues: cohortVenues.build(),
    cohortFunded: Uint8Array.from(cohorts, (indexed) => (indexed.cohort.funded ? 1 : 0)),
    collator: titleCollator,
  };
}

/** How many programmes go into the text index between two looks at the clock. */
const PROGRAMMES_PER_CHECK = 32;

/** The text index built a slice of programmes at a time. */
class TextIndexBuild {
  readonly #builder = new TextIndexBuilder();
  readonly #foldedTitles: string[] = [];
  readonly #titleWordCounts: Uint8Array;
  readonly #byCode = new Map<string, number[]>();
  readonly #byAlias = new Map<string, number[]>();
  #next = 0;

  constructor(private readonly programmes: readonly Programme[]) {
    this.#titleWordCounts = new Uint8Array(programmes.length);
  }

  /** Adds programmes while `more()` allows; true once every programme is in. */
  advance(more: () => boolean): boolean {
    while (this.#next < this.programmes.length && more()) {
      const last = Math.min(this.#next + PROGRAMMES_PER_CHECK, this.programmes.length);
      for (; this.#next < last; this.#next += 1) this.#add(this.programmes[this.#next]!, this.#next);
    }
    return this.#next >= this.programmes.length;
  }

  finish(): TextIndex {
    this.advance(() => true);
    return { ...this.#builder.build(), foldedTitles: this.#foldedTitles, titleWordCounts: this.#titleWordCounts, byCode: this.#byCode, byAlias: this.#byAlias };
  }

  #add(programme: Programme, position: number): void {
    this.#builder.add(programme, position);
    const folded = foldText(programme.title);
    this.#foldedTitles.push(folded);
    this.#titleWordCounts[position] = Math.min(255, folded.split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word)).length);
    file(this.#byCode, compact(programme.code), position);
    for (const alias of programme.aliases ?? []) file(this.#byAlias, compact(alias), position);
  }
}

function file(map: Map<string, number[]>, key: string, programme: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [programme]);
  else if (list[list.length - 1] !== programme) list.push(programme);
}

function buildTitleOrder(programmes: readonly Programme[]): TitleOrder {
  const byTitle = Array.from({ length: programmes.length }, (_, position) => position).sort(
    (a, b) => titleCollator.compare(programmes[a]!.title, programmes[b]!.title) || a - b,
  );
  const rank = new Int32Array(programmes.length);
  byTitle.forEach((programme, place) => (rank[programme] = place));
  return { rank, byRank: Int32Array.from(byTitle) };
}

/** "2026-10-01" → days since 1970-01-01. */
export function dayNumber(date: string): number {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

/** The range of vocabulary words that start with `prefix`: [from, to). */
export function prefixRange(vocabulary: readonly string[], prefix: string): [number, number] {
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (vocabulary[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < vocabulary.length && vocabulary[end]!.startsWith(prefix)) end += 1;
  return [low, end];
}
