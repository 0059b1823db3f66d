import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Programme } from '../../core/definition/schema.js';
import type { Definition } from '../../core/definition/validate.js';
import { safeUrl } from '../../core/safe-url.js';
import { applicationStatus, findCohort, type ApplicationStatus } from '../../core/status/application-status.js';
import { APPLICANT_STATUSES, isApplicantStatus, type ApplicantStatus } from '../../core/status/applicant-status.js';
import { describeOpening } from '../../core/status/govuk-date.js';
import { DefinitionController } from '../../internal/definition-controller.js';
import { definitionStateStyles, renderLoadError, renderLoading } from '../../internal/definition-views.js';
import type { NpqErrorCode } from '../../internal/events.js';
import { heading, toHeadingLevel } from '../../internal/heading.js';
import { commonMessages, format, resolveMessages, type Messages } from '../../internal/messages.js';
import { NpqElement, hostStyles } from '../../internal/npq-element.js';
import { applicationStatusMessages, type ApplicationStatusMessages } from './messages.js';
import { applicationStatusStyles } from './npq-application-status.styles.js';
import { APPLICANT_TONES, STATE_TONES, fillMessage, renderApplicantTag, renderStatusTag, renderTime, statusTagStyles } from './status-tag.js';

/** setTimeout holds a signed 32-bit delay; longer waits are made of several. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

type Text = Messages<ApplicationStatusMessages>;

interface Problem {
  code: NpqErrorCode;
  /** For the site's editor (console, event, details in the error view). */
  message: string;
}

/** What render() shows, worked out once per update. */
type View =
  | { kind: 'loading' }
  | { kind: 'load-error' }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'status'; programme: Programme; status: ApplicationStatus }
  | { kind: 'applicant'; applicant: ApplicantStatus; programme?: Programme };

const APPLICANT_BODIES: Record<ApplicantStatus, keyof Text> = {
  pending: 'applicantPendingBody',
  accepted: 'applicantAcceptedBody',
  rejected: 'applicantRejectedBody',
  expired: 'applicantExpiredBody',
  deferred: 'applicantDeferredBody',
  withdrawn: 'applicantWithdrawnBody',
  passed: 'applicantPassedBody',
  failed: 'applicantFailedBody',
};

/**
 * @tagname npq-application-status
 * @summary Where a programme's applications stand (open, closing soon, closed, opens on a date,
 * full), from the cohort dates in UK time; or one applicant's status, in the DfE's words.
 *
 * A badge by default: a tag such as "Closing soon – closes 5pm, 28 September 2026". The banner adds
 * a heading, the cohort, any note from the definition and the next step (apply, or register
 * interest). It updates itself at the next change (opening, "closing soon", closing) with one timer,
 * and again whenever the page becomes visible. Reserves `min-block-size: 1.75em` as a badge and
 * `7em` as a banner.
 *
 * @slot - Fallback for visitors without JavaScript or when the status cannot be shown, e.g. a link to the course page. Hidden once the status shows.
 * @csspart base - The badge or banner.
 * @csspart heading - The banner's heading.
 * @csspart tag - The status tag; it also has `tag-<state>`, e.g. `tag-closing-soon`, `tag-accepted`.
 * @csspart tag-detail - The closing date after an open or closing-soon tag.
 * @csspart note - The banner's notes (override note, places, funding, cohort).
 * @csspart next-step - The banner's link to apply or register interest.
 * @csspart loading - Shown while the definition loads.
 * @csspart error - Shown when the status cannot be worked out.
 * @cssprop --npq-tag-green-text - Text colour of green tags (open, successful, passed); also `-orange-` (closing soon), `-grey-` (closed, expired, withdrawn), `-blue-` (opens), `-purple-` (full), `-red-` (unsuccessful, not passed), `-yellow-` (apply with provider), `-teal-` (deferred).
 * @cssprop --npq-tag-green-background - Background of green tags; likewise for the other families.
 *
 * @fires npq-error - The programme, cohort or applicant status is unknown (`code` `unknown-programme` or `invalid-attribute`), or the widget's own definition failed to load.
 * @fires npq-ready - The widget's own definition (`src`, `definition` or inline JSON) loaded.
 */
export class NpqApplicationStatus extends NpqElement {
  static override styles = [hostStyles, definitionStateStyles, statusTagStyles, applicationStatusStyles];

  readonly #definitionController = new DefinitionController(this, { provide: false });

  #view: View = { kind: 'loading' };
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerTarget: number | undefined;
  #reportedProblem: string | undefined;
  #warnedAboutNow: string | undefined;

  /** URL of a programme definition, when the badge is not inside `<npq-programmes>`. */
  @property({ reflect: true }) src?: string;

  /** A programme definition object, instead of `src`. */
  @property({ attribute: false }) definition?: unknown;

