import { css } from 'lit';

export const finderStyles = css`
  :host {
    min-block-size: var(--npq-finder-min-block-size, 20em);
    /* Lays out by the widget's own width, so it fits a sidebar, a phone and 400 % zoom alike. */
    container-type: inline-size;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-3);
    line-height: 1.25;
  }
  p,
  ul,
  dl {
    margin: 0 0 var(--_space-3);
  }

  /* Controls */
  .button,
  .link-button,
  .chip,
  .facet-toggle,
  input,
  select {
    font: inherit;
  }
  .button {
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
    cursor: pointer;
  }
  .button--secondary {
    background: var(--_surface);
    color: var(--_accent);
  }
  .link-button {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  .link-button:focus-visible {
    outline: none;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -2px var(--_focus),
      0 4px var(--_focus-text);
    text-decoration: none;
  }
  input[type='search'],
  select {
    min-block-size: 2.75em;
    max-inline-size: 100%;
    padding: var(--_space-1) var(--_space-2);
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
  }

  /* Search */
  .search {
    margin-block-end: var(--_space-4);
  }
  .search-label {
    display: block;
    font-weight: 700;
    font-size: 1.125em;
  }
  .hint {
    margin-block: var(--_space-1) var(--_space-2);
    color: var(--_muted);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .search-row input {
    flex: 1 1 12em;
    min-inline-size: 0;
  }

  /* Skip link: out of sight until it has focus. */
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    display: inline-block;
    margin-block-end: var(--_space-3);
    padding: var(--_space-1) var(--_space-2);
  }

  /* Layout: stacked when narrow, filters beside the results from 40em of the widget's width. */
  .layout {
    display: grid;
    gap: var(--_space-4);
  }
  .filters-toggle {
    inline-size: 100%;
  }
  .filters {
    margin-block-start: var(--_space-3);
  }
  .filters.is-closed {
    display: none;
  }
  .filters-heading {
    font-size: 1.375em;
  }
  @container (min-width: 40em) {
    .layout--with-filters {
      grid-template-columns: minmax(13em, 1fr) 2fr;
      align-items: start;
    }
    .filters-toggle {
      display: none;
    }
    .filters,
    .filters.is-closed {
      display: block;
      margin-block-start: 0;
    }
  }

  /* Facets */
  .facet {
    margin: 0 0 var(--_space-3);
    padding: 0 0 var(--_space-3);
    border: 0;
    border-block-end: 1px solid var(--_border);
    min-inline-size: 0;
  }
  .facet-legend {
    padding: 0;
    inline-size: 100%;
  }
  .facet-toggle {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0 var(--_space-2);
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_space-1) 0;
    border: 0;
    background: none;
    color: var(--_text);
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .facet-name::before {
    content: '';
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline-end: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .facet-toggle[aria-expanded='false'] .facet-name::before {
    transform: rotate(-45deg);
  }
  .facet-selected {
    font-weight: 400;
    color: var(--_muted);
  }
  .checkbox {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    padding-block: var(--_space-1);
  }
  .checkbox input {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .checkbox label {
    padding-block: 0.05em;
    cursor: pointer;
  }
  .count {
    color: var(--_muted);
    white-space: nowrap;
  }

  /* Results */
  .results-heading {
    font-size: 1.5em;
  }
  .showing {
    color: var(--_muted);
  }
  .chips {
    margin-block-end: var(--_space-3);
  }
  .chips-heading {
    margin-block-end: var(--_space-1);
    font-weight: 700;
  }
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.25em;
    padding: var(--_space-1) var(--_space-2) var(--_space-1) var(--_space-3);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_accent);
    text-align: start;
    cursor: pointer;
  }
  .chip:hover {
    background: var(--_subtle);
  }
  .chip-cross {
    font-size: 1.25em;
    line-height: 1;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-end: var(--_space-3);
  }
  .sort label {
    font-weight: 700;
  }
  .results {
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }
  .result {
    padding-block: var(--_space-3);
    border-block-end: 1px solid var(--_border);
  }
  .result-title {
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  abbr[title] {
    text-decoration: none;
  }
  .facts {
    display: grid;
    gap: var(--_space-1);
  }
  .fact {
    display: grid;
    gap: 0 var(--_space-3);
  }
  .fact dt {
    font-weight: 700;
  }
  .fact dd {
    margin: 0;
  }
  @container (min-width: 30em) {
    .fact {
      grid-template-columns: 10em 1fr;
    }
  }
  .result-action {
    margin: 0;
  }
  .apply {
    font-weight: 700;
  }
  .empty {
    padding: var(--_space-3);
    border-inline-start: 5px solid var(--_border);
    background: var(--_subtle);
  }
  .empty ul {
    padding: 0;
    list-style: none;
  }
  .empty li + li {
    margin-block-start: var(--_space-2);
  }
  .empty > :last-child {
    margin-block-end: 0;
  }

  /* Pagination */
  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    padding: 0;
    list-style: none;
  }
  .pagination li {
    min-inline-size: 2.75em;
    text-align: center;
  }
  .pagination-number,
  .pagination-step .link-button {
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: var(--_space-2);
    text-align: center;
  }
  .pagination-number[aria-current='page'] {
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
    text-decoration: none;
  }

  @media (forced-colors: active) {
    .chip,
    .button {
      border-color: ButtonText;
    }
    .pagination-number[aria-current='page'] {
      border: 2px solid Highlight;
    }
  }
`;
