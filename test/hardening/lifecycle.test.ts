import { expect } from '@open-wc/testing';
import '../../src/elements/npq-programmes/define.js';
import '../../src/elements/npq-application-status/define.js';
import '../../src/elements/npq-programme-finder/define.js';
import '../../src/elements/npq-content-explorer/define.js';
import '../../src/elements/npq-eligibility-checker/define.js';
import { clearDefinitionCache } from '../../src/core/definition/load.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';
import { captureWarnings } from '../helpers/console.js';
import { routeFetch } from '../helpers/fetch.js';
import { nextTask, squash } from './page.js';
import { createWidget, fallbackLink } from './widgets.js';

const TAGS = ['npq-programmes', 'npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'] as const;
type Tag = (typeof TAGS)[number];

/**
 * Counts what the page holds on to: timers not yet run or cleared, listeners on `window` and
 * `document` not yet removed, and requests neither answered nor aborted.
 */
function countOutstanding() {
  const timers = new Set<number>();
  const listeners = new Map<string, number>();
  const requests = new Set<symbol>();
  type Timers = { setTimeout(handler: (...args: unknown[]) => void, timeout?: number, ...rest: unknown[]): number; clearTimeout(id?: number): void };
  const timerApi = window as unknown as Timers;
  const real = {
    setTimeout: timerApi.setTimeout,
    clearTimeout: timerApi.clearTimeout,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    fetch: window.fetch,
  };
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (value: object) => {
    if (!ids.has(value)) ids.set(value, (nextId += 1));
    return ids.get(value)!;
  };
  const keyOf = (target: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    return `${target === window ? 'window' : 'document'} ${type} ${listener ? idOf(listener) : 0} ${capture}`;
  };
  const watched = (target: EventTarget) => target === window || target === document;

  timerApi.setTimeout = (handler, timeout, ...rest) => {
    const id = real.setTimeout.call(
      window,
      (...args: unknown[]) => {
        timers.delete(id);
        handler(...args);
      },
      timeout,
      ...rest,
    );
    timers.add(id);
    return id;
  };
  timerApi.clearTimeout = (id) => {
    if (id !== undefined) timers.delete(id);
    real.clearTimeout.call(window, id);
  };
  EventTarget.prototype.addEventListener = function (this: EventTarget | undefined, type, listener, options) {
    // A bare `addEventListener(…)` call has no `this`: it means the window.
    const target = this ?? window;
    if (watched(target) && listener) {
      const key = keyOf(target, type, listener, options);
      // The same listener twice is one listener; `once` ones go when they run, which the page tracks for us.
      if (!(typeof options === 'object' && options.once)) listeners.set(key, 1);
    }
    real.add.call(target, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (this: EventTarget | undefined, type, listener, options) {
    const target = this ?? window;
    if (watched(target) && listener) listeners.delete(keyOf(target, type, listener, options));
    real.remove.call(target, type, listener, options);
  };
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = Symbol('request');
    requests.add(request);
    const settle = () => requests.delete(request);
    init?.signal?.addEventListener('abort', settle, { once: true });
    return real.fetch.call(window, input, init).finally(settle);
  };
  return {
    get timers() {
      return timers.size;
    },
    get listeners() {
      return [...listeners.keys()];
    },
    get requests() {
      return requests.size;
    },
    restore() {
      Object.assign(window, { setTimeout: real.setTimeout, clearTimeout: real.clearTimeout, fetch: real.fetch });
      EventTarget.prototype.addEventListener = real.add;
      EventTarget.prototype.removeEventListener = real.remove;
    },
  };
}

/** A widget as a hub places it; the status and explorer follow the real clock, so they keep a timer while shown. */
function widget(tag: Tag, source: { src: string } | { definition: unknown }): HTMLElement {
  const element = tag === 'npq-programmes' ? document.createElement(tag) : createWidget(tag, { realClock: true });
  if (tag === 'npq-programmes') element.append(fallbackLink(), createWidget('npq-application-status', { realClock: true }));
  if ('src' in source) element.setAttribute('src', source.src);
  else (element as HTMLElement & { definition: unknown }).definition = source.definition;
  return element;
}

async function settled(element: HTMLElement) {
  await nextTask();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** A cohort open until well after the test, so the status has a change to wait for. */
function definitionOpenNow() {
  const definition = checkerDefinition();
  const year = new Date().getUTCFullYear();
  definition.programmes[0]!.cohorts[0]!.applications = { opens: `${year - 1}-01-01`, closes: `${year + 2}-06-30T17:00` };
  definition.programmes[0]!.cohorts[0]!.starts = `${year + 2}-09-01`;
  return definition;
}

describe('connecting and disconnecting', () => {
  let counts: ReturnType<typeof countOutstanding>;
  let network: ReturnType<typeof routeFetch>;
  let warnings: ReturnType<typeof captureWarnings>;
  const json = JSON.stringify(definitionOpenNow());
  let release: () => void = () => undefined;

  beforeEach(() => {
    clearDefinitionCache();
    warnings = captureWarnings();
    network = routeFetch({
      '/hub/ready.json': { body: json },
      '/hub/slow.json': () => ({ body: json, gate: new Promise<void>((resolve) => (release = resolve)) }),
    });
    counts = countOutstanding();
  });
  afterEach(() => {
    counts.restore();
    network.restore();
    warnings.restore();
    release();
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('holds a timer while it waits for the status to change, and leaves nothing behind after 100 cycles', async function () {
        this.timeout(60_000);
        const element = widget(tag, { definition: definitionOpenNow() });
        document.body.append(element);
        await settled(element);
        // Shown: the status badge waits for its next change with a timer (proof the count sees timers).
        if (tag !== 'npq-eligibility-checker') expect(counts.timers, 'a timer while shown').to.be.at.least(1);
        element.remove();
        await nextTask();
        const before = { timers: counts.timers, listeners: counts.listeners };
        for (let cycle = 0; cycle < 100; cycle += 1) {
          document.body.append(element);
          await settled(element);
          element.remove();
        }
        await nextTask();
        expect(counts.timers, 'timers').to.equal(before.timers);
        expect(counts.listeners, 'window and document listeners').to.deep.equal(before.listeners);
        expect(counts.timers).to.equal(0);
      });

      it('cancels its request when removed mid-fetch, 100 times, and leaves no timer, listener or request', async function () {
        this.timeout(60_000);
        await nextTask();
        const before = counts.listeners;
        for (let cycle = 0; cycle < 100; cycle += 1) {
          const element = widget(tag, { src: '/hub/slow.json' });
          document.body.append(element);
          await nextTask();
          expect(counts.requests, 'a request under way').to.equal(1);
          element.remove();
          await nextTask();
        }
        expect(counts.requests, 'requests').to.equal(0);
        expect(counts.timers, 'timers (the 10-second time-out included)').to.equal(0);
        expect(counts.listeners, 'window and document listeners').to.deep.equal(before);
        expect(network.calls).to.have.length(100);
        expect(warnings.messages, 'nothing reported for a cancelled load').to.deep.equal([]);
      });

      it('loads once and reconnects from the shared file, 100 times, leaving nothing behind', async function () {
        this.timeout(60_000);
        const element = widget(tag, { src: '/hub/ready.json' });
        await nextTask();
        const before = counts.listeners;
        for (let cycle = 0; cycle < 100; cycle += 1) {
          document.body.append(element);
          await settled(element);
          await settled(element);
          element.remove();
        }
        await nextTask();
        expect(network.calls, 'one request for the file').to.deep.equal(['/hub/ready.json']);
        expect(counts.requests).to.equal(0);
        expect(counts.timers).to.equal(0);
        expect(counts.listeners).to.deep.equal(before);
      });
    });
  }

  for (const tag of ['npq-application-status', 'npq-programme-finder', 'npq-content-explorer'] as const) {
    it(`<${tag}> follows the real clock again, with its timer, once the now attribute is removed`, async () => {
      const element = createWidget(tag);
      (element as HTMLElement & { definition: unknown }).definition = definitionOpenNow();
      document.body.append(element);
      await settled(element);
      expect(counts.timers, 'no timer while `now` is fixed').to.equal(0);
      element.removeAttribute('now');
      await settled(element);
      expect(counts.timers, 'a timer for the next change').to.equal(1);
      element.remove();
      await nextTask();
      expect(counts.timers).to.equal(0);
    });
  }

  it('shows nothing and reports nothing when a response arrives after its widget was removed', async () => {
    const element = widget('npq-content-explorer', { src: '/hub/slow.json' });
    const events: string[] = [];
    element.addEventListener('npq-ready', () => events.push('ready'));
    element.addEventListener('npq-error', () => events.push('error'));
    document.body.append(element);
    await nextTask();
    element.remove();
    release();
    for (let tasks = 0; tasks < 5; tasks += 1) await nextTask();
    expect(events).to.deep.equal([]);
    expect(squash(element.shadowRoot!.textContent)).to.equal('Loading programme information');
    expect(counts.requests).to.equal(0);
  });

  it('counts a timer, a listener and a request that are left behind (the counts can fail)', async () => {
    const timer = setTimeout(() => undefined, 60_000);
    const listener = () => undefined;
    addEventListener('online', listener);
    void fetch('/hub/slow.json');
    await nextTask();
    expect(counts.timers).to.equal(1);
    expect(counts.listeners).to.have.length(1);
    expect(counts.requests).to.equal(1);
    clearTimeout(timer);
    removeEventListener('online', listener);
    release();
    await nextTask();
    expect([counts.timers, counts.listeners.length, counts.requests]).to.deep.equal([0, 0, 0]);
  });
});
