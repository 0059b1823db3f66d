// Minifies the text of one css`` literal (or one static part of it, between interpolations):
// drops comments and the whitespace CSS ignores, copying strings and escapes exactly. Pure, so
// the browser tests can check that Chromium parses the result to the same rules.
// Whitespace is dropped only next to `{`, `}` and `;`, where it never matters; elsewhere a run
// becomes one space (a space can be a descendant combinator, as in `:host .tag`, and custom
// property values keep theirs).

const DELIMITERS = new Set(['{', '}', ';']);
const isSpace = (char) => char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';

/**
 * @param {string} text
 * @param {{ before?: boolean, after?: boolean }} [touching] whether an interpolation comes right
 *   before or after this text; a space next to one is kept, as its value is not known here.
 * @returns {string}
 */
export function minifyCss(text, touching = {}) {
  let out = '';
  let space = false;
  const emitSpace = (next) => {
    if (!space) return;
    space = false;
    const previous = out.at(-1);
    if (!DELIMITERS.has(next) && (previous === undefined ? touching.before : !DELIMITERS.has(previous))) out += ' ';
  };
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (isSpace(char)) {
      space = true;
      index += 1;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
      space = true;
    } else if (char === '"' || char === "'") {
      let end = index + 1;
      while (end < text.length && text[end] !== char) end += text[end] === '\\' ? 2 : 1;
      emitSpace(char);
      out += text.slice(index, end + 1);
      index = end + 1;
    } else if (char === '\\') {
      emitSpace(char);
      out += text.slice(index, index + 2);
      index += 2;
    } else {
      emitSpace(char);
      out += char;
      index += 1;
    }
  }
  if (space && touching.after && (out === '' ? touching.before : !DELIMITERS.has(out.at(-1)))) out += ' ';
  return out;
}
