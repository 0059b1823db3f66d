import { css } from 'lit';

/** GOV.UK question-page patterns (question, error summary, check answers, tag, inset) in the kit's tokens. */
export const eligibilityCheckerStyles = css`
  :host {
    min-block-size: var(--npq-checker-min-block-size, 20em);
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-3);
    line-height: 1.25;
    font-size: 1.5em;
  }
  .base > :is(h2, h3, h4, h5, h6),
  .legend > :is(h2, h3, h4, h5, h6),
  .label-heading,
  .outcome-title {
    font-size: 1.875em;
  }
  p,
  ul,
  dl {
    margin: 0 0 var(--_space-3);
  }
  .list {
    padding-inline-start: var(--_space-4);
  }
  .list li + li {
    margin-block-start: var(--_space-1);
  }

  /* Buttons and link-like buttons */
  .button {
    font: inherit;
    font-weight: 700;
    color: var(--_surface);
    background: var(--_accent);
    border: 2px solid transparent;
    border-radius: 0;
    box-shadow: 0 2px 0 var(--_text);
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    margin: 0 var(--_space-3) var(--_space-4) 0;
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button-secondary {
    color: var(--_text);
    background: var(--_subtle);
  }
  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 2px 0 var(--_focus-text);
  }
  .link-button,
  .back-link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:focus-visible,
  .back-link:focus-visible {
    outline: none;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
    text-decoration: none;
  }
  .back-link {
    display: inline-block;
    position: relative;
    margin-block-end: var(--_space-4);
    padding-inline-start: 0.875em;
    color: var(--_text);
    font-size: 0.875em;
  }
  .back-link::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0.1875em;
    margin: auto;
    inline-size: 0.4375em;
    block-size: 0.4375em;
    border: solid currentColor;
    border-width: 1px 0 0 1px;
    transform: rotate(-45deg);
  }
  :host(:dir(rtl)) .back-link::before {
    transform: rotate(135deg);
  }
  .start-again {
    margin-block-start: var(--_space-2);
  }

  /* Question pages */
  .form-group {
    margin-block-end: var(--_space-4);
  }
  .form-group-error {
    padding-inline-start: var(--_space-3);
    border-inline-start: 5px solid var(--_error);
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend {
    padding: 0;
    max-inline-size: 100%;
    white-space: normal;
  }
  .hint,
  .choice-hint {
    color: var(--_muted);
  }
  .question-link {
    margin-block-start: calc(-1 * var(--_space-2));
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: var(--_space-2);
  }
  .choice {
    display: grid;
    grid-template-columns: 2em 1fr;
    column-gap: var(--_space-2);
    align-items: start;
  }
  .choice-input {
    inline-size: 1.75em;
    block-size: 1.75em;
    margin: 0.1em 0 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .choice-label {
    padding-block: 0.25em;
    cursor: pointer;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0;
  }
  .divider {
    margin: 0;
    inline-size: 2em;
    text-align: center;
  }
  .input,
  .select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 2.5em;
    inline-size: 100%;
    max-inline-size: 30em;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_text);
    border-radius: 0;
  }
  .input:focus-visible,
  .select:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .input-error {
    border-color: var(--_error);
  }
  .input-width-2 {
    max-inline-size: 5.5ch;
  }
  .input-width-4 {
    max-inline-size: 8ch;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .date-item label {
    display: block;
  }

  /* Error summary */
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space-3);
    margin-block-end: var(--_space-5);
  }
  .error-summary-title {
    font-size: 1.375em;
  }
  .error-summary-list {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .error-summary-list a {
    color: var(--_error);
    font-weight: 700;
  }

  /* Check your answers: stacked when narrow, in columns when there is room. */
  .summary-list {
    display: grid;
    padding: 0;
    margin-block-end: var(--_space-5);
  }
  .summary-row {
    display: grid;
    gap: var(--_space-1) var(--_space-3);
    padding-block: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .summary-list dt {
    font-weight: 700;
  }
  .summary-list dd {
    margin: 0;
  }
  @container (min-width: 40em) {
    .summary-row {
      grid-template-columns: 2fr 2fr 1fr;
    }
    .summary-actions {
      text-align: end;
    }
  }
  .base {
    container-type: inline-size;
  }

  /* Outcome */
  .outcome {
    border-inline-start: 5px solid var(--_border);
    padding: var(--_space-3);
    margin-block-end: var(--_space-4);
    background: var(--_subtle);
  }
  .outcome-positive {
    border-color: #0e6b46;
  }
  .outcome-negative {
    border-color: var(--_error);
  }
  .outcome > :last-child {
    margin-block-end: 0;
  }
  .outcome-for {
    font-weight: 700;
  }
  .tag {
    display: inline-block;
    margin-block-end: var(--_space-2);
    padding: 0.125em var(--_space-2);
    font-weight: 700;
    background: #e8ecef;
    color: #1b2a36;
  }
  .tag-positive {
    background: #cce2d8;
    color: #005a30;
  }
  .tag-negative {
    background: #f6d7d2;
    color: #6e1a12;
  }
  .inset {
    border-inline-start: 10px solid var(--_border);
    padding: var(--_space-3);
    margin-block: var(--_space-4);
  }
  .actions {
    margin-block-start: var(--_space-4);
  }

  @media (forced-colors: active) {
    .tag,
    .outcome,
    .error-summary {
      border: 2px solid CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
