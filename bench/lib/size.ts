/** Bundle sizes per entry, from the project's own size script (`npm run size`). */
import { spawnSync } from 'node:child_process';

export interface EntrySize {
  entry: string;
  raw: string;
  gzip: string;
  brotli: string;
  budget: string;
}

/** Reads the rows of the markdown table the size script prints (it exits 1 when over budget, which is still a result). */
export function parseSizeTable(output: string): EntrySize[] {
  const rows = output
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  return rows
    .slice(2)
    .filter((cells) => cells.length >= 5)
    .map(([entry, raw, gzip, brotli, budget]) => ({ entry: entry!, raw: raw!, gzip: gzip!, brotli: brotli!, budget: budget! }));
}

/** Builds dist/ from the current source first (`npm run size` does), so the figures are never a stale build's. */
export function measureBundles(projectRoot: string): { sizes: EntrySize[]; problem?: string } {
  const run = spawnSync('npm', ['run', '--silent', 'size'], { cwd: projectRoot, encoding: 'utf8' });
  const sizes = parseSizeTable(run.stdout ?? '');
  const problem = run.status === 0 ? undefined : (run.stderr || `size script exited with ${run.status}`).trim();
  return problem === undefined ? { sizes } : { sizes, problem };
}
