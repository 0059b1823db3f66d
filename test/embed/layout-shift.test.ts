// No layout shift: with the README's `:not(:defined)` snippet on a host page, each widget holds
// the same box before its script runs and while it loads, and never less than its documented
// reserve once loaded, empty or failed. This file defines the elements itself (after measuring),
// so it must not import a define module up front.
import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { routeFetch, type Route } from '../helpers/fetch.js';
import { captureWarnings } from '../helpers/console.js';
import { minimalDefinition } from '../fixtures/minimal-definition.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';

const readme = await fetch('/README.md').then((response) => response.text());
/** The CSS block that follows "No layout shift." in the README: what hosts copy into their page. */
const readmeSnippet = /\*\*No layout shift\.\*\*[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];

interface Widget {
  name: string;
  tag: 'npq-programme-finder' | 'npq-eligibility-checker' | 'npq-content-explorer' | 'npq-application-status';
  attributes: Record<string, string>;
  /** The reserve the element documents (its `min-block-size`), in em of its own text. */
  reserveEm: number;
}

const WIDGETS: Widget[] = [
  { name: 'finder', tag: 'npq-programme-finder', attributes: {}, reserveEm: 20 },
  { name: 'checker', tag: 'npq-eligibility-checker', attributes: {}, reserveEm: 20 },
  { name: 'explorer', tag: 'npq-content-explorer', attributes: { programme: 'npq-headship' }, reserveEm: 20 },
  { name: 'status badge', tag: 'npq-application-status', attributes: { programme: 'npq-headship' }, reserveEm: 1.75 },
  { name: 'status banner', tag: 'npq-application-status', attributes: { programme: 'npq-headship', variant: 'banner' }, reserveEm: 7 },
];

const NOW = '2026-07-01T12:00:00Z';

/** A common hub stylesheet: a 10px root for rem arithmetic and 16px body text. */
const HOST_CSS = 'html { font-size: 62.5%; } body { font-size: 1.6rem; margin: 0; } .column { inline-size: 900px; }';

function addStyle(text: string) {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return style;
}

/** One widget as a hub page writes it (fallback link inside), followed by the page's next paragraph. */
function place(column: HTMLElement, widget: Widget, src: string, extra: Record<string, string> = {}) {
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries({ ...widget.attributes, now: NOW, src, ...extra })) element.setAttribute(name, value);
  const fallback = document.createElement('a');
  fallback.href = 'https://riverside-tsh.example/npq/';
  fallback.textContent = 'See our NPQ courses';
  element.append(fallback);
  const next = document.createElement('p');
  next.textContent = `After the ${widget.name}`;
  column.append(element, next);
  return { element, next };
}

const reservePx = (element: Element, em: number) => em * parseFloat(getComputedStyle(element).fontSize);
const height = (element: Element) => element.getBoundingClientRect().height;

async function settled(elements: Element[]) {
  for (const element of elements) await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrame();
  await nextFrame();
}

let column: HTMLElement;
const styles: HTMLStyleElement[] = [];

before(async () => {
  expect(readmeSnippet, 'the README has a CSS snippet under "No layout shift."').to.be.a('string');
  styles.push(addStyle(HOST_CSS), addStyle(readmeSnippet!));
  // Tall enough to show every widget: the browser reports layout shifts inside the viewport only.
  await setViewport({ width: 1000, height: 1600 });
});

after(async () => {
  styles.forEach((style) => style.remove());
  await setViewport({ width: 800, height: 600 });
});

beforeEach(() => {
  column = document.createElement('div');
  column.className = 'column';
  document.body.append(column);
});

afterEach(() => column.remove());

