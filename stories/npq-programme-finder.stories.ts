import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { generateDefinition } from '../src/core/finder/generate.js';

const meta: Meta = {
  title: 'Widgets/npq-programme-finder',
  component: 'npq-programme-finder',
};
export default meta;

type Story = StoryObj;

/** A fixed instant, so statuses, "open now" and start terms stay the same in every run. */
const NOW = '2026-09-14T11:00:00Z';
const SAMPLE = 'data/programmes.json';

const fallback = html`<p><a href="https://northfield-tsh.example/npqs">See all our NPQ courses</a></p>`;

interface FinderOptions {
  group?: string;
  mode?: string;
  hideFacets?: string;
  pageSize?: string;
  headingLevel?: number;
}

const finder = (options: FinderOptions = {}) =>
  html`<npq-programme-finder
    src=${SAMPLE}
    now=${NOW}
    group=${ifDefined(options.group)}
    mode=${ifDefined(options.mode)}
    hide-facets=${ifDefined(options.hideFacets)}
    page-size=${ifDefined(options.pageSize)}
    heading-level=${ifDefined(options.headingLevel)}
    >${fallback}</npq-programme-finder
  >`;

/** The sample hub's programmes: search, every facet with counts, ten a page. */
export const Default: Story = { render: () => finder() };

/** Preset to specialist NPQs; the visitor can still remove the filter. */
export const PresetGroup: Story = { render: () => finder({ group: 'specialist' }) };

/** A page about specialist NPQs: the group is fixed and hidden, venues are not offered. */
export const ScopedToSpecialist: Story = { render: () => finder({ group: 'specialist', hideFacets: 'group venue' }) };

/** Nothing matches: the advice names the filter to remove and how many programmes that gives. */
export const NoResults: Story = { render: () => finder({ group: 'support', mode: 'online' }) };

/** A definition without programmes: the widget keeps its box and says so. */
export const EmptyDefinition: Story = {
  render: () => html`<npq-programme-finder now=${NOW} .definition=${generateDefinition({ programmes: 0 })}>${fallback}</npq-programme-finder>`,
};

/** No definition yet (none given, no `<npq-programmes>` around it): the reserved box and the fallback. */
export const Loading: Story = {
  render: () => html`<npq-programme-finder now=${NOW}>${fallback}</npq-programme-finder>`,
};

/** The definition file is missing: a plain message, the fallback, and details for the site's editor. */
export const DefinitionNotFound: Story = {
  render: () => html`<npq-programme-finder src="data/missing.json" now=${NOW}>${fallback}</npq-programme-finder>`,
};

/** 500 generated programmes (seed 1): facets over many venues and terms, fifty pages. */
export const FiveHundredProgrammes: Story = {
  render: () => html`<npq-programme-finder now="2026-09-01T09:00:00Z" .definition=${generateDefinition({ programmes: 500, seed: 1 })}></npq-programme-finder>`,
};

/** Headings at level 3, under the host page's own h2, and three programmes a page. */
export const HeadingLevel3SmallPages: Story = { render: () => finder({ headingLevel: 3, pageSize: '3' }) };

/** Inside `<npq-programmes>`, sharing the definition other widgets on the page use. */
export const InsideNpqProgrammes: Story = {
  render: () => html`<npq-programmes src=${SAMPLE}>
    <npq-programme-finder now=${NOW}></npq-programme-finder>
  </npq-programmes>`,
};

/** A sidebar-width finder: filters behind "Show filters", as at 320px or 400 % zoom. */
export const Narrow: Story = {
  render: () => html`<div style="max-inline-size: 20rem">${finder()}</div>`,
};
