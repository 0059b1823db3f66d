/**
 * Text folding shared by the index and the query, so both sides compare the same way:
 * lower case, accents dropped, apostrophes removed and every other mark turned into a word break.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII = /[^ -~]/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

/** Folds text for comparison: "Co-ordinator’s Café" → "co ordinators cafe". */
export function foldText(value: string): string {
  // Most text is printable ASCII, which needs neither Unicode normalisation nor Unicode classes.
  if (!NOT_ASCII.test(value)) {
    return value.toLowerCase().replace(APOSTROPHES, '').replace(NOT_ASCII_WORD, ' ').trim();
  }
  return value
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .trim();
}

/** The words of a text after folding. */
export function words(value: string): string[] {
  const folded = foldText(value);
  return folded === '' ? [] : folded.split(' ');
}

/** Folded text with the spaces taken out: "NPQ-H" and "npq h" both become "npqh". */
export function compact(value: string): string {
  return foldText(value).replace(/ /g, '');
}

/** Little words that would otherwise have to appear in every match ("npq for sencos"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to', 'with']);
