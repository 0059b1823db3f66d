/**
 * `npm run bench`: builds the bench pages, serves them on 127.0.0.1, drives the system Chromium
 * over definitions of 10 to 10,000 programmes, prints a markdown table of medians and writes it
 * into bench/RESULTS.md (between the generated-results markers, keeping the analysis around them).
 *
 * Options: --sizes=10,100   only these programme counts
 *          --runs=N         the same number of runs at every size (default: fewer for large sizes,
 *                           and extra runs only while the time budget allows)
 *          --budget=S       seconds the whole run should take at most (default 270)
 *          --profile        afterwards, CPU-profile the largest size (first render, keystrokes,
 *                           checker steps, page visits) into $TMPDIR/npq-widgets-bench/profiles
 *                           and print the hottest functions
 *          --only=finder,checker,load   only these parts (implies --no-write)
 *          --no-write       print only; leave RESULTS.md alone
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findBrowser, installAdvice } from '../scripts/find-browser.js';
import { checkerMessages } from '../src/elements/npq-eligibility-checker/messages.js';
import { BENCH_NOW, benchDefinitionText, SEED, SIZES } from './data.js';
import { currentLoad, describeMachine, type Machine } from './lib/machine.js';
import { hotFunctions, type CpuProfile } from './lib/profile.js';
import { cpuBetween, TRACE_CATEGORIES, type CpuWindow, type TraceEvent } from './lib/trace.js';
import { serveDirectory } from './lib/server.js';
import { measureBundles, type EntrySize } from './lib/size.js';
import { formatMs, formatRatio, markdownTable, median, replaceGenerated } from './lib/stats.js';
import type { InteractionRecord } from './pages/common.js';
import type { FirstRender } from './pages/finder.js';

const benchDir = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(benchDir, '..');
// Built pages and profiles go outside the project, so linting and type-checking never see them.
const workDir = join(tmpdir(), 'npq-widgets-bench');
const siteDir = join(workDir, 'site');
const profileDir = join(workDir, 'profiles');
const resultsFile = join(benchDir, 'RESULTS.md');

/** Thresholds from the issue: where a figure passes one, the results file says why. */
const MAX_FINDER_RATIO = 1.3;
const MAX_KEYSTROKE_SCRIPTING_MS = 4;

const VIEWPORT = { width: 1280, height: 900 };
const CPU_THROTTLING = 4;
/** The search typed one key at a time, and the filters ticked (facet, value). */
const TYPED_QUERY = 'leadership';
const LOAD_TYPED_QUERY = 'leader';
const FILTER_CLICKS: [string, string][] = [
  ['group', 'leadership'],
  ['phase', 'primary'],
  ['phase', 'primary'],
  ['group', 'leadership'],
];
/** The checker's answers, in the order the sample flow asks them; anything else takes the first choice. */
const CHECKER_ANSWERS: Record<string, string> = {
  course_start_cohort: '2026b',
  teacher_catchment: 'england',
  work_setting: 'a_school',
  role: 'senior-leader',
  course_identifier: 'npq-leading-teaching',
  previously_funded: 'no',
  on_rise_list: 'no',
  on_pp50_list: 'no',
};
const CHECKER_PLAN = Object.values(CHECKER_ANSWERS);

// ── Options ──────────────────────────────────────────────────────────────────────────────────────

const argv = process.argv.slice(2);
const option = (name: string) => argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (option('sizes')?.split(',').map(Number) ?? [...SIZES]).filter((size) => Number.isInteger(size) && size > 0);
const fixedRuns = option('runs') ? Math.max(1, Number(option('runs'))) : undefined;
const profiling = argv.includes('--profile');
const parts = new Set(option('only')?.split(',') ?? ['finder', 'checker', 'load']);
const writeResults = !argv.includes('--no-write') && !option('only');

/** Runs per size wanted; each size gets one of each, the rest only while the time budget allows. */
function runsFor(size: number, kind: 'finder' | 'checker' | 'load'): number {
  if (fixedRuns) return fixedRuns;
  const table = { finder: [5, 5, 4, 3], checker: [3, 3, 2, 1], load: [1, 1, 1, 1] }[kind];
  return table[size <= 10 ? 0 : size <= 100 ? 1 : size <= 1000 ? 2 : 3]!;
}

const budgetMs = Number(option('budget') ?? 270) * 1000;
const started = performance.now();

/**
 * When each size's extra runs must stop, so the run ends within the budget on a slow or busy
 * machine: the budget is shared out by size, the largest size counting 2.5 times.
 */
function deadlineFor(size: number): number {
  const weight = (value: number) => (value >= 10_000 ? 2.5 : 1);
  const total = sizes.reduce((sum, value) => sum + weight(value), 0);
  const upTo = sizes.slice(0, sizes.indexOf(size) + 1).reduce((sum, value) => sum + weight(value), 0);
  return started + 0.95 * budgetMs * (upTo / total);
}
const loadAtStart = currentLoad();
const log = (message: string) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// ── Building the pages ───────────────────────────────────────────────────────────────────────────

