/**
 * The application status tag, shared by every widget that shows where a programme's applications
 * stand, so the words and colours are the same everywhere.
 *
 * Use it in any widget's shadow root:
 * ```ts
 * import { applicationStatus } from '../../core/status/application-status.js';
 * import { resolveMessages } from '../../internal/messages.js';
 * import { renderStatusTag, statusMessages, statusTagStyles } from '../npq-application-status/status-tag.js';
 *
 * static override styles = [hostStyles, statusTagStyles, myStyles];
 * // in render(): messages follow the definition's "status.*" overrides
 * const text = resolveMessages(statusMessages, 'status', definition.messages, undefined);
 * html`${renderStatusTag(applicationStatus(programme, new Date()), text)}`;
 * ```
 * It renders inline phrasing content (a `<strong>` tag, then the detail), so it fits inside a
 * `<p>`, `<dd>`, `<li>` or table cell. The tag carries the state in words, never colour alone;
 * each state keeps one colour, and `forced-colors` mode shows a bordered tag in system colours.
 * Dates are in `<time datetime>`. Parts: `tag` plus `tag-<state>` (e.g. `tag-closing-soon`) and
 * `tag-detail`. Call `applicationStatus` again at `status.nextChangeAt` to keep it current.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { ApplicationState, ApplicationStatus } from '../../core/status/application-status.js';
import type { ApplicantStatus } from '../../core/status/applicant-status.js';
import { describeClosing, describeOpening, type DisplayMoment } from '../../core/status/govuk-date.js';
import type { Messages } from '../../internal/messages.js';

/** Default wording of the tag; hosts override it as `status.<key>` in the definition's messages. */
export const statusMessages = {
  open: 'Applications open',
  closingSoon: 'Closing soon',
  closed: 'Applications closed',
  /** `{date}` becomes the opening date, e.g. "Opens 1 June 2027". */
  opens: 'Opens {date}',
  full: 'Full',
  /** After the open and closing-soon tags: "closes 5pm, 28 September 2026". */
  closesDetail: 'closes {date}',
  applicantPending: 'Apply with provider',
  applicantAccepted: 'Successful',
  applicantRejected: 'Unsuccessful',
  applicantExpired: 'Expired',
  applicantDeferred: 'Deferred',
  applicantWithdrawn: 'Withdrawn',
  applicantPassed: 'Passed',
  applicantFailed: 'Not passed',
};

export type StatusMessages = Messages<typeof statusMessages>;

/** The colour family of a tag. One per state, so a state always looks the same. */
export type TagTone = 'green' | 'orange' | 'grey' | 'blue' | 'purple' | 'red' | 'yellow' | 'teal';

export const STATE_TONES: Record<ApplicationState, TagTone> = {
  open: 'green',
  'closing-soon': 'orange',
  closed: 'grey',
  opens: 'blue',
  full: 'purple',
};

export const APPLICANT_TONES: Record<ApplicantStatus, TagTone> = {
  pending: 'yellow',
  accepted: 'green',
  rejected: 'red',
  expired: 'grey',
  deferred: 'teal',
  withdrawn: 'grey',
  passed: 'green',
  failed: 'red',
};

const STATE_LABELS: Record<ApplicationState, keyof StatusMessages> = {
  open: 'open',
  'closing-soon': 'closingSoon',
  closed: 'closed',
  opens: 'opens',
  full: 'full',
};

const APPLICANT_LABELS: Record<ApplicantStatus, keyof StatusMessages> = {
  pending: 'applicantPending',
  accepted: 'applicantAccepted',
  rejected: 'applicantRejected',
  expired: 'applicantExpired',
  deferred: 'applicantDeferred',
  withdrawn: 'applicantWithdrawn',
  passed: 'applicantPassed',
  failed: 'applicantFailed',
};

/**
 * Fills `{name}` placeholders in a message with rendered parts (text stays text), so a host's
 * reworded message can move the date wherever its language needs it.
 */
export function fillMessage(template: string, parts: Record<string, unknown>): unknown[] {
  const pieces: unknown[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    if (!(name in parts)) continue;
    pieces.push(template.slice(last, match.index));
    pieces.push(parts[name]);
    last = match.index + match[0].length;
  }
  pieces.push(template.slice(last));
  return pieces;
}

