import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = {
  title: 'Widgets/npq-application-status',
  component: 'npq-application-status',
};
export default meta;

type Story = StoryObj;

const links = {
  information: 'https://northfield-tsh.example/npqs/headship',
  apply: 'https://northfield-tsh.example/npqs/headship/apply',
  registerInterest: 'mailto:npq@northfield-tsh.example',
};

/** Autumn 2026: opens 1 June, "closing soon" from 14 September, closes 5pm on 28 September. */
const autumn = {
  id: '2026b',
  label: 'Autumn 2026',
  starts: '2026-10-01',
  applications: { opens: '2026-06-01', closes: '2026-09-28T17:00' },
  funded: true,
  placesNote: '30 places; face-to-face days in Leeds.',
};

function definition(cohorts: object[]) {
  return {
    schemaVersion: 1,
    provider: { name: 'Northfield Teaching School Hub', kind: 'teaching-school-hub' },
    programmes: [
      {
        id: 'npq-headship',
        code: 'NPQH',
        title: 'NPQ in Headship',
        group: 'leadership',
        isNpq: true,
        summary: 'For headteachers and senior leaders who want to become one.',
        audience: { roles: ['senior-leader', 'headteacher'], phases: ['primary', 'secondary'] },
        length: { taughtMonths: 18, assessmentMonths: 3 },
        hours: { total: 120 },
        delivery: { modes: ['blended'] },
        contentAreas: [],
        links,
        cohorts,
      },
    ],
  };
}

const withAutumn = definition([autumn]);
const closingOnADate = definition([{ ...autumn, applications: { opens: '2026-06-01', closes: '2026-09-28' } }]);
const full = definition([{ ...autumn, override: { status: 'full', note: 'Email us to join the waiting list for spring 2027.' } }]);
const noCohorts = definition([]);

const badge = (data: object, now: string) =>
  html`<npq-application-status programme="npq-headship" now=${now} .definition=${data}></npq-application-status>`;
const banner = (data: object, now: string) =>
  html`<npq-application-status variant="banner" programme="npq-headship" now=${now} .definition=${data}></npq-application-status>`;

/** Before the first cohort opens: "Opens 1 June 2026". */
export const Opens: Story = { render: () => badge(withAutumn, '2026-05-01T12:00:00Z') };

/** Taking applications, closing at a set time. */
export const Open: Story = { render: () => badge(withAutumn, '2026-07-01T12:00:00Z') };

/** Taking applications until the end of the closing day (a date without a time). */
export const OpenClosingOnADate: Story = { render: () => badge(closingOnADate, '2026-07-01T12:00:00Z') };

/** Within 14 days of the close. */
export const ClosingSoon: Story = { render: () => badge(withAutumn, '2026-09-20T12:00:00Z') };

/** After the close. */
export const Closed: Story = { render: () => badge(withAutumn, '2026-10-01T12:00:00Z') };

/** The definition marks the cohort full, whatever its dates say. */
export const Full: Story = { render: () => badge(full, '2026-07-01T12:00:00Z') };

/** A programme without cohorts reads as closed. */
export const NoCohorts: Story = { render: () => badge(noCohorts, '2026-07-01T12:00:00Z') };

/** The badge in a sentence, at the host page's text size. */
export const BadgeInText: Story = {
  render: () => html`<p>NPQ in Headship ${badge(withAutumn, '2026-09-20T12:00:00Z')}</p>`,
};

/** Banner before opening: the next step is to register interest. */
export const BannerOpens: Story = { render: () => banner(withAutumn, '2026-05-01T12:00:00Z') };

/** Banner while open: cohort, places, funding and the apply link. */
export const BannerOpen: Story = { render: () => banner(withAutumn, '2026-07-01T12:00:00Z') };

/** Banner in the last 14 days. */
export const BannerClosingSoon: Story = { render: () => banner(withAutumn, '2026-09-20T12:00:00Z') };

/** Banner after the close. */
export const BannerClosed: Story = { render: () => banner(withAutumn, '2026-10-01T12:00:00Z') };

/** Banner for a full cohort, with the hub's note. */
export const BannerFull: Story = { render: () => banner(full, '2026-07-01T12:00:00Z') };

/** Banner for a programme without cohorts. */
export const BannerNoCohorts: Story = { render: () => banner(noCohorts, '2026-07-01T12:00:00Z') };

/** The real clock: the badge updates itself at the next boundary. */
export const LiveClock: Story = {
  render: () => html`<npq-application-status programme="npq-headship" .definition=${withAutumn}></npq-application-status>`,
};

const applicantStatuses = ['pending', 'accepted', 'rejected', 'expired', 'deferred', 'withdrawn', 'passed', 'failed'];

/** One applicant's status in the DfE's words, for each status the DfE uses. */
export const ApplicantStatuses: Story = {
  render: () => html`<dl>
    ${applicantStatuses.map(
      (value) => html`<dt><code>${value}</code></dt>
        <dd><npq-application-status applicant-status=${value}></npq-application-status></dd>`,
    )}
  </dl>`,
};

/** Registered with the DfE; the next step is to apply to the hub. */
export const ApplicantPendingBanner: Story = {
  render: () => html`<npq-application-status variant="banner" applicant-status="pending" programme="npq-headship" .definition=${withAutumn}></npq-application-status>`,
};

/** Accepted by the hub. */
export const ApplicantAcceptedBanner: Story = {
  render: () => html`<npq-application-status variant="banner" applicant-status="accepted" programme="npq-headship" .definition=${withAutumn}></npq-application-status>`,
};

/** The course outcome: not passed. */
export const ApplicantFailedBanner: Story = {
  render: () => html`<npq-application-status variant="banner" applicant-status="failed" programme="npq-headship" .definition=${withAutumn}></npq-application-status>`,
};

/** A programme id that is not in the definition: a visible error and the fallback link. */
export const UnknownProgramme: Story = {
  render: () => html`<npq-application-status programme="npq-nope" .definition=${withAutumn}>
    <a href="https://northfield-tsh.example/npqs">See our NPQ courses</a>
  </npq-application-status>`,
};

/** A cohort id that the programme does not have. */
export const UnknownCohort: Story = {
  render: () => html`<npq-application-status programme="npq-headship" cohort="2099z" .definition=${withAutumn}></npq-application-status>`,
};
