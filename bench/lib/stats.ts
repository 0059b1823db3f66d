/** Small, pure helpers for summarising samples and writing the results table. */

/** The median of the samples (mean of the middle two for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  const finite = samples.filter((sample) => Number.isFinite(sample)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = finite.length >> 1;
  return finite.length % 2 === 1 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}

/** Milliseconds to at most three significant figures, without a trailing ".0": 0.42, 3.1, 27, 1530. */
export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toLocaleString('en-GB');
}

/** A ratio such as "1.27×". */
export function formatRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

/** A markdown table with columns padded to line up in a terminal. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${widths.map((width, column) => (cells[column] ?? '').padEnd(width)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export const GENERATED_START = '<!-- bench:results:start (written by `npm run bench`) -->';
export const GENERATED_END = '<!-- bench:results:end -->';

/**
 * Puts freshly generated results between the markers of an existing results file, keeping the
 * hand-written analysis around them; without markers the generated part goes first.
 */
export function replaceGenerated(existing: string, generated: string): string {
  const block = `${GENERATED_START}\n${generated.trim()}\n${GENERATED_END}`;
  const start = existing.indexOf(GENERATED_START);
  const end = existing.indexOf(GENERATED_END);
  if (start >= 0 && end > start) return `${existing.slice(0, start)}${block}${existing.slice(end + GENERATED_END.length)}`;
  return existing.trim() === '' ? `${block}\n` : `${block}\n\n${existing.trimStart()}`;
}