async function buildSite(): Promise<Record<number, number>> {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(join(siteDir, 'data'), { recursive: true });
  const definitionChars: Record<number, number> = {};
  for (const size of sizes) {
    const text = benchDefinitionText(size);
    definitionChars[size] = text.length;
    writeFileSync(join(siteDir, 'data', `definition-${size}.json`), text);
  }
  const common = {
    bundle: true,
    // Unminified so profiles name functions; Lit's own published code is minified already.
    minify: false,
    target: 'es2022',
    tsconfig: join(projectRoot, 'tsconfig.json'),
    conditions: ['production'],
    sourcemap: 'linked' as const,
    // Type-only modules imported for their declarations make esbuild warn about side effects.
    logLevel: 'error' as const,
    outdir: siteDir,
  };
  await build({ ...common, entryPoints: ['finder', 'checker', 'load'].map((page) => join(benchDir, 'pages', `${page}.ts`)), format: 'esm' });
  await build({ ...common, entryPoints: [join(benchDir, 'pages', 'observe.ts')], format: 'iife' });
  for (const file of ['finder.html', 'checker.html', 'load-finder.html', 'load-checker.html', 'bench.css']) {
    const source = join(benchDir, 'pages', file);
    if (file.endsWith('.html')) writeFileSync(join(siteDir, file), readFileSync(source, 'utf8').replaceAll('__NOW__', BENCH_NOW));
    else copyFileSync(source, join(siteDir, file));
  }
  // The control: the finder's host page without the kit's script.
  const withoutKit = readFileSync(join(siteDir, 'load-finder.html'), 'utf8').replace(/\s*<script type="module" src="load.js"><\/script>/, '');
  writeFileSync(join(siteDir, 'load-none.html'), withoutKit);
  return definitionChars;
}

// ── Driving the pages ────────────────────────────────────────────────────────────────────────────

interface BenchWindow {
  bench: {
    validation: number;
    issues: number;
    programmes: number;
    firstRender(): Promise<FirstRender>;
    arm(kind: string, end: string): void;
    settled(): Promise<void>;
    records(): InteractionRecord[];
    coreSearches(query: string): number[];
    hasEligibility: boolean;
    timeEvaluateAll(answers: Record<string, string>, times: number): { samples: number[]; outcomes: string[] };
  };
  benchObserved: {
    longTasks: { start: number; duration: number }[];
    shifts: { start: number; value: number; hadRecentInput: boolean }[];
  };
}
declare const window: BenchWindow;

let origin = '';

async function openPage(
  browser: Browser,
  path: string,
  options: { throttling?: number; profileLoad?: boolean; waitForLoadOnly?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; profile: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  if (options.throttling !== undefined && options.throttling !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttling });
  const profile = async () => {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  };
  if (options.profileLoad) await profile();
  await page.goto(`${origin}/${path}`);
  try {
    if (!options.waitForLoadOnly) await page.waitForSelector('html[data-bench-ready]', { state: 'attached' });
  } catch (error) {
    throw new Error(`bench: ${path} did not get ready${errors.length ? `: ${errors.join('; ')}` : ''}`, { cause: error });
  }
  Object.assign(page, { benchCdp: cdp });
  return { context, page, profile };
}

async function stopProfile(page: Page, name: string): Promise<void> {
  const cdp = (page as unknown as { benchCdp: import('playwright-core').CDPSession }).benchCdp;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  mkdirSync(profileDir, { recursive: true });
  writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
  const total = (profile.endTime - profile.startTime) / 1000;
  console.log(`\n#### Profile: ${name} (${formatMs(total)} ms sampled, ${join(profileDir, `${name}.cpuprofile`)})\n`);
  for (const by of ['self', 'total'] as const) {
    console.log(`\nBy ${by} time:\n`);
    console.log(
      markdownTable(
        ['function (bundle position)', 'self ms', 'total ms', 'share'],
        hotFunctions(profile, 15, by).map((hot) => [hot.name, formatMs(hot.self), formatMs(hot.total), `${(hot.share * 100).toFixed(1)} %`]),
      ),
    );
  }
}

/**
 * Real (trusted) clicks without Playwright's wait-until-stable checks, which cost several frames
 * each; every target is on screen and enabled by then.
 */
const CLICK = { force: true } as const;

/** Runs `action` with the browser tracing `page`; returns its result and the trace's events. */
async function traced<T>(page: Page, action: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const outcome = await action().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  if (!outcome.ok) throw outcome.error;
  return { result: outcome.value, events: Array.isArray(trace) ? trace : (trace.traceEvents ?? []) };
}

const NO_CPU: CpuWindow = { mainThread: Number.NaN, scripting: Number.NaN };

