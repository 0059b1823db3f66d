/**
 * Finder page: validation, then the first render of either the finder or the vanilla baseline
 * (`?render=`), then for the finder filter and keystroke latency. The runner drives it through
 * `window.bench`.
 */
import '../../src/elements/npq-programme-finder/define.js';
import { afterNextPaint, definitionProvider, fetchDefinition, frames, InteractionClock, pageParameter, validateTimed } from './common.js';
import { FACET_KEYS } from '../../src/core/finder/facets.js';
import { createFinder } from '../../src/core/finder/finder.js';
import { renderVanillaCards, type BaselineTimes } from './vanilla-cards.js';

export interface FirstRender {
  /** Definition ready → results painted. */
  total: number;
  /** Definition ready → the DOM built (the finder's update done), before style, layout and paint. */
  scripting: number;
  /** The baseline's split between the core query and building the DOM. */
  parts?: BaselineTimes;
  cards: number;
  /** Elements rendered (the finder's shadow root, or the baseline's box). */
  elements: number;
}

const programmes = Number(pageParameter('n'));
const now = pageParameter('now');
/**
 * Marks `bench:render:start`, `…:scripted` and `…:painted` around the first render.
 * Each page renders one thing, so each starts cold (no code warmed up by another): the finder, the
 * finder with every facet hidden (about the baseline's DOM), or the vanilla baseline.
 */
const render = pageParameter('render') as 'finder' | 'finder-without-facets' | 'baseline';
const box = document.getElementById('render-box')!;

const validated = validateTimed(await fetchDefinition(programmes));
let clock: InteractionClock | undefined;

async function renderFinder(): Promise<FirstRender> {
  const provider = definitionProvider(box);
  const element = document.createElement('npq-programme-finder');
  element.setAttribute('now', now);
  if (render === 'finder-without-facets') element.setAttribute('hide-facets', FACET_KEYS.join(' '));
  box.append(element);
  await element.updateComplete;
  await frames(2);
  performance.mark('bench:render:start');
  const start = performance.now();
  provider.ready(validated.definition);
  await element.updateComplete;
  const scripted = performance.now();
  performance.mark('bench:render:scripted');
  const painted = await afterNextPaint();
  performance.mark('bench:render:painted');
  await frames(2);
  clock = new InteractionClock(element, [window, element.shadowRoot!]);
  const root = element.shadowRoot!;
  return { total: painted - start, scripting: scripted - start, cards: root.querySelectorAll('.result').length, elements: root.querySelectorAll('*').length };
}

async function renderBaseline(): Promise<FirstRender> {
  box.classList.add('baseline');
  await frames(2);
  performance.mark('bench:render:start');
  const start = performance.now();
  const parts = renderVanillaCards(box, validated.definition, new Date(now));
  const scripted = performance.now();
  performance.mark('bench:render:scripted');
  const painted = await afterNextPaint();
  performance.mark('bench:render:painted');
  return { total: painted - start, scripting: scripted - start, parts, cards: parts.cards, elements: box.querySelectorAll('*').length };
}

/**
 * The core's share of a keystroke: the same searches (each prefix of `query`, as typed) straight
 * through `createFinder().find`, after the finder has warmed the same code up.
 */
function coreSearches(query: string): number[] {
  const finder = createFinder(validated.definition.programmes);
  const snapshot = finder.snapshot(new Date(now));
  // One unmeasured query first: building the index leaves garbage the next call would collect.
  finder.find(snapshot, { text: 'zz' });
  const samples: number[] = [];
  for (let length = 1; length <= query.length; length += 1) {
    const start = performance.now();
    finder.find(snapshot, { text: query.slice(0, length) });
    samples.push(performance.now() - start);
  }
  return samples;
}

const firstRender = () => (render === 'baseline' ? renderBaseline() : renderFinder());

function interactions() {
  if (!clock) throw new Error('bench page: render first');
  return clock;
}

const bench = {
  validation: validated.validation,
  issues: validated.issues,
  programmes: validated.definition.programmes.length,
  firstRender,
  arm: (kind: string, end: 'input' | 'change' | 'click') => interactions().arm(kind, end),
  settled: () => interactions().settled(),
  records: () => interactions().records,
  coreSearches,
};

Object.assign(window, { bench });
document.documentElement.dataset.benchReady = 'true';
