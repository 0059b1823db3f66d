// Scans what ships to browsers for code a strict CSP would block or that renders inline styles,
// and checks that React reaches only the React entry point (dist/react), never the Lit-only
// modules or the CDN bundles.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

const FORBIDDEN = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/\bFunction\s*\(\s*["'`]/, 'Function("…")'],
  [/\bstyle\s*=\s*["'`$]/, 'an inline style= attribute'],
  [/setTimeout\s*\(\s*["'`]/, 'setTimeout with a string'],
];

const REACT = [
  [/\b(?:from|import)\s*\(?\s*["'](?:react|react-dom|@lit\/react)(?:\/[^"']*)?["']/, 'an import of React'],
  [/Symbol\.for\(\s*["']react\./, "React's own code"],
];
const reactEntry = join('dist', 'react') + sep;

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (path.endsWith('.js') && !path.includes(`${join('dist', 'cli')}`)) yield path;
  }
}

const findings = [];
let scanned = 0;
for (const file of files('dist')) {
  scanned += 1;
  const text = readFileSync(file, 'utf8');
  for (const [pattern, what] of FORBIDDEN) if (pattern.test(text)) findings.push(`${file}: ${what}`);
  if (!file.startsWith(reactEntry)) for (const [pattern, what] of REACT) if (pattern.test(text)) findings.push(`${file}: ${what} outside dist/react`);
}
if (findings.length > 0) {
  console.error(`Built files contain code a strict CSP forbids, or React outside its entry point:\n${findings.join('\n')}`);
  process.exit(1);
}
console.log(`scan-build: ${scanned} built files, no eval, new Function or inline styles, React only in dist/react`);
