import { html, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute value; anything outside 2–6 falls back to the default. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const level = Number(value);
  return level >= 2 && level <= 6 && Number.isInteger(level) ? (level as HeadingLevel) : fallback;
}

/**
 * Renders a real heading at the host page's chosen level (never h1: the page owns that). It takes
 * focus programmatically (tabindex -1) so step changes can move focus to it.
 */
export function heading(level: HeadingLevel, content: unknown, options: { id?: string; part?: string; className?: string } = {}): TemplateResult {
  const { id = '', part = 'heading', className = '' } = options;
  switch (level) {
    case 2:
      return html`<h2 id=${id || ''} part=${part} class=${className} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${id || ''} part=${part} class=${className} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${id || ''} part=${part} class=${className} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${id || ''} part=${part} class=${className} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${id || ''} part=${part} class=${className} tabindex="-1">${content}</h6>`;
  }
}