  /** The programme's id in the definition, e.g. `npq-headship`. */
  @property({ reflect: true }) programme?: string;

  /** A cohort id, e.g. `2026b`; without it the badge speaks of the next cohort open or opening. */
  @property({ reflect: true }) cohort?: string;

  /** `badge` (a tag) or `banner` (tag, details and next step). */
  @property({ reflect: true }) variant: 'badge' | 'banner' = 'badge';

  /** Level of the banner's heading, 2 to 6. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /**
   * A fixed instant, e.g. `2026-09-20T12:00:00Z`, for demos and tests; absent means the real clock.
   * With it set the badge never updates itself.
   */
  @property({ reflect: true }) now?: string;

  /**
   * One applicant's status from the DfE: `pending`, `accepted`, `rejected`, `expired`, `deferred`,
   * `withdrawn`, `passed` or `failed`. Shows that instead of the programme's dates.
   */
  @property({ attribute: 'applicant-status', reflect: true }) applicantStatus?: string;

  /** Overrides for any message, on top of the definition's `status.*` messages. */
  @property({ attribute: false }) messages?: Partial<ApplicationStatusMessages>;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#handleVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#handleVisibilityChange);
    this.#clearTimer();
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#view = this.#workOutView();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.#reportProblem(this.#view.kind === 'problem' ? this.#view.problem : undefined);
    this.#scheduleNextChange(this.#view.kind === 'status' && this.#fixedNow() === undefined ? this.#view.status.nextChangeAt : undefined);
  }

  /** Timers are throttled or frozen in background tabs and during sleep: look again on return. */
  readonly #handleVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  #text(): Text {
    const { state } = this.#definitionController;
    return resolveMessages(applicationStatusMessages, 'status', state.status === 'ready' ? state.definition.messages : undefined, this.messages);
  }

  #fixedNow(): Date | undefined {
    if (!this.now) return undefined;
    const instant = new Date(this.now);
    if (!Number.isNaN(instant.getTime())) return instant;
    if (this.#warnedAboutNow !== this.now) {
      this.#warnedAboutNow = this.now;
      console.warn(`npq-widgets: <npq-application-status now="${this.now}"> is not an ISO date and time; the real clock is used.`);
    }
    return undefined;
  }


  #workOutView(): View {
    const text = this.#text();
    const { state } = this.#definitionController;
    const definition = state.status === 'ready' ? state.definition : undefined;

    if (this.applicantStatus !== undefined && this.applicantStatus !== null) {
      const value = this.applicantStatus.trim();
      if (!isApplicantStatus(value)) {
        return {
          kind: 'problem',
          problem: { code: 'invalid-attribute', message: format(text.unknownApplicantStatus, { value, known: APPLICANT_STATUSES.join(', ') }) },
        };
      }
      // The tag stands on its own; a named programme only adds its title and apply link.
      if (!this.programme || !definition) return { kind: 'applicant', applicant: value };
      const found = this.#findProgramme(definition, text);
      return 'problem' in found ? { kind: 'problem', problem: found.problem } : { kind: 'applicant', applicant: value, programme: found.programme };
    }

    if (state.status === 'loading') return { kind: 'loading' };
    if (state.status === 'error') return { kind: 'load-error' };
    const found = this.#findProgramme(state.definition, text);
    if ('problem' in found) return { kind: 'problem', problem: found.problem };
    const { programme } = found;
    const cohortId = this.cohort?.trim() || undefined;
    if (cohortId !== undefined && !findCohort(programme, cohortId)) {
      const known = programme.cohorts.map((cohort) => cohort.id).join(', ') || 'none';
      return { kind: 'problem', problem: { code: 'unknown-programme', message: format(text.unknownCohort, { programme: programme.id, cohort: cohortId, known }) } };
    }
    return { kind: 'status', programme, status: applicationStatus(programme, this.#fixedNow() ?? new Date(), cohortId) };
  }

  #findProgramme(definition: Definition, text: Text): { programme: Programme } | { problem: Problem } {
    const id = this.programme?.trim();
    if (!id) return { problem: { code: 'unknown-programme', message: text.noProgramme } };
    const programme = definition.programmes.find((candidate) => candidate.id === id);
    if (programme) return { programme };
    const known = definition.programmes.map((candidate) => candidate.id).join(', ') || 'none';
    return { problem: { code: 'unknown-programme', message: format(text.unknownProgramme, { programme: id, known }) } };
  }

  /** One warning and one event per distinct problem, not one per render. */
  #reportProblem(problem: Problem | undefined): void {
    const key = problem ? `${problem.code}:${problem.message}` : undefined;
    if (key === this.#reportedProblem) return;
    this.#reportedProblem = key;
    if (!problem) return;
    console.warn(`npq-widgets: <npq-application-status> ${problem.message}`);
    this.emit('npq-error', { code: problem.code, message: problem.message, issues: [] });
  }

  /** One timer at most, aimed at the next change; re-armed when a wait is longer than setTimeout allows. */
  #scheduleNextChange(at: Date | undefined): void {
    const target = at?.getTime();
    if (target === this.#timerTarget && this.#timer !== undefined) return;
    this.#clearTimer();
    if (target === undefined || !this.isConnected) return;
    const delay = Math.min(Math.max(target - Date.now(), 0), MAX_TIMER_DELAY);
    this.#timerTarget = target;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#timerTarget = undefined;
      this.requestUpdate();
    }, delay);
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerTarget = undefined;
  }

  #renderProblem(problem: Problem, text: Text): TemplateResult {
    return html`<div class="npq-load-error" part="error" role="alert">
      <p><strong>${text.unavailableTitle}</strong></p>
      <p>${text.unavailableBody}</p>
      <slot></slot>
      <details>
        <summary>${commonMessages.editorDetails}</summary>
        <p>${problem.message}</p>
      </details>
    </div>`;
  }

  #renderNextStep(href: string | undefined, label: string, programme: Programme): TemplateResult | typeof nothing {
    if (!href) return nothing;
    return html`<p class="next-step"><a part="next-step" href=${href}>${format(label, { programme: programme.title })}</a></p>`;
  }

  #renderStatusNextStep(programme: Programme, status: ApplicationStatus, text: Text): TemplateResult | typeof nothing {
    const links = programme.links ?? {};
    const information = safeUrl(links.information);
    if (status.state === 'open' || status.state === 'closing-soon') {
      const apply = safeUrl(links.apply);
      return apply ? this.#renderNextStep(apply, text.apply, programme) : this.#renderNextStep(information, text.howToApply, programme);
    }
    const interest = safeUrl(links.registerInterest, ['https:', 'mailto:']);
    return interest ? this.#renderNextStep(interest, text.registerInterest, programme) : this.#renderNextStep(information, text.findOutMore, programme);
  }

  #renderBanner(programme: Programme, status: ApplicationStatus, text: Text): TemplateResult {
    const { cohort, override } = status;
    const starts = cohort ? describeOpening(cohort.starts) : undefined;
    return html`<div class="banner banner--${STATE_TONES[status.state]}" part="base">
      ${heading(toHeadingLevel(this.headingLevel), format(text.bannerHeading, { programme: programme.title }), { className: 'heading' })}
      <p>${renderStatusTag(status, text)}</p>
      ${override?.note ? html`<p part="note">${override.note}</p>` : nothing}
      ${cohort && starts ? html`<p part="note">${fillMessage(text.cohortLine, { cohort: cohort.label, date: renderTime(starts) })}</p>` : nothing}
      ${cohort?.placesNote && status.state !== 'closed' ? html`<p part="note">${cohort.placesNote}</p>` : nothing}
      ${cohort?.funded && (status.state === 'open' || status.state === 'closing-soon' || status.state === 'opens') ? html`<p part="note">${text.funded}</p>` : nothing}
      ${this.#renderStatusNextStep(programme, status, text)}
    </div>`;
  }

  #renderApplicantBanner(applicant: ApplicantStatus, programme: Programme | undefined, text: Text): TemplateResult {
    const title = programme ? format(text.applicantHeadingProgramme, { programme: programme.title }) : text.applicantHeading;
    const apply = applicant === 'pending' && programme ? safeUrl(programme.links?.apply) : undefined;
    return html`<div class="banner banner--${APPLICANT_TONES[applicant]}" part="base">
      ${heading(toHeadingLevel(this.headingLevel), title, { className: 'heading' })}
      <p>${renderApplicantTag(applicant, text)}</p>
      <p part="note">${text[APPLICANT_BODIES[applicant]]}</p>
      ${programme && apply ? this.#renderNextStep(apply, text.apply, programme) : nothing}
    </div>`;
  }

  override render() {
    const text = this.#text();
    const view = this.#view;
    switch (view.kind) {
      case 'loading':
        return renderLoading();
      case 'load-error': {
        const { state } = this.#definitionController;
        return state.status === 'error' ? renderLoadError(state, { details: this.#definitionController.usesOwnSource() }) : renderLoading();
      }
      case 'problem':
        return this.#renderProblem(view.problem, text);
      case 'applicant':
        return this.variant === 'banner'
          ? this.#renderApplicantBanner(view.applicant, view.programme, text)
          : html`<span class="badge" part="base">${renderApplicantTag(view.applicant, text)}</span>`;
      default:
        return this.variant === 'banner'
          ? this.#renderBanner(view.programme, view.status, text)
          : html`<span class="badge" part="base">${renderStatusTag(view.status, text)}</span>`;
    }
  }
}
