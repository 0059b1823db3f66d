// Node-side tests of the CLI (run by `node --test`), since it reads files and exits with codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { minimalDefinition } from '../fixtures/minimal-definition.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

const folder = mkdtempSync(join(tmpdir(), 'npq-cli-'));
function file(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

test('validate: a clean definition exits 0 and says how many programmes it has', async () => {
  const { io, out, err } = capture();
  assert.equal(await main(['validate', file('clean.json', minimalDefinition())], io), 0);
  assert.deepEqual(out, []);
  assert.match(err.join('\n'), /valid, 2 programmes\./);
});

test('validate: the bundled sample definition is clean', async () => {
  const { io, out } = capture();
  assert.equal(await main(['validate', 'demo/data/programmes.json'], io), 0);
  assert.deepEqual(out, []);
});

test('validate: errors print as "path: message" and exit 1', async () => {
  const broken = minimalDefinition();
  (broken.programmes[0] as { links: unknown }).links = { apply: 'javascript:alert(1)' };
  const { io, out, err } = capture();
  assert.equal(await main(['validate', file('broken.json', broken)], io), 1);
  assert.deepEqual(out, [
    '/programmes/0/links/apply: expected an absolute https URL (such as https://example.org/page) without spaces or login details, found the text "javascript:alert(1)"',
  ]);
  assert.match(err.join('\n'), /1 error, 0 warnings; 1 programme usable/);
});

test('validate: warnings alone exit 0', async () => {
  const { io, out } = capture();
  assert.equal(await main(['validate', file('warn.json', { ...minimalDefinition(), colour: 'red' })], io), 0);
  assert.equal(out.length, 1);
  assert.match(out[0]!, /^\/colour: expected one of the known keys .* \(warning\)$/);
});

test('validate: a file that is not JSON is located', async () => {
  const { io, out } = capture();
  assert.equal(await main(['validate', file('bad.json', '{\n  "schemaVersion": 1,\n}')], io), 1);
  assert.match(out[0]!, /^\(file\): expected valid JSON, found a JSON syntax error at line 3, column 1$/);
});

test('validate: a missing file and a missing argument are usage errors', async () => {
  const missing = capture();
  assert.equal(await main(['validate', join(folder, 'nope.json')], missing.io), 2);
  assert.match(missing.err[0]!, /Could not read/);
  const bare = capture();
  assert.equal(await main(['validate'], bare.io), 2);
  assert.equal(await main(['frobnicate'], bare.io), 2);
});