/** A moment as `<time datetime>`. */
export function renderTime(moment: DisplayMoment): TemplateResult {
  return html`<time datetime=${moment.datetime}>${moment.text}</time>`;
}

function tag(tone: TagTone, partName: string, content: unknown): TemplateResult {
  return html`<strong class="npq-tag npq-tag--${tone}" part="tag tag-${partName}">${content}</strong>`;
}

/**
 * The tag for where applications stand, with the date that matters: "Applications open – closes
 * 28 September 2026", "Closing soon – closes 5pm, 28 September 2026", "Applications closed",
 * "Opens 1 June 2027", "Full". An override shows its state without dates (they no longer apply).
 */
export function renderStatusTag(status: ApplicationStatus, messages: StatusMessages): TemplateResult {
  const { state, cohort, override } = status;
  const label = messages[STATE_LABELS[state]];
  const tone = STATE_TONES[state];
  if (state === 'opens' && cohort) {
    const opening = describeOpening(cohort.applications.opens);
    return html`<span class="npq-status">${tag(tone, state, opening ? fillMessage(label, { date: renderTime(opening) }) : label)}</span>`;
  }
  const closing = (state === 'open' || state === 'closing-soon') && cohort && !override ? describeClosing(cohort.applications.closes) : undefined;
  return html`<span class="npq-status">${tag(tone, state, label)}${closing
      ? html`<span class="npq-status-detail" part="tag-detail"> – ${fillMessage(messages.closesDetail, { date: renderTime(closing) })}</span>`
      : nothing}</span>`;
}

/** The tag for one applicant's status, in the words the DfE's registration service uses. */
export function renderApplicantTag(status: ApplicantStatus, messages: StatusMessages): TemplateResult {
  return html`<span class="npq-status">${tag(APPLICANT_TONES[status], status, messages[APPLICANT_LABELS[status]])}</span>`;
}

/**
 * Tag colours: dark text on a light tint, each pair at least 7:1 (WCAG AAA for normal text).
 * Hosts may restyle a family with `--npq-tag-<tone>-text` and `--npq-tag-<tone>-background`.
 */
export const statusTagStyles = css`
  .npq-status {
    display: inline;
  }
  .npq-tag {
    display: inline-block;
    max-inline-size: 100%;
    padding: 0.125em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius, 4px);
    font-weight: 700;
    line-height: 1.4;
    overflow-wrap: anywhere;
    color: var(--_tag-text);
    background: var(--_tag-background);
  }
  .npq-tag--green {
    --_tag-text: var(--npq-tag-green-text, #0d5232);
    --_tag-background: var(--npq-tag-green-background, #d7efe1);
  }
  .npq-tag--orange {
    --_tag-text: var(--npq-tag-orange-text, #6e3400);
    --_tag-background: var(--npq-tag-orange-background, #fde3c5);
  }
  .npq-tag--grey {
    --_tag-text: var(--npq-tag-grey-text, #3b4044);
    --_tag-background: var(--npq-tag-grey-background, #e6e8ea);
  }
  .npq-tag--blue {
    --_tag-text: var(--npq-tag-blue-text, #123f6d);
    --_tag-background: var(--npq-tag-blue-background, #d9e8f6);
  }
  .npq-tag--purple {
    --_tag-text: var(--npq-tag-purple-text, #4b1f73);
    --_tag-background: var(--npq-tag-purple-background, #ebe0f4);
  }
  .npq-tag--red {
    --_tag-text: var(--npq-tag-red-text, #8b1a12);
    --_tag-background: var(--npq-tag-red-background, #f9dcd8);
  }
  .npq-tag--yellow {
    --_tag-text: var(--npq-tag-yellow-text, #5c4a00);
    --_tag-background: var(--npq-tag-yellow-background, #fff2a8);
  }
  .npq-tag--teal {
    --_tag-text: var(--npq-tag-teal-text, #0b4c4c);
    --_tag-background: var(--npq-tag-teal-background, #d2eeec);
  }
  .npq-tag time {
    font-weight: inherit;
  }
  @media (forced-colors: active) {
    .npq-tag {
      border: 2px solid CanvasText;
      color: CanvasText;
      background: Canvas;
    }
  }
`;
