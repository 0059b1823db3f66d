/**
 * Network faults for every widget that loads its own file. The `<npq-programmes>` basics (an
 * accessible error per fault, one retry, the time-out, the newest src winning) are in
 * test/elements/npq-programmes/npq-programmes.test.ts; here each widget is also held to the
 * fallback link, one event, one warning and no unhandled rejection.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/elements/npq-programmes/define.js';
import '../../src/elements/npq-application-status/define.js';
import '../../src/elements/npq-programme-finder/define.js';
import '../../src/elements/npq-content-explorer/define.js';
import '../../src/elements/npq-eligibility-checker/define.js';
import { clearDefinitionCache } from '../../src/core/definition/load.js';
import { NpqProgrammes } from '../../src/elements/npq-programmes/npq-programmes.js';
import type { NpqErrorDetail } from '../../src/internal/events.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';
import { routeFetch, type Route } from '../helpers/fetch.js';
import { nextTask, squash, WIDGET_TAGS } from './page.js';
import { createWidget, FALLBACK_TEXT, fallbackLink } from './widgets.js';

const TAGS = ['npq-programmes', 'npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'] as const;
type Tag = (typeof TAGS)[number];

/** A definition whose first programme and first question carry a label, to tell files apart on screen. */
function labelled(label: string): string {
  const definition = checkerDefinition();
  definition.programmes[0]!.title = `NPQ in Headship (${label})`;
  definition.eligibility.questions[0]!.legend = `What is your role? (${label})`;
  return JSON.stringify(definition);
}

/** What a visitor sees once the file has loaded, which names its label. */
function showsFile(element: HTMLElement, label: string): boolean {
  if (element instanceof NpqProgrammes) return element.validDefinition?.programmes[0]?.title.includes(`(${label})`) === true;
  return squash(element.shadowRoot?.textContent).includes(`(${label})`);
}

function errorBox(element: HTMLElement): Element | null {
  return element.shadowRoot?.querySelector('[part="error"][role="alert"]') ?? null;
}

function fallbackShown(element: HTMLElement): string[] {
  const slot = errorBox(element)?.querySelector('slot');
  return [...(slot?.assignedElements() ?? [])].filter((node) => node instanceof HTMLAnchorElement).map((node) => squash(node.textContent));
}

let serial = 0;

interface Placed {
  element: HTMLElement;
  errors: NpqErrorDetail[];
  ready: number;
}

/** The widget with its own `src`, as a hub places it alone on a page. */
function place(tag: Tag, src: string): Placed {
  const element = tag === 'npq-programmes' ? document.createElement(tag) : createWidget(tag);
  if (tag === 'npq-programmes') element.append(fallbackLink());
  const placed: Placed = { element, errors: [], ready: 0 };
  element.addEventListener('npq-error', (event) => placed.errors.push(event.detail));
  element.addEventListener('npq-ready', () => (placed.ready += 1));
  element.setAttribute('src', src);
  document.body.append(element);
  return placed;
}

