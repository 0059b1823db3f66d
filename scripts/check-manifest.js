// Fails when the committed custom-elements.json differs from what the source generates now.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const outdir = '.cache/manifest-check';
try {
  const run = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.js', '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, CEM_OUTDIR: outdir },
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json matches the source');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