describe('no layout shift on a host page with the README snippet', () => {
  it('reserves each widget’s documented space before its script runs, and keeps the same box while it loads', async () => {
    expect(customElements.get('npq-programme-finder'), 'not defined before this test').to.equal(undefined);
    const network = routeFetch(Object.fromEntries(WIDGETS.map((_, index): [string, Route] => [`/held-${index}.json`, { gate: new Promise<void>(() => {}) }])));
    try {
      const placed = WIDGETS.map((widget, index) => ({ widget, ...place(column, widget, `/held-${index}.json`) }));
      await nextFrame();
      expect(column.getBoundingClientRect().bottom, 'every widget in the viewport').to.be.below(window.innerHeight);
      const before = placed.map(({ widget, element, next }) => {
        const box = height(element);
        expect(box, `${widget.name} before definition`).to.be.closeTo(reservePx(element, widget.reserveEm), 0.5);
        return { box, width: element.getBoundingClientRect().width, nextTop: next.getBoundingClientRect().top };
      });

      const shifts: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      });
      observer.observe({ type: 'layout-shift' });
      await import('../../src/all.js');
      await settled(placed.map(({ element }) => element));
      for (const entry of observer.takeRecords() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
      observer.disconnect();

      placed.forEach(({ widget, element, next }, index) => {
        expect(element.shadowRoot?.querySelector('[aria-busy="true"]'), `${widget.name} shows its loading state`).to.not.equal(null);
        expect(height(element), `${widget.name} while loading`).to.be.closeTo(before[index]!.box, 0.5);
        expect(element.getBoundingClientRect().width, `${widget.name}'s width while loading`).to.be.closeTo(before[index]!.width, 0.5);
        expect(next.getBoundingClientRect().top, `the paragraph after the ${widget.name}`).to.be.closeTo(before[index]!.nextTop, 0.5);
      });
      expect(shifts, 'layout-shift entries').to.deep.equal([]);
    } finally {
      network.restore();
    }
  });

  describe('keeps at least the reserve once the widget settles', () => {
    before(() => import('../../src/all.js'));

    const loaded: Record<string, () => unknown> = {
      finder: minimalDefinition,
      checker: checkerDefinition,
      explorer: minimalDefinition,
      'status badge': minimalDefinition,
      'status banner': minimalDefinition,
    };
    /** Each widget's "nothing to show": no programme matches, no questions, a programme with no cohorts. */
    const empty: Record<string, [() => unknown, Record<string, string>]> = {
      finder: [minimalDefinition, { group: 'support' }],
      checker: [() => ({ ...checkerDefinition(), eligibility: undefined }), {}],
      explorer: [minimalDefinition, { programme: 'npq-leading-teaching', view: 'assessment' }],
      'status badge': [() => ({ ...minimalDefinition(), programmes: minimalDefinition().programmes.map((programme) => ({ ...programme, cohorts: [] })) }), {}],
      'status banner': [() => ({ ...minimalDefinition(), programmes: minimalDefinition().programmes.map((programme) => ({ ...programme, cohorts: [] })) }), {}],
    };

    for (const state of ['loaded', 'empty', 'error'] as const) {
      it(`${state}`, async () => {
        const routes: Record<string, Route> = {};
        WIDGETS.forEach((widget, index) => {
          const definition = state === 'empty' ? empty[widget.name]![0] : loaded[widget.name]!;
          routes[`/${state}-${index}.json`] = state === 'error' ? { status: 404, body: 'Not found' } : { body: JSON.stringify(definition()) };
        });
        const network = routeFetch(routes);
        const warnings = captureWarnings();
        try {
          const placed = WIDGETS.map((widget, index) => {
            const extra = state === 'empty' ? empty[widget.name]![1] : {};
            return { widget, ...place(column, widget, `/${state}-${index}.json`, extra) };
          });
          for (const { widget, element } of placed) {
            await waitUntil(() => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy="true"]'), `${widget.name} finishes loading`);
          }
          await settled(placed.map(({ element }) => element));
          for (const { widget, element } of placed) {
            expect(element.shadowRoot!.textContent!.trim().length, `${widget.name} shows something`).to.be.above(0);
            expect(height(element), `${widget.name} ${state}`).to.be.at.least(reservePx(element, widget.reserveEm) - 0.5);
          }
        } finally {
          warnings.restore();
          network.restore();
        }
      });
    }
  });
});
