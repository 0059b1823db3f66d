import { css } from 'lit';

export const contentExplorerStyles = css`
  :host {
    --_chart-1: var(--npq-chart-color-1, #1d5c96);
    --_chart-2: var(--npq-chart-color-2, #0e6b46);
    --_chart-3: var(--npq-chart-color-3, #6a3d8f);
    --_chart-4: var(--npq-chart-color-4, #5b6166);
    min-block-size: var(--npq-explorer-min-block-size, 20em);
    /* Lays out by the widget's own width, so it fits a sidebar as well as a full page. */
    container-type: inline-size;
  }

  /* Headings take focus only when reached by a link or a change of programme: no focus ring. */
  [tabindex='-1']:focus-visible {
    box-shadow: none;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-3);
    line-height: 1.25;
  }
  .programme-title {
    font-size: 1.75em;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0 0 var(--_space-3);
  }
  .lead {
    font-size: 1.125em;
  }
  .part {
    margin-block-end: var(--_space-5);
  }
  .part > :is(h2, h3, h4, h5, h6) {
    font-size: 1.375em;
  }
  .empty {
    color: var(--_muted);
  }

  /* Chooser */
  .chooser {
    margin-block-end: var(--_space-4);
  }
  .chooser label {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    min-block-size: 2.5em;
    max-inline-size: 100%;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_text);
    border-radius: 0;
  }

  /* Summary list (GOV.UK pattern): stacked when narrow, two columns when there is room. */
  .summary-list {
    padding: 0;
  }
  .summary-row {
    border-block-end: 1px solid var(--_border);
    padding-block: var(--_space-2);
  }
  .summary-list dt {
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }
  .summary-list dd {
    margin: 0;
  }
  .summary-list dd > :last-child {
    margin-block-end: 0;
  }
  .summary-list dd p,
  .summary-list dd ul {
    margin-block-end: var(--_space-1);
  }
  @container (min-width: 40em) {
    .summary-row {
      display: grid;
      grid-template-columns: minmax(10em, 30%) 1fr;
      gap: var(--_space-3);
    }
    .summary-list dt {
      margin: 0;
    }
  }
  .plain-list {
    list-style: none;
    padding: 0;
  }
  .summary-list dd li + li {
    margin-block-start: var(--_space-1);
  }

  /* Contents */
  .contents ol {
    padding-inline-start: 1.5em;
  }
  .contents li {
    margin-block-end: var(--_space-1);
  }

  /* Accordion (GOV.UK pattern) */
  .accordion-controls {
    margin-block-end: var(--_space-2);
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
    padding: var(--_space-1) var(--_space-2) var(--_space-1) 0;
    border: 0;
    background: none;
    color: var(--_accent);
  }
  .section {
    border-block-start: 1px solid var(--_border);
    padding-block: var(--_space-3);
  }
  .section:last-child {
    border-block-end: 1px solid var(--_border);
  }
  .section-heading {
    margin: 0;
    font-size: 1.125em;
    /* A deep-linked section stops a little below the top of the window, not flush with it. */
    scroll-margin-block-start: var(--_space-3);
  }
  .section-button {
    display: block;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    text-align: start;
    font-weight: 700;
  }
  .section-button:hover .section-title {
    text-decoration: underline;
  }
  .section-title {
    display: block;
    margin-block-end: var(--_space-1);
  }
  .section-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 400;
    font-size: 1em;
    color: var(--_accent);
  }
  .chevron {
    display: inline-block;
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 1px solid currentColor;
    border-radius: 50%;
    position: relative;
  }
  .chevron::after {
    content: '';
    position: absolute;
    inset-block-start: 0.3em;
    inset-inline-start: 0.375em;
    inline-size: 0.375em;
    block-size: 0.375em;
    border-block-start: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(135deg);
  }
  [aria-expanded='true'] .chevron::after {
    inset-block-start: 0.45em;
    transform: rotate(-45deg);
  }
  .section-summary,
  .section-shared {
    margin: var(--_space-2) 0 0;
  }
  .section-shared {
    color: var(--_muted);
  }
  /* No padding or border here: a section hidden until found keeps its box. */
  .section-body {
    padding-block-start: var(--_space-3);
  }
  .statements-intro {
    font-weight: 700;
    margin-block-end: var(--_space-2);
  }
  .statements {
    padding-inline-start: 1.25em;
  }
  .statements li {
    margin-block-end: var(--_space-1);
  }

  /* Comparison table */
  .comparison {
    margin-block-start: var(--_space-4);
  }
  .comparison > :is(h3, h4, h5, h6) {
    font-size: 1.125em;
  }
  .table-scroll {
    /* Positioned, so visually hidden text inside scrolls with the table instead of widening the page. */
    position: relative;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    padding: var(--_space-2) var(--_space-3) var(--_space-2) 0;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    font-weight: 700;
  }
  tbody th {
    font-weight: 400;
  }
  .not-included {
    color: var(--_muted);
  }

  /* Timeline */
  .timeline {
    list-style: none;
    padding: 0;
    margin-block-end: var(--_space-4);
  }
  .stage {
    position: relative;
    padding-inline-start: var(--_space-4);
    padding-block-end: var(--_space-3);
    border-inline-start: 3px solid var(--_accent);
    margin-inline-start: 0.5em;
  }
  .stage:last-child {
    padding-block-end: 0;
  }
  .stage::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.5em - 1.5px);
    inset-block-start: 0.3em;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
    background: var(--_surface);
    border: 3px solid var(--_accent);
  }
  .stage p {
    margin-block-end: var(--_space-1);
  }
  .stage-when {
    font-weight: 700;
    color: var(--_muted);
  }
  .stage-kind {
    display: inline-block;
    padding: 0 var(--_space-1);
    margin-inline-end: var(--_space-1);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .stage-facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
    list-style: none;
    padding: 0;
    margin-block-end: var(--_space-1);
  }

  /* Hours chart */
  .chart {
    margin: 0;
    max-inline-size: 40em;
  }
  .chart-caption {
    font-weight: 700;
    margin-block-end: var(--_space-2);
  }
  .chart-svg {
    display: block;
    overflow: visible;
  }
  .chart-label,
  .chart-value {
    fill: var(--_text);
    font-size: 1em;
  }
  .chart-bar {
    fill: var(--_chart-1);
  }
  .chart-row--inPerson .chart-bar {
    fill: var(--_chart-2);
  }
  .chart-row--selfStudy .chart-bar {
    fill: var(--_chart-3);
  }
  .chart-row--unassigned .chart-bar {
    fill: var(--_chart-4);
  }

  @media (forced-colors: active) {
    .chart-label,
    .chart-value {
      fill: CanvasText;
    }
    .chart-bar,
    .chart-row--inPerson .chart-bar,
    .chart-row--selfStudy .chart-bar,
    .chart-row--unassigned .chart-bar {
      fill: CanvasText;
    }
    .stage::before {
      background: Canvas;
      border-color: CanvasText;
    }
    .stage {
      border-inline-start-color: CanvasText;
    }
    .section-button,
    .show-all {
      color: ButtonText;
    }
    .section-toggle {
      color: LinkText;
    }
  }
`;
