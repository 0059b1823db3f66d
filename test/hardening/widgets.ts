/** Builds a hub page holding every widget, and walks the checker to an outcome the way a visitor would. */
import type { NpqEligibilityChecker } from '../../src/elements/npq-eligibility-checker/npq-eligibility-checker.js';
import type { NpqProgrammes } from '../../src/elements/npq-programmes/npq-programmes.js';
import { nextTask, WIDGET_TAGS, type WidgetTag } from './page.js';

/** Open for applications (Autumn 2026 closes on 28 September) in every fixture. */
export const NOW = '2026-07-01T12:00:00Z';
export const FALLBACK_TEXT = 'See our NPQ courses';
const FALLBACK_URL = 'https://riverside-tsh.example/npqs';

export function fallbackLink(): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = FALLBACK_URL;
  link.textContent = FALLBACK_TEXT;
  return link;
}

let checkers = 0;

/** A widget as a hub would place it, with a fallback link inside. */
export function createWidget(tag: WidgetTag, options: { realClock?: boolean } = {}): HTMLElement {
  const element = document.createElement(tag);
  const now: Record<string, string> = options.realClock ? {} : { now: NOW };
  const attributes: Record<WidgetTag, Record<string, string>> = {
    'npq-application-status': { programme: 'npq-headship', variant: 'banner', ...now },
    'npq-programme-finder': { ...now },
    'npq-content-explorer': { programme: 'npq-headship', ...now },
    'npq-eligibility-checker': { 'checker-id': `hardening-${(checkers += 1)}` },
  };
  for (const [name, value] of Object.entries(attributes[tag])) element.setAttribute(name, value);
  element.append(fallbackLink());
  return element;
}

export interface HubPage {
  container: HTMLElement;
  programmes: NpqProgrammes;
  widgets: Record<WidgetTag, HTMLElement>;
  /** The `npq-ready` or `npq-error` the `<npq-programmes>` element fired first. */
  settled: Promise<CustomEvent>;
  /** Every `npq-error` the `<npq-programmes>` element fired. */
  errors: CustomEvent[];
  /** Every `npq-error` the checker fired: it reports the eligibility section, which it alone validates. */
  checkerErrors: CustomEvent[];
}

/** One `<npq-programmes>` holding every widget; the definition as a property or an inline JSON script. */
export function hubPage(source: { value: unknown } | { text: string }): HubPage {
  const container = document.createElement('div');
  const programmes = document.createElement('npq-programmes') as NpqProgrammes;
  if ('value' in source) programmes.definition = source.value;
  else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = source.text;
    programmes.append(script);
  }
  const widgets = Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, createWidget(tag)])) as Record<WidgetTag, HTMLElement>;
  programmes.append(fallbackLink(), ...Object.values(widgets));
  container.append(programmes);
  const errors: CustomEvent[] = [];
  const checkerErrors: CustomEvent[] = [];
  container.addEventListener('npq-error', (event) => {
    if (event.target === widgets['npq-eligibility-checker']) checkerErrors.push(event as CustomEvent);
  });
  const settled = new Promise<CustomEvent>((resolve) => {
    const listen = (event: Event) => {
      if (event.target !== programmes) return;
      if (event.type === 'npq-error') errors.push(event as CustomEvent);
      resolve(event as CustomEvent);
    };
    container.addEventListener('npq-ready', listen);
    container.addEventListener('npq-error', listen);
  });
  document.body.append(container);
  return { container, programmes, widgets, settled, errors, checkerErrors };
}

export async function updated(elements: Iterable<Element>): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    for (const element of elements) await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
}

/**
 * Answers every question with its first choice (or a valid month and number) and presses
 * Continue, then "See your result". Each step runs in a task of its own, as a visitor's clicks do.
 * Returns the number of pages seen.
 */
export async function walkCheckerToOutcome(checker: NpqEligibilityChecker, maxPages = 30): Promise<number> {
  const root = checker.shadowRoot!;
  for (let page = 1; page <= maxPages; page += 1) {
    await nextTask();
    await checker.updateComplete;
    if (root.querySelector('[part~="outcome"]') || root.querySelector('[part="error"]')) return page;
    const form = root.querySelector<HTMLFormElement>('form');
    if (!form) {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[part="button"]')];
      const see = buttons[buttons.length - 1];
      if (!see) return page;
      see.click();
      continue;
    }
    const choice = form.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]');
    if (choice) choice.checked = true;
    const month = form.querySelector<HTMLInputElement>('input[name="month"]');
    const year = form.querySelector<HTMLInputElement>('input[name="year"]');
    const text = form.querySelector<HTMLInputElement>('input[name="answer"][type="text"]');
    if (month && year) {
      month.value = '9';
      year.value = '2020';
    }
    if (text) text.value = '5';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  }
  return maxPages;
}
