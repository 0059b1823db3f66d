// Proves the harness catches failures: runs a deliberately failing browser test and expects the
// run to fail with exactly "1 passed, 1 failed".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.js'], {
  env: { ...process.env, WTR_FILES: 'test/harness/deliberately-failing.fixture.ts' },
  encoding: 'utf8',
});
const output = `${run.stdout}\n${run.stderr}`;
const summary = output.trim().split('\n').filter((line) => /^\d+ passed, \d+ failed/.test(line)).pop();
if (run.status !== 0 && summary === '1 passed, 1 failed') {
  console.log('harness self-check: a deliberately broken element failed the run, as it must');
} else {
  console.error(`harness self-check FAILED: exit ${run.status}, summary ${summary ?? '(none)'}\n${output}`);
  process.exit(1);
}
