// Node-side tests of scripts/generate-jsx-types.js (run by `node --test`): the staleness check
// passes on the committed files, fails once the manifest gains an event, and regenerating adds
// that event to the JSX types and the React component.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const GENERATOR = resolve('scripts/generate-jsx-types.js');
const OUTPUTS = ['src/jsx.d.ts', 'src/react/jsx.d.ts', 'src/react/index.ts'];

/** A folder holding a copy of the manifest and the committed outputs, where the generator runs. */
function copyOfProject(): string {
  const folder = mkdtempSync(join(tmpdir(), 'npq-jsx-'));
  mkdirSync(join(folder, 'src/react'), { recursive: true });
  for (const path of ['custom-elements.json', ...OUTPUTS]) cpSync(path, join(folder, path));
  return folder;
}

interface Manifest {
  modules: { declarations?: { tagName?: string; events?: { name: string; description: string }[] }[] }[];
}

const run = (folder: string, ...args: string[]) => spawnSync(process.execPath, [GENERATOR, ...args], { cwd: folder, encoding: 'utf8' });

test('jsx-types --check passes on the committed files', () => {
  const result = run(copyOfProject(), '--check');
  assert.equal(result.status, 0, result.stderr);
});

test('jsx-types --check fails when the manifest has an event the files lack, and regenerating adds it', () => {
  const folder = copyOfProject();
  const manifestPath = join(folder, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const status = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'npq-application-status');
  assert.ok(status?.events, 'the manifest lists <npq-application-status> and its events');
  status.events.push({ name: 'npq-status-change', description: 'The status changed.' });
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

  const stale = run(folder, '--check');
  assert.equal(stale.status, 1);
  assert.match(stale.stderr, /src\/jsx\.d\.ts, src\/react\/index\.ts stale/);

  assert.equal(run(folder).status, 0);
  assert.match(readFileSync(join(folder, 'src/jsx.d.ts'), 'utf8'), /'onnpq-status-change'\?: \(event: CustomEvent<NpqEventDetails\['npq-status-change'\]>\) => void;/);
  assert.match(readFileSync(join(folder, 'src/react/index.ts'), 'utf8'), /onNpqStatusChange: npqEvent\('npq-status-change'\),/);
  assert.equal(run(folder, '--check').status, 0);
});

test('jsx-types --out-dir writes the two declaration files for the type build', () => {
  const folder = copyOfProject();
  assert.equal(run(folder, '--out-dir', 'dist/types').status, 0);
  assert.equal(readFileSync(join(folder, 'dist/types/jsx.d.ts'), 'utf8'), readFileSync('src/jsx.d.ts', 'utf8'));
  assert.equal(readFileSync(join(folder, 'dist/types/react/jsx.d.ts'), 'utf8'), readFileSync('src/react/jsx.d.ts', 'utf8'));
});
