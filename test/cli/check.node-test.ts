// Node-side tests of `npq-widgets check` (run by `node --test`): files, output lines, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check.js';
import { minimalDefinition } from '../fixtures/minimal-definition.js';

const SAMPLE = 'demo/data/programmes.json';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

const folder = mkdtempSync(join(tmpdir(), 'npq-check-'));
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

const inSchool = { course_start_cohort: '2026b', teacher_catchment: 'england', work_setting: 'a_school', previously_funded: 'no' };

test('check: one answer object prints one JSON result with outcome and funding', async () => {
  const { io, out } = capture();
  const code = await runCheck([SAMPLE, '--answers', JSON.stringify({ ...inSchool, course_identifier: 'npq-headship' })], io);
  assert.equal(code, 0);
  assert.equal(out.length, 1);
  const result = JSON.parse(out[0]!);
  assert.equal(result.outcome, 'funded');
  assert.equal(result.funding, 'funded');
  assert.equal(result.programme, 'npq-headship');
  assert.equal(result.cohort, '2026b');
  assert.match(result.decidedBy, /^\/eligibility\/policies\/1\/rules\/\d+$/);
});

test('check: --programme names the course instead of the answers', async () => {
  const { io, out } = capture();
  assert.equal(await runCheck([SAMPLE, '--answers', JSON.stringify({ ...inSchool, on_rise_list: 'no', on_pp50_list: 'no' }), '--programme', 'npq-leading-literacy'], io), 0);
  assert.equal(JSON.parse(out[0]!).outcome, 'ineligible_establishment_not_a_pp50');
});

test('check: a missing answer a rule needs gives unknown and names the question', async () => {
  const { io, out } = capture();
  const { previously_funded: _left, ...partial } = inSchool;
  assert.equal(await runCheck([SAMPLE, '--answers', JSON.stringify(partial), '--programme', 'npq-headship'], io), 0);
  const result = JSON.parse(out[0]!);
  assert.deepEqual([result.outcome, result.funding, result.missing], ['unknown', 'unknown', 'previously_funded']);
});

test('check: @file.jsonl evaluates one answer object per line, in order, and flags bad lines', async () => {
  const lines = [
    JSON.stringify({ ...inSchool, course_identifier: 'npq-headship' }),
    JSON.stringify({ course_start_cohort: '2026b', teacher_catchment: 'another', course_identifier: 'npq-headship' }),
    '',
    '[1, 2]',
    JSON.stringify({ ...inSchool, course_identifier: 'npq-senco', senco_in_role: 'yes', previously_funded: 'yes' }),
  ];
  const { io, out } = capture();
  assert.equal(await runCheck([SAMPLE, '--answers', `@${file('answers.jsonl', lines.join('\n'))}`], io), 1);
  assert.deepEqual(
    out.map((line) => JSON.parse(line).outcome ?? JSON.parse(line).error),
    ['funded', 'not_in_england', 'line 4: not a JSON object of answers', 'previously_funded'],
  );
});

test('check: --all prints the result for every programme', async () => {
  const { io, out } = capture();
  assert.equal(await runCheck([SAMPLE, '--answers', JSON.stringify(inSchool), '--all'], io), 0);
  const results = JSON.parse(out[0]!) as { programme: string; outcome: string }[];
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { programmes: { id: string }[] };
  assert.deepEqual(results.map((result) => result.programme), sample.programmes.map((programme) => programme.id));
  assert.equal(results.find((result) => result.programme === 'npq-headship')?.outcome, 'funded');
});

test('check: a definition without an eligibility section cannot be checked', async () => {
  const { io, out, err } = capture();
  assert.equal(await runCheck([file('plain.json', JSON.stringify(minimalDefinition())), '--answers', '{}'], io), 1);
  assert.deepEqual(out, []);
  assert.match(err.join('\n'), /no usable eligibility section/);
});

test('check: usage errors exit 2', async () => {
  for (const argv of [[], [SAMPLE], [SAMPLE, '--answers', '{}', '--colour'], [SAMPLE, '--answers', '{}', '--all', '--programme', 'npq-headship']]) {
    const { io, err } = capture();
    assert.equal(await runCheck(argv, io), 2, argv.join(' '));
    assert.match(err.join('\n'), /Usage: npq-widgets check/);
  }
});

test('check: an unknown programme is refused', async () => {
  const { io, err } = capture();
  assert.equal(await runCheck([SAMPLE, '--answers', '{}', '--programme', 'npq-nope'], io), 1);
  assert.match(err[0]!, /"npq-nope" is not in the definition/);
});
