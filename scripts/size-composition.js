// Where a bundle's bytes come from, for `npm run size -- --composition`: each output segment is
// traced to its source through the source map, grouped by npm package or by src/ folder, and each
// group's text compressed on its own; the bundle's gzip size is then shared out in proportion.
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map segment's fields (VLQ, relative to the previous segment). */
function decodeSegment(segment) {
  const fields = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** `node_modules/lit-html/x.js` → `lit-html`; `src/core/finder/x.ts` → `src/core/finder`. */
function groupOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '');
  const module = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (module) return module[1];
  const parts = path.split('/');
  return parts.length > 3 ? parts.slice(0, 3).join('/') : path;
}

/** Rows of [group, raw bytes, estimated gzip bytes], largest first. */
export function composition(code, sourceMap) {
  const map = JSON.parse(sourceMap);
  const lines = code.split('\n');
  const pieces = new Map();
  let sourceIndex = 0;
  map.mappings.split(';').forEach((mappings, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    const segments = mappings.split(',').filter(Boolean).map(decodeSegment);
    let column = 0;
    segments.forEach((fields, index) => {
      column += fields[0];
      if (fields.length > 1) sourceIndex += fields[1];
      const end = index + 1 < segments.length ? column + segments[index + 1][0] : line.length;
      const group = groupOf(map.sources[sourceIndex]);
      pieces.set(group, (pieces.get(group) ?? '') + line.slice(column, end));
    });
  });
  const total = gzipSync(code, { level: 9 }).length;
  const alone = [...pieces].map(([group, text]) => [group, text.length, gzipSync(text, { level: 9 }).length]);
  const sumAlone = alone.reduce((sum, [, , gzip]) => sum + gzip, 0);
  return alone.map(([group, raw, gzip]) => [group, raw, Math.round((gzip / sumAlone) * total)]).sort((a, b) => b[2] - a[2]);
}
