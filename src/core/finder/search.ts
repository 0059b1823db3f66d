import { FIELD, FIELD_SET_WEIGHT, prefixRange, type FinderIndex, type TextIndex } from './finder-index.js';
import { compact, foldText, STOP_WORDS } from './normalise.js';

/** Queries longer than this keep their first words; nobody types more into a course search. */
export const MAX_QUERY_TERMS = 8;

/** Bonuses for the whole query, large enough to outrank any sum of word matches. */
const EXACT_CODE = 100_000;
const EXACT_ALIAS = 50_000;
const EXACT_TITLE = 30_000;
const TITLE_STARTS = 10_000;
const TITLE_PHRASE = 5_000;
/** Shared out by how much of the title the query covers, so "headship" prefers the shorter title. */
const TITLE_COVERAGE = 300;

export interface TextMatches {
  /** Matching programmes in definition order. */
  readonly programmes: Int32Array;
  /** Relevance of every programme (0 when it does not match), indexed by position. */
  readonly scores: Float64Array;
}

/** The words of a query that have to match, little words dropped unless that leaves none. */
export function queryTerms(query: string): string[] {
  const all = foldText(query).split(' ').filter((word) => word !== '');
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  return (meaningful.length > 0 ? meaningful : all).slice(0, MAX_QUERY_TERMS);
}

interface TermScores {
  /** Best score per programme for the term (0 where absent); at most 8 × 15, so bytes suffice. */
  readonly scores: Uint8Array;
  /** 1 where the term starts a word of the title. */
  readonly inTitle: Uint8Array;
}

/** Scores one term as a prefix of the indexed words: the best part it is found in, more when whole. */
function scoreTerm(index: FinderIndex, term: string): TermScores {
  const scores = new Uint8Array(index.size);
  const inTitle = new Uint8Array(index.size);
  const { vocabulary, postingProgrammes, postingFields, joinedFirstLength } = index.text;
  const [from, to] = prefixRange(vocabulary, term);
  for (let word = from; word < to; word += 1) {
    // Two words run together, the first of which starts with the term: that word scores the same programmes as well or better.
    if (term.length <= joinedFirstLength[word]!) continue;
    const multiplier = vocabulary[word]!.length === term.length ? 15 : 10;
    const programmes = postingProgrammes[word]!;
    const fields = postingFields[word]!;
    for (let posting = 0; posting < programmes.length; posting += 1) {
      const found = fields[posting]!;
      const score = FIELD_SET_WEIGHT[found]! * multiplier;
      const programme = programmes[posting]!;
      if (score > scores[programme]!) scores[programme] = score;
      if (found & FIELD.title) inTitle[programme] = 1;
    }
  }
  return { scores, inTitle };
}

/**
 * Finds the programmes whose text contains every term of the query (each as the start of a word,
 * or two neighbouring terms run together: "head teacher" finds "headteacher"), scored by where
 * the words were found. Returns undefined for an empty query: everything matches.
 */
export function searchText(index: FinderIndex, query: string): TextMatches | undefined {
  const terms = queryTerms(query);
  if (terms.length === 0) return undefined;
  const single = terms.map((term) => scoreTerm(index, term));
  const joined = terms.slice(0, -1).map((term, position) => scoreTerm(index, term + terms[position + 1]!).scores);
  const folded = foldText(query);
  const whole = { folded, spaced: ` ${folded}`, terms: terms.length };
  // Whole-query matches on the short code or an alias, found by lookup rather than per programme.
  const queryCompact = compact(query);
  const exactBonus = new Map<number, number>();
  const text = index.text;
  for (const programme of text.byCode.get(queryCompact) ?? []) exactBonus.set(programme, EXACT_CODE);
  for (const programme of text.byAlias.get(queryCompact) ?? []) exactBonus.set(programme, (exactBonus.get(programme) ?? 0) + EXACT_ALIAS);
  const scores = new Float64Array(index.size);
  const matched: number[] = [];
  const first = single[0]!.scores;
  const firstJoined = joined[0];
  const inTitle = single.map((term) => term.inTitle);
  // best[k]: the best score covering the first k terms, or -1 when they cannot all be covered.
  const best = new Float64Array(terms.length + 1);
  for (let programme = 0; programme < index.size; programme += 1) {
    if (first[programme] === 0 && (firstJoined === undefined || firstJoined[programme] === 0)) continue;
    let total: number;
    if (terms.length === 1) total = first[programme]!;
    else {
      best[0] = 0;
      for (let covered = 1; covered <= terms.length; covered += 1) {
        let value = -1;
        const alone = single[covered - 1]!.scores[programme]!;
        if (alone > 0 && best[covered - 1]! >= 0) value = best[covered - 1]! + alone;
        if (covered >= 2) {
          const pair = joined[covered - 2]![programme]!;
          if (pair > 0 && best[covered - 2]! >= 0) value = Math.max(value, best[covered - 2]! + pair);
        }
        best[covered] = value;
      }
      total = best[terms.length]!;
      if (total < 0) continue;
    }
    let titleTerms = 0;
    for (let term = 0; term < inTitle.length; term += 1) titleTerms += inTitle[term]![programme]!;
    // A title that has none of the terms can neither equal, start with nor hold the query.
    if (titleTerms > 0) total += titleBonus(text, programme, whole, titleTerms);
    if (exactBonus.size > 0) total += exactBonus.get(programme) ?? 0;
    scores[programme] = total;
    matched.push(programme);
  }
  return { programmes: Int32Array.from(matched), scores };
}

interface WholeQuery {
  folded: string;
  /** The folded query after a space, to find it as a phrase starting a later title word. */
  spaced: string;
  terms: number;
}

function titleBonus(text: TextIndex, programme: number, whole: WholeQuery, titleTerms: number): number {
  const title = text.foldedTitles[programme]!;
  let bonus = 0;
  if (title === whole.folded) bonus += EXACT_TITLE;
  else if (title.startsWith(whole.folded)) bonus += TITLE_STARTS;
  else if (title.includes(whole.spaced)) bonus += TITLE_PHRASE;
  const titleWords = text.titleWordCounts[programme]!;
  if (titleWords > 0) bonus += Math.round((TITLE_COVERAGE * titleTerms) / Math.max(titleWords, whole.terms));
  return bonus;
}
