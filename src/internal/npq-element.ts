import { LitElement, css } from 'lit';
import { VERSION } from './version.js';
import type { NpqEventDetails } from './events.js';

/** Tokens with defaults, shared by every widget. Hosts override them with `--npq-*`. */
export const hostStyles = css`
  :host {
    --_accent: var(--npq-color-accent, #1d5c96);
    --_text: var(--npq-color-text, #0b0c0c);
    --_muted: var(--npq-color-muted, #484949);
    --_border: var(--npq-color-border, #8a8d8f);
    --_surface: var(--npq-color-surface, #ffffff);
    --_subtle: var(--npq-color-subtle, #f3f2f1);
    --_error: var(--npq-color-error, #b7261b);
    --_focus: var(--npq-color-focus, #ffdd00);
    --_focus-text: var(--npq-color-focus-text, #0b0c0c);
    --_radius: var(--npq-radius, 4px);
    --_space-1: var(--npq-space-1, 0.25em);
    --_space-2: var(--npq-space-2, 0.5em);
    --_space-3: var(--npq-space-3, 1em);
    --_space-4: var(--npq-space-4, 1.5em);
    --_space-5: var(--npq-space-5, 2em);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    text-transform: none;
    letter-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  a:focus-visible {
    outline: none;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  /* Headings take focus by script on each step: no focus ring, which would read as a control. */
  [tabindex='-1']:focus,
  [tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: none;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The base of every npq-widgets element: shared host styles and typed, composed events. */
export class NpqElement extends LitElement {
  /** Lets `defineElement` tell copies of the same version from other versions. */
  static npqVersion = VERSION;

  static override styles = [hostStyles];

  /**
   * Fires a typed event that bubbles out of the shadow root to the host page.
   * @internal
   */
  emit<K extends keyof NpqEventDetails>(name: K, detail: NpqEventDetails[K]): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
  }
}
