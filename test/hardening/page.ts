/**
 * What a careful host would watch on its page while the widgets render hostile data: scripts that
 * run (a `window.__pwned` trap), uncaught errors, unhandled rejections and long tasks; and what the
 * rendered shadow roots may contain.
 */
import { expect } from '@open-wc/testing';

export const WIDGET_TAGS = ['npq-application-status', 'npq-programme-finder', 'npq-content-explorer', 'npq-eligibility-checker'] as const;
export type WidgetTag = (typeof WIDGET_TAGS)[number];

export interface PageWatch {
  errors: string[];
  rejections: string[];
  /** Durations of tasks over 50 ms, in ms. */
  longTasks: number[];
  stop(): Promise<void>;
}

/** The trap: every payload in the corpus ends by setting `window.__pwned` (directly or through `p()`). */
export function armTrap(): void {
  delete window.__pwned;
  window.p = () => {
    window.__pwned = 'p()';
  };
}

/**
 * Resolves in a task of its own, after the tasks already queued (a response, an event). A message
 * rather than a timer: nested zero-delay timers are held back 4 ms each, which adds up over
 * hundreds of cycles.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Lets any queued event (an image's error, a frame's load) run before the trap is read. */
export function nextTimerTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Proves the trap catches a payload that does run: markup parsed into the live document (as an
 * innerHTML sink would) fires its handler. Used as a barrier too: once this handler has run, the
 * same kind of handler from the widgets would have run.
 */
export async function provePayloadsWouldRun(): Promise<void> {
  const sentinel = document.createRange().createContextualFragment(`<img src="data:," onerror="window.__sentinel = true">`);
  const holder = document.createElement('div');
  holder.append(sentinel);
  document.body.append(holder);
  const ran = () => (window as { __sentinel?: boolean }).__sentinel === true;
  for (let tasks = 0; tasks < 500 && !ran(); tasks += 1) await nextTimerTask();
  holder.remove();
  expect(ran(), 'the same markup, parsed as HTML, runs its handler').to.equal(true);
  delete (window as { __sentinel?: boolean }).__sentinel;
}

export function watchPage(): PageWatch {
  const errors: string[] = [];
  const rejections: string[] = [];
  const longTasks: number[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(String(event.reason));
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  return {
    errors,
    rejections,
    longTasks,
    async stop() {
      // Long tasks are reported once they end, so look one task later.
      await nextTask();
      for (const entry of observer.takeRecords()) longTasks.push(Math.round(entry.duration));
      observer.disconnect();
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onRejection);
    },
  };
}

const FORBIDDEN_ELEMENTS = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'BASE', 'FRAME', 'IMAGE', 'FOREIGNOBJECT']);
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'src', 'action', 'formaction', 'autofocus', 'xlink:href', 'background', 'poster']);

/** Every element in a widget's shadow root, and in any shadow root inside it. */
export function shadowElements(host: Element): Element[] {
  const root = host.shadowRoot;
  if (!root) return [];
  const elements = [...root.querySelectorAll('*')];
  return [...elements, ...elements.flatMap((element) => shadowElements(element))];
}

/** Where the rendered widget could run script, load something or leave the page: it must hold none of it. */
export function inertnessProblems(host: Element): string[] {
  const problems: string[] = [];
  for (const element of shadowElements(host)) {
    const tag = element.tagName.toUpperCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`<${element.tagName.toLowerCase()}>`);
    for (const { name, value } of element.attributes) {
      if (name.startsWith('on') || FORBIDDEN_ATTRIBUTES.has(name)) problems.push(`${element.tagName.toLowerCase()}[${name}="${value.slice(0, 40)}"]`);
    }
    const href = element.getAttribute('href');
    if (href !== null && !/^(?:https:\/\/[^/@\s]+(?:[/?#]|$)|mailto:|tel:|#)/.test(href)) problems.push(`a link to ${href.slice(0, 60)}`);
  }
  return problems;
}

/** The text of a widget's shadow root, hidden parts included, as assistive technology may reach it. */
export function shadowText(host: Element): string {
  return host.shadowRoot?.textContent ?? '';
}

export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
