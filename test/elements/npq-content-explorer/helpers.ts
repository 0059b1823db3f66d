import { expect } from '@open-wc/testing';
import type { NpqContentExplorer } from '../../../src/elements/npq-content-explorer/npq-content-explorer.js';

/** Text as rendered (blocks and list items apart, hidden content left out), whitespace collapsed. */
export function readable(node: Node | null | undefined): string {
  const text = node instanceof HTMLElement ? node.innerText : (node?.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

export function shadow(element: NpqContentExplorer): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('the explorer has no shadow root');
  return root;
}

/** Text as assistive technology gets it from the DOM, visually hidden words included (e.g. a button's name). */
export function spoken(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The value of a summary list row, found by its key, as text. */
export function fact(scope: ParentNode, key: string): string {
  const row = [...scope.querySelectorAll('.summary-row')].find((candidate) => readable(candidate.querySelector('dt')) === key);
  expect(row, `a "${key}" row`).to.exist;
  return readable(row!.querySelector('dd'));
}

/** The headings in the shadow root as `h3: Overview`. */
export function headings(element: NpqContentExplorer): string[] {
  return [...shadow(element).querySelectorAll('h2, h3, h4, h5, h6')].map((node) => `${node.tagName.toLowerCase()}: ${spoken(node)}`);
}

export function sectionButton(element: NpqContentExplorer, areaId: string): HTMLButtonElement {
  const button = shadow(element).querySelector<HTMLButtonElement>(`#npq-area-${areaId} button`);
  if (!button) throw new Error(`no section button for ${areaId}`);
  return button;
}

export function sectionContent(element: NpqContentExplorer, areaId: string): HTMLElement {
  const content = shadow(element).querySelector<HTMLElement>(`#npq-area-${areaId}-content`);
  if (!content) throw new Error(`no section content for ${areaId}`);
  return content;
}

/**
 * Whether a person sees a section's detail. A closed section is `hidden="until-found"`, which
 * skips what is inside it (content-visibility: hidden), so ask about its content.
 */
export function isShown(content: HTMLElement): boolean {
  const inner = content.firstElementChild;
  if (!inner) throw new Error('the section content is empty');
  return inner.checkVisibility();
}

export function focused(element: NpqContentExplorer): Element | null {
  return shadow(element).activeElement;
}