/** CPU of a first render: main thread to the paint, script to the end of the update. */
function renderCpu(events: TraceEvent[]): CpuWindow {
  const painted = cpuBetween(events, 'bench:render:start', 'bench:render:painted') ?? NO_CPU;
  const scripted = cpuBetween(events, 'bench:render:start', 'bench:render:scripted') ?? NO_CPU;
  return { mainThread: painted.mainThread, scripting: scripted.scripting };
}

/** CPU of each recorded interaction, in order. */
function interactionCpu(events: TraceEvent[], count: number): CpuWindow[] {
  return Array.from({ length: count }, (_, index) => {
    const painted = cpuBetween(events, `bench:ix:${index}:start`, `bench:ix:${index}:painted`) ?? NO_CPU;
    const scripted = cpuBetween(events, `bench:ix:${index}:start`, `bench:ix:${index}:scripted`) ?? NO_CPU;
    return { mainThread: painted.mainThread, scripting: scripted.scripting };
  });
}

const nextFrames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

function finderLabel(page: Page, facet: string, value: string) {
  return page.locator(`npq-programme-finder label[for="npq-finder-${facet}-${value}"]`);
}

async function typeMeasured(page: Page, query: string, kind: string): Promise<void> {
  await page.locator('npq-programme-finder input[type="search"]').click();
  for (const key of query) {
    await page.evaluate((name) => window.bench.arm(name, 'input'), kind);
    await page.keyboard.press(key);
    await page.evaluate(() => window.bench.settled());
  }
}

/** A first render with its CPU time from the trace. */
type Rendered = FirstRender & { cpu: CpuWindow };
/** An interaction with its CPU time from the trace. */
type Interaction = InteractionRecord & { cpu: CpuWindow };

interface FinderRun {
  validation: number[];
  issues: number;
  finder: Rendered;
  baseline: Rendered;
  withoutFacets: Rendered;
  records: Interaction[];
  coreSearches: number[];
}

async function renderOnly(
  browser: Browser,
  size: number,
  render: 'baseline' | 'finder-without-facets',
  profile = false,
): Promise<{ validation: number; first: Rendered }> {
  const { context, page, profile: startProfile } = await openPage(browser, `finder.html?n=${size}&now=${BENCH_NOW}&render=${render}`);
  try {
    const validation = await page.evaluate(() => window.bench.validation);
    if (profile) await startProfile();
    const { result, events } = await traced(page, () => page.evaluate(() => window.bench.firstRender()));
    if (profile) await stopProfile(page, `${render}-first-render-${size}`);
    return { validation, first: { ...result, cpu: renderCpu(events) } };
  } finally {
    await context.close();
  }
}

/**
 * The finder, the baseline and the finder without facets, each in a fresh page (the baseline
 * alternately first and last), then the finder's filters and keystrokes.
 */
async function finderRun(browser: Browser, size: number, run: number, profile = false): Promise<FinderRun> {
  const baselineFirst = run % 2 === 1;
  const before = baselineFirst ? await renderOnly(browser, size, 'baseline') : undefined;
  const { context, page, profile: startProfile } = await openPage(browser, `finder.html?n=${size}&now=${BENCH_NOW}&render=finder`);
  let result: Omit<FinderRun, 'baseline' | 'withoutFacets'>;
  try {
    const { validation, issues } = await page.evaluate(() => ({ validation: window.bench.validation, issues: window.bench.issues }));
    const { result: finder, events } = await traced(page, async () => {
      if (profile) await startProfile();
      const rendered = await page.evaluate(() => window.bench.firstRender());
      if (profile) await stopProfile(page, `finder-first-render-${size}`);
      for (const [facet, value] of FILTER_CLICKS) {
        await page.evaluate(() => window.bench.arm('filter', 'change'));
        await finderLabel(page, facet, value).click(CLICK);
        await page.evaluate(() => window.bench.settled());
      }
      if (profile) await startProfile();
      await typeMeasured(page, TYPED_QUERY, 'keystroke');
      if (profile) await stopProfile(page, `finder-keystrokes-${size}`);
      return rendered;
    });
    const recorded = await page.evaluate(() => window.bench.records());
    const cpu = interactionCpu(events, recorded.length);
    const records = recorded.map((record, index) => ({ ...record, cpu: cpu[index]! }));
    const coreSearches = await page.evaluate((query) => window.bench.coreSearches(query), TYPED_QUERY);
    result = { validation: [validation], issues, finder: { ...finder, cpu: renderCpu(events) }, records, coreSearches };
  } finally {
    await context.close();
  }
  const withoutFacets = await renderOnly(browser, size, 'finder-without-facets');
  const baseline = before ?? (await renderOnly(browser, size, 'baseline'));
  return { ...result, validation: [...result.validation, withoutFacets.validation, baseline.validation], baseline: baseline.first, withoutFacets: withoutFacets.first };
}