describe('network faults, for every widget with its own src', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let network: ReturnType<typeof routeFetch> | undefined;
  let rejections: unknown[];
  let uncaught: string[];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  const onError = (event: ErrorEvent) => uncaught.push(event.message);
  let placed: Placed[] = [];
  /** The kit's own warnings (sinon may warn about the harness's timers). */
  const kitWarnings = () => warnings.messages.filter((message) => message.startsWith('npq-widgets:'));

  beforeEach(() => {
    clearDefinitionCache();
    warnings = captureWarnings();
    rejections = [];
    uncaught = [];
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });

  afterEach(async () => {
    await nextTask();
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
    for (const { element } of placed) element.remove();
    placed = [];
    network?.restore();
    network = undefined;
    warnings.restore();
    sinon.restore();
  });

  /** The error state a visitor must see, and what the host page must get: one event, one warning, nothing thrown. */
  async function expectErrorState({ element, errors }: Placed, code: string, detail?: string) {
    await waitUntil(() => errorBox(element) !== null, `${element.localName} shows an error`, { timeout: 5_000 });
    expect(errors.map((error) => error.code), 'one npq-error').to.deep.equal([code]);
    if (detail) expect(`${errors[0]!.message} ${errors[0]!.issues.map((issue) => issue.message).join(' ')}`).to.contain(detail);
    expect(fallbackShown(element), 'the fallback link shows').to.deep.equal([FALLBACK_TEXT]);
    expect(squash(errorBox(element)!.textContent)).to.contain('Programme information is not available at the moment');
    expect(kitWarnings(), 'one console warning').to.have.length(1);
    await nextTask();
    expect(rejections, 'no unhandled rejection').to.deep.equal([]);
    expect(uncaught, 'no uncaught error').to.deep.equal([]);
  }

  const simpleFaults: { name: string; route: Route; code: string; detail: string; calls: number }[] = [
    { name: '404', route: { status: 404, body: 'Not found' }, code: 'http', detail: '404', calls: 1 },
    { name: '200 with an HTML page', route: { body: '<!doctype html><title>Hub</title><p>Welcome</p>', contentType: 'text/html' }, code: 'not-json', detail: 'an HTML page', calls: 1 },
    { name: 'JSON with a BOM and trailing garbage', route: { body: `\ufeff${labelled('bom')}\n<!-- cached by proxy -->` }, code: 'not-json', detail: 'line 2, column 1', calls: 1 },
  ];

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      for (const fault of simpleFaults) {
        it(`${fault.name}: the error state with the fallback link`, async () => {
          const url = `/hub/${(serial += 1)}.json`;
          network = routeFetch({ [url]: fault.route });
          const widget = place(tag, url);
          placed.push(widget);
          await expectErrorState(widget, fault.code, fault.detail);
          expect(network.calls).to.have.length(fault.calls);
        });
      }

      it('500 twice: one retry, then the error state', async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const url = `/hub/${(serial += 1)}.json`;
        network = routeFetch({ [url]: { status: 500, body: 'Internal Server Error' } });
        const widget = place(tag, url);
        placed.push(widget);
        await clock.tickAsync(1_000);
        clock.restore();
        await expectErrorState(widget, 'http', '500');
        expect(network.calls).to.have.length(2);
      });

      it('a response that never arrives: gives up after two 10-second waits', async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const url = `/hub/${(serial += 1)}.json`;
        network = routeFetch({ [url]: { gate: new Promise(() => undefined) } });
        const widget = place(tag, url);
        placed.push(widget);
        await clock.tickAsync(9_999);
        expect(errorBox(widget.element), 'still waiting').to.equal(null);
        await clock.tickAsync(11_001);
        clock.restore();
        await expectErrorState(widget, 'timeout', '10 seconds');
        expect(network.calls).to.have.length(2);
      });

      it('a CORS failure (a real cross-origin request without CORS headers)', async function () {
        this.timeout(15_000);
        const other = new URL(location.href);
        other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
        const widget = place(tag, new URL(`/demo/data/programmes.json?cors=${(serial += 1)}`, other).href);
        placed.push(widget);
        await expectErrorState(widget, 'network', 'cross-origin');
      });

      it('an address that is not a URL', async () => {
        const widget = place(tag, 'https://[npq');
        placed.push(widget);
        await expectErrorState(widget, 'bad-url', 'not a valid URL');
      });

      it('src changed twice, the first response arriving last: shows the last file only', async () => {
        const releases: (() => void)[] = [];
        const gate = () => new Promise<void>((resolve) => releases.push(resolve));
        const base = `/hub/${(serial += 1)}`;
        const first = `${base}-first.json`;
        const second = `${base}-second.json`;
        const third = `${base}-third.json`;
        network = routeFetch({
          [first]: { body: labelled('first'), gate: gate() },
          [second]: { body: labelled('second'), gate: gate() },
          [third]: { body: labelled('third') },
        });
        // A fetch that delivers a response even after it was told to stop, as some polyfills do.
        const routed = globalThis.fetch;
        globalThis.fetch = (input, init) => routed(input, { ...init, signal: null });
        const widget = place(tag, first);
        placed.push(widget);
        await nextTask();
        widget.element.setAttribute('src', second);
        await nextTask();
        widget.element.setAttribute('src', third);
        await waitUntil(() => showsFile(widget.element, 'third'), 'the third file shows');
        releases[1]!();
        releases[0]!();
        for (let tasks = 0; tasks < 5; tasks += 1) await nextTask();
        expect(showsFile(widget.element, 'third'), 'still the third file').to.equal(true);
        expect(widget.ready, 'npq-ready once, for the file shown').to.equal(1);
        expect(widget.errors).to.deep.equal([]);
        expect(rejections).to.deep.equal([]);
        expect(network.calls).to.deep.equal([first, second, third]);
      });

      it('offline at first, online by the retry: loads without an error', async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const url = `/hub/${(serial += 1)}.json`;
        let online = false;
        network = routeFetch({ [url]: () => (online ? { body: labelled('back') } : { networkError: true }) });
        const widget = place(tag, url);
        placed.push(widget);
        await clock.tickAsync(10);
        online = true;
        await clock.tickAsync(1_000);
        clock.restore();
        await waitUntil(() => showsFile(widget.element, 'back'), 'the file shows');
        expect(widget.errors).to.deep.equal([]);
        expect(kitWarnings()).to.deep.equal([]);
        expect(network.calls).to.have.length(2);
      });

      it('offline for both attempts: the error state, then loads once the browser is back online', async () => {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const url = `/hub/${(serial += 1)}.json`;
        let online = false;
        network = routeFetch({ [url]: () => (online ? { body: labelled('online') } : { networkError: true }) });
        const widget = place(tag, url);
        placed.push(widget);
        await clock.tickAsync(1_000);
        clock.restore();
        await expectErrorState(widget, 'network', 'network');
        await expectAccessible(widget.element);
        online = true;
        dispatchEvent(new Event('online'));
        await waitUntil(() => showsFile(widget.element, 'online'), 'the file shows once back online');
        expect(errorBox(widget.element), 'the error is gone').to.equal(null);
        expect(widget.ready).to.equal(1);
        expect(network.calls).to.have.length(3);
        expect(rejections).to.deep.equal([]);
      });
    });
  }

  it('a file with a byte order mark and nothing after it loads', async () => {
    const url = `/hub/${(serial += 1)}.json`;
    network = routeFetch({ [url]: { body: `\ufeff${labelled('bom')}` } });
    const widget = place('npq-content-explorer', url);
    placed.push(widget);
    await waitUntil(() => showsFile(widget.element, 'bom'), 'the file shows');
    expect(widget.errors).to.deep.equal([]);
  });

  it('inside <npq-programmes>, every widget shows the error and its own fallback; the event and warning come once', async () => {
    const url = `/hub/${(serial += 1)}.json`;
    network = routeFetch({ [url]: { status: 404 } });
    const programmes = place('npq-programmes', url);
    placed.push(programmes);
    const widgets = WIDGET_TAGS.map((tag) => createWidget(tag));
    programmes.element.append(...widgets);
    await expectErrorState(programmes, 'http', '404');
    for (const widget of widgets) {
      await waitUntil(() => errorBox(widget) !== null, `${widget.localName} shows the error`);
      expect(fallbackShown(widget), widget.localName).to.deep.equal([FALLBACK_TEXT]);
      expect(squash(errorBox(widget)!.textContent), 'no editor details inside <npq-programmes>').not.to.contain('Details for the website editor');
    }
  });
});
