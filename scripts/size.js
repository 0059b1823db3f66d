// Bundles each entry of the library build (dist/, which `npm run size` makes first with
// `npm run build:js`; Lit's templates and styles are minified there) as a browser would load it:
// dependencies included, minified. Prints raw, gzip and brotli bytes and fails when an entry is
// over its gzip budget (size-budgets.json names the source entry; what the build made of it is
// measured). It is measured in dist/ because package.json's sideEffects names the files there.
// Budgets are set from measurements and only lowered; raising one needs a note in the commit.
// With --composition, also prints where each entry's bytes come from (package or src/ folder).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';
import { composition } from './size-composition.js';

const { entries } = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const showComposition = process.argv.includes('--composition');
const rows = [];
const compositions = [];
let over = 0;
/** `src/elements/x/define.ts` → `dist/elements/x/define.js`, what the library build made of it. */
const builtFile = (entry) => entry.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

for (const { name, entry, gzipBudget } of entries) {
  if (!existsSync(entry) || !existsSync(builtFile(entry))) {
    console.error(`size: ${entry} (for "${name}") is not in the source, or ${builtFile(entry)} was not built (npm run build:js)`);
    process.exit(1);
  }
  const result = await build({
    entryPoints: [builtFile(entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'size',
    sourcemap: showComposition ? 'external' : false,
    conditions: ['production'],
    legalComments: 'none',
    logLevel: 'silent',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const code = output.contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const ok = gzip <= gzipBudget;
  if (!ok) over += 1;
  rows.push([name, kB(code.length), kB(gzip), kB(brotli), `${kB(gzipBudget)}${ok ? '' : '  OVER'}`]);
  if (showComposition) {
    const sourceMap = result.outputFiles.find((file) => file.path.endsWith('.map')).text;
    compositions.push([name, composition(output.text, sourceMap)]);
  }
}

const header = ['entry', 'raw', 'gzip', 'brotli', 'gzip budget'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
for (const [name, groups] of compositions) {
  console.log(`\n${name}: raw, gzip share`);
  for (const [group, raw, gzip] of groups) console.log(`${kB(raw).padStart(9)} ${kB(gzip).padStart(8)}  ${group}`);
}
if (over > 0) {
  console.error(`size: ${over} entr${over === 1 ? 'y is' : 'ies are'} over budget`);
  process.exit(1);
}