interface CheckerRun {
  validation: number;
  records: Interaction[];
  evaluateAll: number[];
  outcomes: string[];
  path: string[];
}

/** Answers the questions as planned; returns the headings seen. Measures each Continue and the result. */
async function walkChecker(page: Page, measure: boolean, afterOutcome?: () => Promise<void>): Promise<string[]> {
  const checker = page.locator('npq-eligibility-checker');
  /** The page heading and the choices offered (radios, or a drop-down for a long list), in one round trip. */
  const look = () =>
    checker.evaluate((element) => {
      const select = element.shadowRoot?.querySelector<HTMLSelectElement>('select[name="answer"]');
      return {
        heading: element.shadowRoot?.querySelector('#npq-step-heading')?.textContent?.trim() ?? '',
        dropDown: select !== null && select !== undefined,
        values: select
          ? [...select.options].map((option) => option.value).filter((value) => value !== '')
          : [...(element.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="answer"]') ?? [])].map((input) => input.value),
      };
    });
  const path: string[] = [];
  for (let step = 0; step < 15; step += 1) {
    const { heading: current, values, dropDown } = await look();
    path.push(current);
    if (current === checkerMessages.checkHeading) {
      if (measure) await page.evaluate(() => window.bench.arm('result', 'click'));
      await checker.getByRole('button', { name: checkerMessages.seeResult }).click(CLICK);
      if (measure) await page.evaluate(() => window.bench.settled());
      else await nextFrames(page);
      path.push((await look()).heading);
      await afterOutcome?.();
      return path;
    }
    if (values.length === 0) return path;
    const value = CHECKER_PLAN.find((planned) => values.includes(planned)) ?? values[0]!;
    if (dropDown) await checker.locator('select[name="answer"]').selectOption(value, CLICK);
    else await checker.locator(`input[name="answer"][value="${value}"]`).check(CLICK);
    if (measure) await page.evaluate(() => window.bench.arm('step', 'submit'));
    await checker.getByRole('button', { name: checkerMessages.continue }).click(CLICK);
    if (measure) await page.evaluate(() => window.bench.settled());
    else await nextFrames(page);
  }
  return path;
}

async function checkerRun(browser: Browser, size: number, evaluations: number, profile = false): Promise<CheckerRun> {
  const { context, page, profile: startProfile } = await openPage(browser, `checker.html?n=${size}`);
  try {
    const { validation, hasEligibility } = await page.evaluate(() => ({ validation: window.bench.validation, hasEligibility: window.bench.hasEligibility }));
    if (!hasEligibility) throw new Error('bench: the bench definition lost its eligibility section in validation');
    const { result: path, events } = await traced(page, async () => {
      if (profile) await startProfile();
      const walked = await walkChecker(page, true);
      if (profile) await stopProfile(page, `checker-steps-${size}`);
      return walked;
    });
    const recorded = await page.evaluate(() => window.bench.records());
    const cpu = interactionCpu(events, recorded.length);
    const records = recorded.map((record, index) => ({ ...record, cpu: cpu[index]! }));
    if (profile) await startProfile();
    const { samples, outcomes } = await page.evaluate(([answers, times]) => window.bench.timeEvaluateAll(answers, times), [CHECKER_ANSWERS, evaluations] as const);
    if (profile) await stopProfile(page, `checker-evaluate-all-${size}`);
    return { validation, records, evaluateAll: samples, outcomes, path };
  } finally {
    await context.close();
  }
}

interface LoadRun {
  longTasks: number;
  longTaskTotal: number;
  longTaskMax: number;
  layoutShift: number;
}

/** Page load plus ten interactions on a hub page; long tasks and layout shifts for the whole visit. */
async function loadRun(browser: Browser, widget: 'finder' | 'checker', size: number, throttling: number, profile = false): Promise<LoadRun> {
  const { context, page } = await openPage(browser, `load-${widget}.html?n=${size}`, { throttling, profileLoad: profile });
  try {
    if (widget === 'finder') {
      for (const [facet, value] of FILTER_CLICKS) {
        await finderLabel(page, facet, value).click(CLICK);
        await nextFrames(page);
      }
      await page.locator('npq-programme-finder input[type="search"]').focus();
      for (const key of LOAD_TYPED_QUERY) {
        await page.keyboard.press(key);
        await nextFrames(page);
      }
    } else {
      // Eight answers (a choice and Continue each), "See your result", then "Start again".
      await walkChecker(page, false, async () => {
        await page.locator('npq-eligibility-checker').getByRole('button', { name: checkerMessages.startAgain }).click(CLICK);
        await nextFrames(page);
      });
    }
    // Let the finder's settle timer (600 ms: announcement, event, address) run too.
    await page.waitForTimeout(700);
    if (profile) await stopProfile(page, `${widget}-page-visit-${size}-cpu${throttling}x`);
    return summariseObserved(await page.evaluate(() => window.benchObserved));
  } finally {
    await context.close();
  }
}

/** The same host page without the kit: long tasks the browser has anyway (navigation, first layout). */
async function controlRun(browser: Browser, throttling: number): Promise<LoadRun> {
  const { context, page } = await openPage(browser, 'load-none.html', { throttling, waitForLoadOnly: true });
  try {
    await page.waitForTimeout(800);
    return summariseObserved(await page.evaluate(() => window.benchObserved));
  } finally {
    await context.close();
  }
}

function summariseObserved(observed: BenchWindow['benchObserved']): LoadRun {
  const durations = observed.longTasks.map((task) => task.duration);
  return {
    longTasks: durations.length,
    longTaskTotal: durations.reduce((sum, duration) => sum + duration, 0),
    longTaskMax: Math.max(0, ...durations),
    layoutShift: observed.shifts.filter((shift) => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0),
  };
}

// ── Summaries ────────────────────────────────────────────────────────────────────────────────────

interface SizeResults {
  size: number;
  finderRuns: number;
  checkerRuns: number;
  definitionChars: number;
  issues: number;
  validation: number[];
  finder: number[];
  finderScripting: number[];
  baseline: number[];
  baselineQuery: number[];
  ratio: number[];
  withoutFacets: number[];
  withoutFacetsRatio: number[];
  elements: string;
  /** Main-thread CPU of the first renders, and of the finder's script up to its update being done. */
  finderCpu: number[];
  finderScriptCpu: number[];
  baselineCpu: number[];
  withoutFacetsCpu: number[];
  cpuRatio: number[];
  withoutFacetsCpuRatio: number[];
  filterScriptCpu: number[];
  keyScriptCpu: number[];
  keyMainCpu: number[];
  stepMainCpu: number[];
  resultMainCpu: number[];
  filterScripting: number[];
  filterToPaint: number[];
  keyScripting: number[];
  keyUpdate: number[];
  keyCore: number[];
  keyToPaint: number[];
  keyEventTimingMax: number;
  filterEventTimingMax: number;
  stepToPaint: number[];
  stepScripting: number[];
  resultToPaint: number[];
  evaluateAll: number[];
  checkerPath: string[];
  load: Record<string, LoadRun[]>;
}

const cpuOf = (records: Interaction[], kind: string, field: keyof CpuWindow) =>
  records.filter((record) => record.kind === kind).map((record) => record.cpu[field]);

const pick = (records: InteractionRecord[], kind: string, field: 'scripting' | 'update' | 'toPaint' | 'eventTiming') =>
  records.filter((record) => record.kind === kind).map((record) => record[field]);

async function measureSize(browser: Browser, size: number, definitionChars: number): Promise<SizeResults> {
  const results: SizeResults = {
    size,
    finderRuns: 0,
    checkerRuns: 0,
    definitionChars,
    issues: 0,
    validation: [],
    finder: [],
    finderScripting: [],
    baseline: [],
    baselineQuery: [],
    ratio: [],
    withoutFacets: [],
    withoutFacetsRatio: [],
    elements: '',
    finderCpu: [],
    finderScriptCpu: [],
    baselineCpu: [],
    withoutFacetsCpu: [],
    cpuRatio: [],
    withoutFacetsCpuRatio: [],
    filterScriptCpu: [],
    keyScriptCpu: [],
    keyMainCpu: [],
    stepMainCpu: [],
    resultMainCpu: [],
    filterScripting: [],
    filterToPaint: [],
    keyScripting: [],
    keyUpdate: [],
    keyCore: [],
    keyToPaint: [],
    keyEventTimingMax: 0,
    filterEventTimingMax: 0,
    stepToPaint: [],
    stepScripting: [],
    resultToPaint: [],
    evaluateAll: [],
    checkerPath: [],
    load: {},
  };
  const addFinderRun = async (run: number) => {
    log(`${size} programmes: finder run ${run + 1}`);
    const { validation, issues, finder, baseline, withoutFacets, records, coreSearches } = await finderRun(browser, size, run);
    results.finderRuns += 1;
    results.issues = issues;
    results.validation.push(...validation);
    results.finder.push(finder.total);
    results.finderScripting.push(finder.scripting);
    results.baseline.push(baseline.total);
    results.baselineQuery.push(baseline.parts?.query ?? Number.NaN);
    results.ratio.push(finder.total / baseline.total);
    results.withoutFacets.push(withoutFacets.total);
    results.withoutFacetsRatio.push(withoutFacets.total / baseline.total);
    results.finderCpu.push(finder.cpu.mainThread);
    results.finderScriptCpu.push(finder.cpu.scripting);
    results.baselineCpu.push(baseline.cpu.mainThread);
    results.withoutFacetsCpu.push(withoutFacets.cpu.mainThread);
    results.cpuRatio.push(finder.cpu.mainThread / baseline.cpu.mainThread);
    results.withoutFacetsCpuRatio.push(withoutFacets.cpu.mainThread / baseline.cpu.mainThread);
    results.filterScriptCpu.push(...cpuOf(records, 'filter', 'scripting'));
    results.keyScriptCpu.push(...cpuOf(records, 'keystroke', 'scripting'));
    results.keyMainCpu.push(...cpuOf(records, 'keystroke', 'mainThread'));
    if (finder.cards !== baseline.cards) throw new Error(`bench: the finder showed ${finder.cards} cards and the baseline ${baseline.cards}`);
    results.elements = `${finder.elements} / ${withoutFacets.elements} / ${baseline.elements}`;
    results.filterScripting.push(...pick(records, 'filter', 'scripting'));
    results.filterToPaint.push(...pick(records, 'filter', 'toPaint'));
    results.keyScripting.push(...pick(records, 'keystroke', 'scripting'));
    results.keyUpdate.push(...pick(records, 'keystroke', 'update'));
    results.keyCore.push(...coreSearches);
    results.keyToPaint.push(...pick(records, 'keystroke', 'toPaint'));
    results.keyEventTimingMax = Math.max(results.keyEventTimingMax, ...pick(records, 'keystroke', 'eventTiming'));
    results.filterEventTimingMax = Math.max(results.filterEventTimingMax, ...pick(records, 'filter', 'eventTiming'));
  };
  const evaluations = size >= 10_000 ? 1 : size >= 1000 ? 3 : 10;
  const addCheckerRun = async (run: number) => {
    log(`${size} programmes: checker run ${run + 1}`);
    const checker = await checkerRun(browser, size, evaluations);
    results.checkerRuns += 1;
    results.validation.push(checker.validation);
    results.stepToPaint.push(...pick(checker.records, 'step', 'toPaint'));
    results.stepScripting.push(...pick(checker.records, 'step', 'scripting'));
    results.resultToPaint.push(...pick(checker.records, 'result', 'toPaint'));
    results.stepMainCpu.push(...cpuOf(checker.records, 'step', 'mainThread'));
    results.resultMainCpu.push(...cpuOf(checker.records, 'result', 'mainThread'));
    results.evaluateAll.push(...checker.evaluateAll);
    results.checkerPath = checker.path;
  };

  // One of everything first, then more finder and checker runs while this size's time lasts.
  if (parts.has('finder')) await addFinderRun(0);
  if (parts.has('checker')) await addCheckerRun(0);
  for (const widget of parts.has('load') ? (['finder', 'checker'] as const) : []) {
    for (const throttling of [1, CPU_THROTTLING]) {
      const key = `${widget}@${throttling}`;
      results.load[key] = [];
      for (let run = 0; run < runsFor(size, 'load'); run += 1) {
        log(`${size} programmes: ${widget} page load + 10 interactions, CPU ${throttling}× slower, run ${run + 1}`);
        results.load[key].push(await loadRun(browser, widget, size, throttling));
      }
    }
  }
  const deadline = fixedRuns ? Infinity : deadlineFor(size);
  const wanted = { finder: parts.has('finder') ? runsFor(size, 'finder') : 0, checker: parts.has('checker') ? runsFor(size, 'checker') : 0 };
  while ((results.finderRuns < wanted.finder || results.checkerRuns < wanted.checker) && performance.now() < deadline) {
    if (results.finderRuns < wanted.finder) await addFinderRun(results.finderRuns);
    if (results.checkerRuns < wanted.checker && performance.now() < deadline) await addCheckerRun(results.checkerRuns);
  }
  return results;
}

const sizeHeader = (all: SizeResults[]) => all.map((result) => `${result.size.toLocaleString('en-GB')} programmes`);
const ms = (samples: number[]) => formatMs(median(samples));
const max = (samples: number[]) => formatMs(Math.max(...samples));

function resultsTable(all: SizeResults[]): string {
  const row = (label: string, cell: (result: SizeResults) => string) => [label, ...all.map(cell)];
  const loadCell = (key: string) => (result: SizeResults) => {
    const runs = result.load[key] ?? [];
    return `${formatMs(median(runs.map((run) => run.longTasks)))} / ${ms(runs.map((run) => run.longTaskTotal))} / ${ms(runs.map((run) => run.longTaskMax))}`;
  };
  const shiftCell = (key: string) => (result: SizeResults) => {
    const shift = median((result.load[key] ?? []).map((run) => run.layoutShift));
    return Number.isFinite(shift) ? shift.toFixed(3) : '–';
  };
  const flag = (over: boolean) => (over ? ' ⚠' : '');
  const both = (wall: number[], cpu: number[]) => `${ms(wall)} / ${ms(cpu)}`;
  return markdownTable(
    ['median, ms (wall / CPU where both)', ...sizeHeader(all)],
    [
      row('definition file (characters)', (result) => result.definitionChars.toLocaleString('en-GB')),
      row('validation (`validateDefinition`, fresh page)', (result) => ms(result.validation)),
      row('**finder first render** (definition ready → painted)', (result) => both(result.finder, result.finderCpu)),
      row('… its script, to the update done (CPU)', (result) => ms(result.finderScriptCpu)),
      row('vanilla baseline, same cards', (result) => both(result.baseline, result.baselineCpu)),
      row('… its core query (index, snapshot, find; wall)', (result) => ms(result.baselineQuery)),
      row(
        '**finder ÷ baseline**',
        (result) => `${formatRatio(median(result.ratio))} / ${formatRatio(median(result.cpuRatio))}${flag(median(result.cpuRatio) > MAX_FINDER_RATIO)}`,
      ),
      row('finder with every facet hidden', (result) => both(result.withoutFacets, result.withoutFacetsCpu)),
      row('… ÷ baseline', (result) => `${formatRatio(median(result.withoutFacetsRatio))} / ${formatRatio(median(result.withoutFacetsCpuRatio))}`),
      row('elements rendered (finder / facets hidden / baseline)', (result) => result.elements),
      row('filter click: scripting', (result) => both(result.filterScripting, result.filterScriptCpu)),
      row('filter click: to next paint (wall)', (result) => ms(result.filterToPaint)),
      row('**keystroke: scripting** (wall, median / max)', (result) => `${ms(result.keyScripting)} / ${max(result.keyScripting)}`),
      row(
        '**keystroke: scripting** (CPU, median / max)',
        (result) =>
          `${ms(result.keyScriptCpu)} / ${max(result.keyScriptCpu)}${flag(result.size >= 10_000 && median(result.keyScriptCpu) > MAX_KEYSTROKE_SCRIPTING_MS)}`,
      ),
      row("… the finder's update (wall, median / max)", (result) => `${ms(result.keyUpdate)} / ${max(result.keyUpdate)}`),
      row('… the core `find` alone, warm (wall, median / max)', (result) => `${ms(result.keyCore)} / ${max(result.keyCore)}`),
      row('keystroke: main thread to next paint (CPU)', (result) => ms(result.keyMainCpu)),
      row('keystroke: to next paint (wall)', (result) => ms(result.keyToPaint)),
      row('Event Timing, longest (keystroke / filter)', (result) => `${result.keyEventTimingMax || '< 16'} / ${result.filterEventTimingMax || '< 16'}`),
      row('**checker step**: Continue → next page painted (wall, median / max)', (result) => `${ms(result.stepToPaint)} / ${max(result.stepToPaint)}`),
      row('… main thread (CPU, median / max)', (result) => `${ms(result.stepMainCpu)} / ${max(result.stepMainCpu)}`),
      row('checker: See your result → outcome painted', (result) => both(result.resultToPaint, result.resultMainCpu)),
      row('**`evaluateAll`** (every programme; wall)', (result) => ms(result.evaluateAll)),
      row('finder page, long tasks: count / total / longest', loadCell('finder@1')),
      row(`… CPU ${CPU_THROTTLING}× slower`, loadCell(`finder@${CPU_THROTTLING}`)),
      row('checker page, long tasks: count / total / longest', loadCell('checker@1')),
      row(`… CPU ${CPU_THROTTLING}× slower`, loadCell(`checker@${CPU_THROTTLING}`)),
      row('layout shift, finder page (1× / 4×)', (result) => `${shiftCell('finder@1')(result)} / ${shiftCell(`finder@${CPU_THROTTLING}`)(result)}`),
      row('layout shift, checker page (1× / 4×)', (result) => `${shiftCell('checker@1')(result)} / ${shiftCell(`checker@${CPU_THROTTLING}`)(result)}`),
    ],
  );
}

function runsNote(all: SizeResults[]): string {
  return all
    .map(
      (result) =>
        `${result.size.toLocaleString('en-GB')}: ${result.finderRuns} finder runs (${result.keyScripting.length} keystrokes, ${result.filterScripting.length} filter clicks), ` +
        `${result.checkerRuns} checker runs (${result.stepToPaint.length} steps, ${result.evaluateAll.length} \`evaluateAll\`), ` +
        `${runsFor(result.size, 'load')} load run(s) per page and CPU setting; ${result.issues} validation issue(s)`,
    )
    .join('; ');
}

function thresholdNotes(all: SizeResults[]): string[] {
  const notes: string[] = [];
  for (const result of all) {
    const ratio = median(result.cpuRatio);
    if (ratio > MAX_FINDER_RATIO) {
      notes.push(`finder first render at ${result.size.toLocaleString('en-GB')} programmes takes ${formatRatio(ratio)} the baseline's main-thread CPU (limit ${MAX_FINDER_RATIO}×)`);
    }
    const key = median(result.keyScriptCpu);
    if (result.size >= 10_000 && key > MAX_KEYSTROKE_SCRIPTING_MS) {
      notes.push(`a keystroke at ${result.size.toLocaleString('en-GB')} programmes takes ${formatMs(key)} ms of scripting CPU (limit ${MAX_KEYSTROKE_SCRIPTING_MS} ms)`);
    }
  }
  return notes;
}

function controlNote(control: Record<number, LoadRun[]>): string {
  const describe = (runs: LoadRun[]) =>
    `${formatMs(median(runs.map((run) => run.longTasks)))} / ${ms(runs.map((run) => run.longTaskTotal))} / ${ms(runs.map((run) => run.longTaskMax))}`;
  return `For comparison, the same host page without the kit (no script): long tasks ${describe(control[1]!)} at full speed and ${describe(control[CPU_THROTTLING]!)} with the CPU ${CPU_THROTTLING}× slower (navigation and the first layout of the page).`;
}

function sizesTable(sizesMeasured: EntrySize[]): string {
  return markdownTable(
    ['entry', 'raw', 'gzip', 'brotli', 'gzip budget'],
    sizesMeasured.map((entry) => [entry.entry, entry.raw, entry.gzip, entry.brotli, entry.budget]),
  );
}

function machineList(machine: Machine): string {
  return [
    `- CPU: ${machine.cpu}, ${machine.cores} cores; memory ${machine.memory}`,
    `- OS: ${machine.os}`,
    `- Browser: ${machine.browser} (headless, system binary), viewport ${VIEWPORT.width}×${VIEWPORT.height}`,
    `- Node ${machine.node}; measured ${machine.date} on ${machine.source}; load average (1 min) ${machine.load}`,
  ].join('\n');
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const executablePath = findBrowser();
  if (!executablePath) {
    console.error(installAdvice);
    process.exit(1);
  }
  log(`building pages and definitions for ${sizes.join(', ')} programmes`);
  const definitionChars = await buildSite();
  const server = await serveDirectory(siteDir);
  origin = server.origin;
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
  const all: SizeResults[] = [];
  const control: Record<number, LoadRun[]> = {};
  try {
    if (parts.has('load')) {
      for (const throttling of [1, CPU_THROTTLING]) {
        log(`host page without the kit, CPU ${throttling}× slower`);
        control[throttling] = [];
        for (let run = 0; run < 2; run += 1) control[throttling].push(await controlRun(browser, throttling));
      }
    }
    for (const size of sizes) all.push(await measureSize(browser, size, definitionChars[size]!));
    log('bundle sizes (npm run size)');
    const bundles = measureBundles(projectRoot);
    const machine = describeMachine(`Chromium ${browser.version()}`, loadAtStart, projectRoot);
    const notes = thresholdNotes(all);
    const generated = [
      '## Latest figures',
      '',
      machineList(machine),
      `- Definitions: \`generateDefinition\` (seed ${SEED}) plus the sample hub's eligibility questions; "now" fixed at ${BENCH_NOW}.`,
      `- Runs: ${runsNote(all)}.`,
      '',
      resultsTable(all),
      '',
      ...(control[1] ? [controlNote(control)] : []),
      '',
      `Wall is elapsed time; CPU is the page's main-thread time from a trace (thread time), which other work on the machine does not inflate. Long tasks are tasks over 50 ms during the page load and ten interactions (finder: four filter clicks and typing "${LOAD_TYPED_QUERY}"; checker: eight answers, the result and "Start again"), as count / total ms / longest ms, wall. Layout shift is the sum of shifts not caused by input. ⚠ marks a figure over the issue's thresholds, judged on CPU time: finder ÷ baseline over ${MAX_FINDER_RATIO}×, keystroke scripting at 10,000 programmes over ${MAX_KEYSTROKE_SCRIPTING_MS} ms.`,
      '',
      '### Bundle size per entry (`npm run size`)',
      '',
      bundles.sizes.length > 0 ? sizesTable(bundles.sizes) : '(the size script printed no table)',
      ...(bundles.problem ? ['', `The size script reported: ${bundles.problem}`] : []),
      '',
      '### Over the thresholds',
      '',
      ...(notes.length > 0 ? notes.map((note) => `- ${note}`) : ['- nothing']),
    ].join('\n');
    console.log(generated);
    if (writeResults) {
      const existing = (() => {
        try {
          return readFileSync(resultsFile, 'utf8');
        } catch {
          return '# Benchmark results\n';
        }
      })();
      writeFileSync(resultsFile, replaceGenerated(existing, generated));
      log('wrote bench/RESULTS.md');
    }
    if (profiling) {
      const size = Math.max(...sizes);
      log(`profiling ${size} programmes`);
      if (parts.has('finder')) {
        await finderRun(browser, size, 0, true);
        await renderOnly(browser, size, 'baseline', true);
      }
      if (parts.has('checker')) await checkerRun(browser, size, 1, true);
      if (parts.has('load')) for (const widget of ['finder', 'checker'] as const) await loadRun(browser, widget, size, 1, true);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  log('done');
}

await main();
