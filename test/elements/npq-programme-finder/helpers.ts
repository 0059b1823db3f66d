import { sendKeys } from '@web/test-runner-commands';
import type { NpqProgrammeFinder } from '../../../src/elements/npq-programme-finder/npq-programme-finder.js';

/** 10am in London on 1 September 2026: see the table in test/fixtures/finder-definition.ts. */
export const NOW = '2026-09-01T09:00:00Z';

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const shadow = (element: NpqProgrammeFinder) => element.shadowRoot!;

export const resultsHeading = (element: NpqProgrammeFinder) => shadow(element).getElementById('npq-finder-results');

export const titles = (element: NpqProgrammeFinder) =>
  [...shadow(element).querySelectorAll('.result-title')].map((title) => text(title).replace(/ \([A-Z]+\)$/, ''));

export const liveRegion = (element: NpqProgrammeFinder) => shadow(element).querySelector('[role="status"][aria-live="polite"]')!;

export const chips = (element: NpqProgrammeFinder) => [...shadow(element).querySelectorAll<HTMLButtonElement>('.chip')];

export const checkbox = (element: NpqProgrammeFinder, facet: string, value: string) =>
  shadow(element).getElementById(`npq-finder-${facet}-${value}`) as HTMLInputElement | null;

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the predicate holds for the focused element, as a keyboard user would. */
export async function tabUntil(predicate: (element: Element | null) => boolean, limit = 80): Promise<Element> {
  for (let presses = 0; presses < limit; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (predicate(active)) return active!;
  }
  throw new Error(`Tab never reached the element (focus is on ${deepActiveElement()?.outerHTML.slice(0, 80)})`);
}
