// The benchmark's pure helpers; run by `npm run test:node`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSizeTable } from './size.js';
import { formatMs, median, replaceGenerated, GENERATED_END, GENERATED_START } from './stats.js';
import { cpuBetween, type TraceEvent } from './trace.js';

test('median of odd and even counts, ignoring NaN', () => {
  for (const [samples, expected] of [
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, Number.NaN, 1], 3],
  ] as const) {
    assert.equal(median(samples), expected);
  }
  assert.ok(Number.isNaN(median([])));
});

test('milliseconds keep about three significant figures', () => {
  for (const [value, expected] of [
    [0.4213, '0.42'],
    [12.345, '12.3'],
    [1530.4, '1,530'],
    [Number.NaN, '–'],
  ] as const) {
    assert.equal(formatMs(value), expected);
  }
});

test('generated results replace only the marked block', () => {
  const existing = `# Results\n\nintro\n\n${GENERATED_START}\nold\n${GENERATED_END}\n\n## Analysis\nkept\n`;
  const updated = replaceGenerated(existing, 'new table');
  assert.equal(updated, `# Results\n\nintro\n\n${GENERATED_START}\nnew table\n${GENERATED_END}\n\n## Analysis\nkept\n`);
  assert.ok(replaceGenerated('', 'first').startsWith(GENERATED_START));
});

test('the size table is read from the size script output, over-budget marks included', () => {
  const output = [
    '| entry | raw | gzip | brotli | gzip budget |',
    '| ----- | --- | ---- | ------ | ----------- |',
    '| core  | 69.7 kB | 25.1 kB | 22.5 kB | 25.5 kB |',
    '| kit   | 198.3 kB | 63.6 kB | 53.5 kB | 30.0 kB  OVER |',
  ].join('\n');
  assert.deepEqual(parseSizeTable(output), [
    { entry: 'core', raw: '69.7 kB', gzip: '25.1 kB', brotli: '22.5 kB', budget: '25.5 kB' },
    { entry: 'kit', raw: '198.3 kB', gzip: '63.6 kB', brotli: '53.5 kB', budget: '30.0 kB  OVER' },
  ]);
});

test('CPU between marks counts outermost events on the marking thread, clipped to the window', () => {
  const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'I', pid: 1, tid: 1, ts });
  const task = (ts: number, dur: number, tdur: number, tid = 1): TraceEvent => ({ name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid, ts, dur, tdur });
  const script = (ts: number, dur: number, tdur: number): TraceEvent => ({ name: 'FunctionCall', cat: 'devtools.timeline', ph: 'X', pid: 1, tid: 1, ts, dur, tdur });
  const events = [
    mark('start', 1000),
    mark('end', 5000),
    task(500, 1000, 800), // half inside: 400 µs
    script(1100, 200, 100), // inside the task above
    task(2000, 1000, 1000),
    script(2100, 400, 300),
    script(2200, 100, 100), // nested in the previous script event: not counted again
    task(2000, 1000, 1000, 2), // another thread
    task(6000, 1000, 1000), // after the window
  ];
  assert.deepEqual(cpuBetween(events, 'start', 'end'), { mainThread: 1.4, scripting: 0.4 });
  assert.equal(cpuBetween(events, 'start', 'missing'), undefined);
});
