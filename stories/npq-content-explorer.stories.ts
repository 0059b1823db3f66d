import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const meta: Meta = {
  title: 'Widgets/npq-content-explorer',
  component: 'npq-content-explorer',
};
export default meta;

type Story = StoryObj;

/** A fixed instant, so the application status and the next start stay the same in every run. */
const NOW = '2026-09-20T09:00:00Z';
const SAMPLE = 'data/programmes.json';

const fallback = html`<p><a href="https://northfield-tsh.example/npqs">See our NPQ courses</a></p>`;

const explorer = (options: { programme?: string; view?: string; headingLevel?: number; chooser?: boolean } = {}) =>
  html`<npq-content-explorer
    src=${SAMPLE}
    programme=${ifDefined(options.programme)}
    view=${ifDefined(options.view)}
    heading-level=${ifDefined(options.headingLevel)}
    ?chooser=${options.chooser ?? false}
    now=${NOW}
    >${fallback}</npq-content-explorer
  >`;

// ── One programme of each group, every part ───────────────────────────────────────────────────────

/** A leadership NPQ: ten content areas shared with SL and EL, a comparison table, twelve stages. */
export const LeadershipHeadship: Story = { render: () => explorer({ programme: 'npq-headship' }) };

/** Another leadership NPQ, to compare with headship. */
export const LeadershipSenco: Story = { render: () => explorer({ programme: 'npq-senco' }) };

/** A specialist NPQ, compared with the other specialist NPQs. */
export const SpecialistLeadingTeaching: Story = { render: () => explorer({ programme: 'npq-leading-teaching' }) };

/** Support, not a qualification: no formal assessment. */
export const SupportEarlyHeadshipCoaching: Story = { render: () => explorer({ programme: 'npq-early-headship-coaching-offer' }) };

// ── One part at a time, for pages that place the pieces apart ─────────────────────────────────────

/** Key facts: audience, length, hours, delivery, next start, application status, funding. */
export const ViewOverview: Story = { render: () => explorer({ programme: 'npq-headship', view: 'overview' }) };

/** Contents list and accordion of content areas, with "Show all sections". */
export const ViewAreas: Story = { render: () => explorer({ programme: 'npq-headship', view: 'areas' }) };

/** The stages in order as a timeline, and the hours chart with its table for screen readers. */
export const ViewStructure: Story = { render: () => explorer({ programme: 'npq-headship', view: 'structure' }) };

/** Kind, word limit, window, attendance and what it takes to pass. */
export const ViewAssessment: Story = { render: () => explorer({ programme: 'npq-headship', view: 'assessment' }) };

/** Two parts together, headed at level 3 to sit under the page's own h2. */
export const ViewOverviewAndStructureAtLevel3: Story = {
  render: () => explorer({ programme: 'npq-leading-literacy', view: 'overview structure', headingLevel: 3 }),
};

// ── Choosing a programme ─────────────────────────────────────────────────────────────────────────

/** No programme named: a chooser lists every programme by group and shows the first. */
export const Chooser: Story = { render: () => explorer() };

/** The chooser starting from a named programme, showing only content areas. */
export const ChooserOnAreas: Story = { render: () => explorer({ programme: 'npq-executive-leadership', chooser: true, view: 'areas' }) };

/**
 * Opened from a link to `#npq-area-implementation`: that section opens and takes focus. Kept off
 * the docs page, because the address it sets would apply to every story shown there.
 */
export const DeepLinkToImplementation: Story = {
  tags: ['!autodocs'],
  beforeEach: () => {
    const address = `${location.pathname}${location.search}`;
    history.replaceState(null, '', `${address}#npq-area-implementation`);
    // The preview frame stays loaded between stories: leave the address as it was.
    return () => history.replaceState(null, '', address);
  },
  render: () => explorer({ programme: 'npq-senior-leadership' }),
};

/** Pieces placed apart on one page, sharing one definition loaded once by `<npq-programmes>`. */
export const PiecesInsideNpqProgrammes: Story = {
  render: () => html`<npq-programmes src=${SAMPLE}>
    <npq-content-explorer programme="npq-early-years-leadership" view="overview" now=${NOW}></npq-content-explorer>
    <hr />
    <npq-content-explorer programme="npq-early-years-leadership" view="assessment" now=${NOW}></npq-content-explorer>
  </npq-programmes>`,
};

// ── Loading and problems ─────────────────────────────────────────────────────────────────────────

/** No definition yet (none given, no `<npq-programmes>` around it): the reserved box and the fallback. */
export const Loading: Story = {
  render: () => html`<npq-content-explorer programme="npq-headship">${fallback}</npq-content-explorer>`,
};

/** The definition file is missing: a plain message, the fallback, and details for the site's editor. */
export const DefinitionNotFound: Story = {
  render: () => html`<npq-content-explorer src="data/missing.json" programme="npq-headship">${fallback}</npq-content-explorer>`,
};

/** A programme id the definition does not have: a visible message and the fallback. */
export const UnknownProgramme: Story = { render: () => explorer({ programme: 'npq-nope' }) };
