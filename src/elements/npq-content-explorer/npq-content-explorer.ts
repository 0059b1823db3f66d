import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Definition } from '../../core/definition/validate.js';
import {
  PROGRAMME_GROUPS,
  type Assessment,
  type Cohort,
  type DeliveryMode,
  type Phase,
  type Programme,
  type ProgrammeGroup,
  type Role,
  type Stage,
} from '../../core/definition/schema.js';
import { safeUrl } from '../../core/safe-url.js';
import { applicationStatus } from '../../core/status/application-status.js';
import { formatGovukDate } from '../../core/status/govuk-date.js';
import { parseUkDateTime } from '../../core/status/london-time.js';
import { compareContentAreas, sharedContentAreas, type SharedArea } from '../../core/explorer/areas.js';
import { barChartGeometry } from '../../core/explorer/chart.js';
import { nextStartingCohort } from '../../core/explorer/cohorts.js';
import { hoursBreakdown, type HoursPart } from '../../core/explorer/hours.js';
import { orderedStages, stageMonths, type MonthSpan } from '../../core/explorer/stages.js';
import { parseExplorerView, type ExplorerPart } from '../../core/explorer/views.js';
import { DefinitionController } from '../../internal/definition-controller.js';
import { definitionStateStyles, renderLoadError, renderLoading } from '../../internal/definition-views.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../../internal/heading.js';
import { format, resolveMessages, type Messages } from '../../internal/messages.js';
import { NpqElement, hostStyles } from '../../internal/npq-element.js';
import { renderStatusTag, statusMessages, statusTagStyles } from '../npq-application-status/status-tag.js';
import { explorerMessages, type ExplorerMessages } from './messages.js';
import { contentExplorerStyles } from './npq-content-explorer.styles.js';
import './events.js';

type Text = Messages<ExplorerMessages>;

const AREA_ID_PREFIX = 'npq-area-';
/** Longest delay `setTimeout` keeps; a later status change is picked up by re-arming. */
const MAX_TIMER_MS = 2_147_483_647;

const GROUP_LABELS: Record<ProgrammeGroup, keyof Text> = {
  leadership: 'groupLeadership',
  specialist: 'groupSpecialist',
  support: 'groupSupport',
};

const ROLE_LABELS: Record<Role, keyof Text> = {
  'classroom-teacher': 'roleClassroomTeacher',
  'subject-or-phase-lead': 'roleSubjectOrPhaseLead',
  'teacher-educator': 'roleTeacherEducator',
  senco: 'roleSenco',
  'middle-leader': 'roleMiddleLeader',
  'senior-leader': 'roleSeniorLeader',
  headteacher: 'roleHeadteacher',
  'executive-leader': 'roleExecutiveLeader',
  'early-years-leader': 'roleEarlyYearsLeader',
};

const PHASE_LABELS: Record<Phase, keyof Text> = {
  'early-years': 'phaseEarlyYears',
  primary: 'phasePrimary',
  secondary: 'phaseSecondary',
  '16-19': 'phase1619',
  special: 'phaseSpecial',
};

const DELIVERY_LABELS: Record<DeliveryMode, keyof Text> = {
  online: 'deliveryOnline',
  'face-to-face': 'deliveryFaceToFace',
  blended: 'deliveryBlended',
};

const STAGE_KIND_LABELS: Record<Stage['kind'], keyof Text> = {
  induction: 'stageInduction',
  module: 'stageModule',
  seminar: 'stageSeminar',
  conference: 'stageConference',
  coaching: 'stageCoaching',
  'self-study': 'stageSelfStudy',
  'peer-learning': 'stagePeerLearning',
  'implementation-project': 'stageImplementationProject',
  assessment: 'stageAssessment',
};

const STAGE_MODE_LABELS: Record<NonNullable<Stage['mode']>, keyof Text> = {
  online: 'modeOnline',
  'face-to-face': 'modeFaceToFace',
  blended: 'modeBlended',
  'self-directed': 'modeSelfDirected',
};

const ASSESSMENT_KIND_LABELS: Record<Assessment['kind'], keyof Text> = {
  'case-study': 'assessmentCaseStudy',
  'written-assignment': 'assessmentWrittenAssignment',
  portfolio: 'assessmentPortfolio',
  none: 'assessmentNone',
};

const HOURS_PART_LABELS: Record<HoursPart, keyof Text> = {
  synchronous: 'partSynchronous',
  inPerson: 'partInPerson',
  selfStudy: 'partSelfStudy',
  unassigned: 'partUnassigned',
};

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const listFormat = new Intl.ListFormat('en-GB', { style: 'long', type: 'conjunction' });

const capitalise = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

/** What one render shows, worked out once so handlers and `updated()` agree with the template. */
interface View {
  definition: Definition;
  programme: Programme | undefined;
  /** The programme the host named that the definition does not have. */
  unknownId: string | undefined;
  chooser: boolean;
  parts: ExplorerPart[];
  unknownViewWords: string[];
}

/**
 * @tagname npq-content-explorer
 * @summary What a programme teaches, how it is structured, how many hours it takes and how it is
 * assessed; for one programme or with a chooser across all of them.
 *
 * @slot - Fallback content (e.g. a link to the course page), shown while loading and when the
 * definition or the programme cannot be shown.
 *
 * @csspart base - The wrapper of everything shown once the definition is ready.
 * @csspart chooser - The programme chooser (label and select).
 * @csspart heading - Every heading.
 * @csspart overview - The overview part.
 * @csspart facts - The key facts summary list, and the assessment's.
 * @csspart areas - The content areas part.
 * @csspart contents - The contents list of in-page links to the content areas.
 * @csspart show-all - The "Show all sections" button.
 * @csspart section - One content area.
 * @csspart section-button - The button that shows or hides a content area's detail.
 * @csspart section-content - A content area's detail.
 * @csspart comparison - The table comparing content areas with similar programmes.
 * @csspart structure - The course structure part.
 * @csspart timeline - The ordered list of stages.
 * @csspart stage - One stage of the course.
 * @csspart chart - The hours chart (figure with the SVG and its table).
 * @csspart assessment - The assessment part.
 * @csspart tag - The application status tag (also `tag-<state>` and `tag-detail`).
 * @csspart error - The message shown when the definition or the programme cannot be shown.
 * @csspart loading - The box shown while the definition loads.
 *
 * @cssprop --npq-explorer-min-block-size - Space kept for the widget while it loads (default 20em).
 * @cssprop --npq-chart-color-1 - Bar colour for live online hours.
 * @cssprop --npq-chart-color-2 - Bar colour for face-to-face hours.
 * @cssprop --npq-chart-color-3 - Bar colour for self-study hours.
 * @cssprop --npq-chart-color-4 - Bar colour for other hours.
 * @cssprop --npq-color-accent - Links, buttons and the timeline.
 *
 * @fires npq-programme-select - A visitor picked a programme in the chooser; `detail.programme` is its id.
 * @fires npq-ready - This element loaded its own definition (`src`, `definition` or inline JSON).
 * @fires npq-error - Its own definition failed to load, or `programme` names no programme in it (`code: 'unknown-programme'`).
 */
export class NpqContentExplorer extends NpqElement {
  static override styles = [hostStyles, definitionStateStyles, statusTagStyles, contentExplorerStyles];

  readonly #definitionController = new DefinitionController(this, { provide: false });

  /** Chosen in the chooser; starts as `programme`. */
  @state() private selectedId: string | undefined;
  /** Open content areas, as `programme-id/area-id`. */
  @state() private openSections: ReadonlySet<string> = new Set();
  /** Said by the chooser's live region after a change. */
  @state() private announcement = '';

  /** URL of a programme definition of its own; without it, the definition of the enclosing `<npq-programmes>`. */
  @property({ reflect: true }) src?: string;

  /** A programme definition object of its own, instead of `src`. */
  @property({ attribute: false }) definition?: unknown;

  /** Id of the programme to show, e.g. `npq-headship`. Without it, a chooser lists every programme. */
  @property({ reflect: true }) programme?: string;

  /** Shows the chooser even when `programme` is set; that programme is then chosen first. */
  @property({ type: Boolean, reflect: true }) chooser = false;

  /** The parts to show: `overview`, `areas`, `structure`, `assessment`, or several separated by spaces. All when absent. */
  @property({ reflect: true }) view?: string;

  /** Level of the widget's top headings, 2 to 6 (default 2). */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: string;

  /** The instant to show application status and next start for (ISO 8601); the current time when absent. */
  @property() now?: string;

  /** Overrides for any of the widget's text (see `explorerMessages`). */
  @property({ attribute: false }) messages?: Partial<ExplorerMessages>;

  #initialHashPending = true;
  /** A content area opened from the address, to scroll to and focus once rendered. */
  #areaToReveal: string | undefined;
  #reportedUnknownId: string | undefined;
  #warnedViewWords = '';
  #statusTimer: ReturnType<typeof setTimeout> | undefined;
  #statusTimerAt: number | undefined;
  /** When the shown status next changes, found while rendering. */
  #nextStatusChange: Date | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#clearStatusTimer();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('programme')) this.selectedId = this.programme;
    // Opening a linked area before the first full render saves a second render straight after it.
    const view = this.#initialHashPending ? this.#currentView() : undefined;
    if (view) {
      this.#initialHashPending = false;
      this.#areaToReveal = this.#openAreaNamedInAddress(view);
    }
  }

  protected override updated(): void {
    const view = this.#currentView();
    if (!view) return;
    this.#reportUnknownProgramme(view);
    this.#warnUnknownViewWords(view);
    this.#scheduleStatusRefresh();
    if (this.#areaToReveal !== undefined) {
      this.#moveToArea(this.#areaToReveal);
      this.#areaToReveal = undefined;
    }
  }

  // ── Handlers ────────────────────────────────────────────────────────────────────────────────────

  readonly #onHashChange = () => {
    const view = this.#currentView();
    const areaId = view && this.#openAreaNamedInAddress(view);
    if (areaId !== undefined) void this.#revealArea(areaId);
  };

  #onChoose(event: Event) {
    const id = (event.target as HTMLSelectElement).value;
    const view = this.#currentView();
    const chosen = view?.definition.programmes.find((programme) => programme.id === id);
    if (!view || !chosen) return;
    this.selectedId = id;
    this.announcement = format(this.#text(view.definition).chooserShowing, { title: chosen.title });
    this.emit('npq-programme-select', { programme: id });
  }

  #toggleSection(programme: Programme, areaId: string) {
    const key = sectionKey(programme, areaId);
    this.#setSectionsOpen([key], !this.openSections.has(key));
  }

  #toggleAllSections(programme: Programme) {
    const keys = detailedAreas(programme).map((area) => sectionKey(programme, area.id));
    const allOpen = keys.every((key) => this.openSections.has(key));
    this.#setSectionsOpen(keys, !allOpen);
  }

  /** The browser's find-in-page (or a text fragment) found text in a closed section and opens it. */
  #onBeforeMatch(programme: Programme, areaId: string) {
    this.#setSectionsOpen([sectionKey(programme, areaId)], true);
  }

  /** A contents link to the section already in the address: no `hashchange` comes, so reveal it here. */
  #onContentsClick(event: MouseEvent, programme: Programme, areaId: string) {
    if (location.hash !== `#${AREA_ID_PREFIX}${areaId}`) return;
    event.preventDefault();
    this.#setSectionsOpen([sectionKey(programme, areaId)], true);
    void this.#revealArea(areaId);
  }

  #setSectionsOpen(keys: readonly string[], open: boolean) {
    const next = new Set(this.openSections);
    for (const key of keys) {
      if (open) next.add(key);
      else next.delete(key);
    }
    this.openSections = next;
  }

  // ── Deep links ──────────────────────────────────────────────────────────────────────────────────

  /**
   * The page's address names a content area (`#npq-area-implementation`). Its id lives in this
   * shadow root, where the browser's own fragment navigation cannot reach, so open it here.
   * Returns the area's id when this programme shows it.
   */
  #openAreaNamedInAddress(view: View): string | undefined {
    // Area ids are slugs, so the fragment needs no decoding.
    const hash = location.hash.slice(1);
    const programme = view.programme;
    if (!hash.startsWith(AREA_ID_PREFIX) || !programme || !view.parts.includes('areas')) return undefined;
    const area = programme.contentAreas.find((candidate) => AREA_ID_PREFIX + candidate.id === hash);
    if (!area) return undefined;
    if (hasDetail(area)) this.#setSectionsOpen([sectionKey(programme, area.id)], true);
    return area.id;
  }

  /** Scrolls to an opened area once it has rendered and moves focus to its heading. */
  async #revealArea(areaId: string): Promise<void> {
    await this.updateComplete;
    this.#moveToArea(areaId);
  }

  #moveToArea(areaId: string): void {
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(AREA_ID_PREFIX + areaId)}`);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  // ── Reporting ───────────────────────────────────────────────────────────────────────────────────

  #reportUnknownProgramme(view: View) {
    if (view.unknownId === undefined || view.unknownId === this.#reportedUnknownId) return;
    this.#reportedUnknownId = view.unknownId;
    const known = view.definition.programmes.map((programme) => programme.id).join(', ') || 'none';
    const message = `The programme "${view.unknownId}" is not in the programme definition. Programmes it has: ${known}.`;
    console.warn(`npq-widgets: <npq-content-explorer> ${message}`);
    this.emit('npq-error', { code: 'unknown-programme', message, issues: [] });
  }

  #warnUnknownViewWords(view: View) {
    const words = view.unknownViewWords.join(' ');
    if (words === '' || words === this.#warnedViewWords) return;
    this.#warnedViewWords = words;
    console.warn(
      `npq-widgets: <npq-content-explorer> view="${this.view ?? ''}" names no part (${words}). Use overview, areas, structure or assessment.`,
    );
  }

  /** Re-renders when the application status changes by itself (e.g. to "Closing soon"), unless `now` is fixed. */
  #scheduleStatusRefresh() {
    const at = this.#fixedNow() === undefined ? this.#nextStatusChange?.getTime() : undefined;
    if (at === this.#statusTimerAt) return;
    this.#clearStatusTimer();
    if (at === undefined) return;
    this.#statusTimerAt = at;
    this.#statusTimer = setTimeout(() => {
      this.#statusTimerAt = undefined;
      this.requestUpdate();
    }, Math.min(MAX_TIMER_MS, Math.max(0, at - Date.now())));
  }

  #clearStatusTimer() {
    clearTimeout(this.#statusTimer);
    this.#statusTimer = undefined;
    this.#statusTimerAt = undefined;
  }

  // ── Working out what to show ────────────────────────────────────────────────────────────────────

  #currentView(): View | undefined {
    const { state } = this.#definitionController;
    if (state.status !== 'ready') return undefined;
    const { definition } = state;
    const chooser = this.chooser || !this.programme;
    const wanted = this.selectedId;
    const found = wanted === undefined ? undefined : definition.programmes.find((programme) => programme.id === wanted);
    const unknownId = wanted !== undefined && !found ? wanted : undefined;
    const programme = found ?? (chooser ? definition.programmes[0] : undefined);
    const { parts, unknown } = parseExplorerView(this.view);
    return { definition, programme, unknownId, chooser, parts, unknownViewWords: unknown };
  }

  #text(definition: Definition): Text {
    return resolveMessages(explorerMessages, 'explorer', definition.messages, this.messages);
  }

  #nowInstant(): Date {
    return this.#fixedNow() ?? new Date();
  }

  /** The instant `now` names; none when it is absent (also once the attribute is removed) or not a date. */
  #fixedNow(): Date | undefined {
    const given = this.now ? Date.parse(this.now) : Number.NaN;
    return Number.isNaN(given) ? undefined : new Date(given);
  }


  // ── Rendering ───────────────────────────────────────────────────────────────────────────────────

  override render() {
    const { state } = this.#definitionController;
    if (state.status === 'loading') return renderLoading();
    if (state.status === 'error') return renderLoadError(state, { details: this.#definitionController.usesOwnSource() });
    const view = this.#currentView()!;
    const text = this.#text(view.definition);
    this.#nextStatusChange = undefined;
    if (view.definition.programmes.length === 0) {
      return html`<div class="base" part="base"><p class="empty">${text.noProgrammes}</p></div>`;
    }
    return html`<div class="base" part="base">
      ${view.chooser && view.programme ? this.#renderChooser(view.definition.programmes, view.programme, text) : nothing}
      ${view.unknownId !== undefined && !view.chooser ? this.#renderUnknownProgramme(view.unknownId, text) : nothing}
      ${view.programme ? this.#renderProgramme(view, view.programme, text) : nothing}
    </div>`;
  }

  #renderChooser(programmes: readonly Programme[], current: Programme, text: Text): TemplateResult {
    const groups = PROGRAMME_GROUPS.map((group) => ({ group, members: programmes.filter((programme) => programme.group === group) })).filter(
      (entry) => entry.members.length > 0,
    );
    const option = (programme: Programme) => html`<option value=${programme.id} ?selected=${programme.id === current.id}>${programme.title}</option>`;
    return html`<div class="chooser" part="chooser">
      <label for="npq-programme-choice">${text.chooserLabel}</label>
      <select id="npq-programme-choice" @change=${this.#onChoose}>
        ${groups.length > 1
          ? groups.map(({ group, members }) => html`<optgroup label=${text[GROUP_LABELS[group]]}>${members.map(option)}</optgroup>`)
          : programmes.map(option)}
      </select>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderUnknownProgramme(id: string, text: Text): TemplateResult {
    return html`<div class="npq-load-error" part="error" role="alert">
      <p><strong>${text.unknownProgrammeTitle}</strong></p>
      <p>${format(text.unknownProgrammeBody, { id })}</p>
      <slot></slot>
    </div>`;
  }

  #renderProgramme(view: View, programme: Programme, text: Text): TemplateResult {
    const base = toHeadingLevel(this.headingLevel);
    const whole = view.parts.length === 4;
    // The whole explorer is headed by the programme's title; a single part stands at the host's level.
    const partLevel = whole ? deeper(base) : base;
    const renderers: Record<ExplorerPart, () => TemplateResult> = {
      overview: () => this.#renderOverview(view.definition, programme, text, partLevel),
      areas: () => this.#renderAreas(view.definition, programme, text, partLevel),
      structure: () => this.#renderStructure(programme, text, partLevel),
      assessment: () => this.#renderAssessment(programme, text, partLevel),
    };
    return html`<article class="programme" aria-labelledby=${whole ? 'npq-programme-title' : nothing}>
      ${whole
        ? html`${heading(base, format(text.titleWithCode, { title: programme.title, code: programme.code }), { id: 'npq-programme-title', className: 'programme-title' })}
            <p class="lead">${programme.summary}</p>`
        : nothing}
      ${view.parts.map((part) => renderers[part]())}
    </article>`;
  }

  // Overview

  #renderOverview(definition: Definition, programme: Programme, text: Text, level: HeadingLevel): TemplateResult {
    const now = this.#nowInstant();
    const status = applicationStatus(programme, now);
    this.#nextStatusChange = status.nextChangeAt;
    const next = nextStartingCohort(programme, now);
    const statusText = resolveMessages(statusMessages, 'status', definition.messages, undefined);
    const apply = status.state === 'open' || status.state === 'closing-soon' ? safeUrl(programme.links?.apply) : undefined;
    const information = safeUrl(programme.links?.information);
    return html`<div class="part overview" part="overview">
      ${heading(level, text.overviewHeading)}
      <dl class="summary-list" part="facts">
        ${row(text.factAudience, this.#renderAudience(programme, text))}
        ${row(text.factLength, this.#lengthText(programme, text))}
        ${row(text.factHours, this.#renderHoursFact(programme, text))}
        ${row(text.factDelivery, this.#renderDelivery(programme, text))}
        ${row(text.factNextStart, this.#renderNextStart(next, text))}
        ${row(
          text.factApplications,
          html`<p>
              ${status.cohort ? `${format(text.applicationsCohort, { cohort: status.cohort.label })} ` : nothing}${renderStatusTag(status, statusText)}
            </p>
            ${status.override?.note && status.cohort !== next ? html`<p>${status.override.note}</p>` : nothing}
            ${apply ? html`<p><a href=${apply}>${format(text.applyLink, { title: programme.title })}</a></p>` : nothing}`,
        )}
        ${this.#renderFunding(programme, next, text)}
      </dl>
      ${information ? html`<p><a href=${information}>${format(text.informationLink, { title: programme.title })}</a></p>` : nothing}
    </div>`;
  }

  /** The next cohort, with why it may not be the one taking applications (full, or a note on places). */
  #renderNextStart(next: Cohort | undefined, text: Text): TemplateResult {
    if (!next) return html`<p>${text.noNextStart}</p>`;
    const note = next.override?.note ?? next.placesNote;
    return html`<p>${format(text.nextStartValue, { cohort: next.label, date: calendarDate(next.starts) })}</p>
      ${note ? html`<p>${note}</p>` : nothing}`;
  }

  #renderAudience(programme: Programme, text: Text): TemplateResult {
    const { audience } = programme;
    const roles = capitalise(listFormat.format(audience.roles.map((role) => text[ROLE_LABELS[role]])));
    const phases = listFormat.format(audience.phases.map((phase) => text[PHASE_LABELS[phase]]));
    return html`${audience.description ? html`<p>${audience.description}</p>` : nothing}
      <p>${roles}</p>
      <p>${format(text.audiencePhases, { phases })}</p>`;
  }

  #lengthText(programme: Programme, text: Text): string {
    const { taughtMonths, assessmentMonths } = programme.length;
    if (assessmentMonths === 0) return months(taughtMonths, text);
    return format(text.lengthWithAssessment, {
      total: months(taughtMonths + assessmentMonths, text),
      taught: months(taughtMonths, text),
      assessment: months(assessmentMonths, text),
    });
  }

  #renderHoursFact(programme: Programme, text: Text): TemplateResult | string {
    const { total, shares } = hoursBreakdown(programme.hours);
    if (shares.length === 0) return hours(total, text);
    return html`<p>${format(text.hoursInAll, { hours: hours(total, text) })}</p>
      <ul class="plain-list">
        ${shares.map((share) => html`<li>${format(text.hoursShare, { part: text[HOURS_PART_LABELS[share.part]], hours: hours(share.hours, text) })}</li>`)}
      </ul>`;
  }

  #renderDelivery(programme: Programme, text: Text): TemplateResult {
    const modes = capitalise(listFormat.format(programme.delivery.modes.map((mode) => text[DELIVERY_LABELS[mode]])));
    const venues = (programme.delivery.venues ?? []).map((venue) => (venue.town ? `${venue.name}, ${venue.town}` : venue.name));
    return html`<p>${modes}</p>
      ${venues.length > 0 ? html`<p>${format(text.venues, { venues: venues.join('; ') })}</p>` : nothing}`;
  }

  #renderFunding(programme: Programme, next: Cohort | undefined, text: Text): TemplateResult | typeof nothing {
    if (programme.funding) {
      const notes = programme.funding.notes ?? [];
      return row(
        text.factFunding,
        html`<p>${programme.funding.summary}</p>
          ${notes.length > 0 ? html`<ul class="plain-list">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing}`,
      );
    }
    if (!next) return nothing;
    return row(text.factFunding, format(next.funded ? text.fundedCohort : text.unfundedCohort, { cohort: next.label }));
  }

  // Content areas

  #renderAreas(definition: Definition, programme: Programme, text: Text, level: HeadingLevel): TemplateResult {
    const sectionLevel = deeper(level);
    const shared = sharedContentAreas(definition.programmes, programme);
    const detailed = detailedAreas(programme);
    const allOpen = detailed.length > 0 && detailed.every((area) => this.openSections.has(sectionKey(programme, area.id)));
    if (programme.contentAreas.length === 0) {
      return html`<div class="part areas" part="areas">${heading(level, text.areasHeading)}<p>${text.noAreas}</p></div>`;
    }
    return html`<div class="part areas" part="areas">
      ${heading(level, text.areasHeading)}
      <nav class="contents" part="contents" aria-label=${text.contentsLabel}>
        <ol>
          ${programme.contentAreas.map(
            (area) => html`<li><a href="#${AREA_ID_PREFIX}${area.id}" @click=${(event: MouseEvent) => this.#onContentsClick(event, programme, area.id)}>${area.title}</a></li>`,
          )}
        </ol>
      </nav>
      <div class="accordion">
        ${detailed.length > 0
          ? html`<div class="accordion-controls">
              <button type="button" class="show-all" part="show-all" aria-expanded=${allOpen ? 'true' : 'false'} @click=${() => this.#toggleAllSections(programme)}>
                <span class="chevron" aria-hidden="true"></span>${allOpen ? text.hideAllSections : text.showAllSections}
              </button>
            </div>`
          : nothing}
        ${shared.map((entry) => this.#renderSection(programme, entry, text, sectionLevel))}
      </div>
      ${this.#renderComparison(definition, programme, text, sectionLevel)}
    </div>`;
  }

  #renderSection(programme: Programme, { area, others, inEveryOther }: SharedArea, text: Text, level: HeadingLevel): TemplateResult {
    const id = `${AREA_ID_PREFIX}${area.id}`;
    const contentId = `${id}-content`;
    const open = this.openSections.has(sectionKey(programme, area.id));
    const sharedLine = inEveryOther
      ? text.sharedWithEveryOther
      : others.length > 0
        ? format(text.sharedWith, { programmes: listFormat.format(others.map((other) => other.title)) })
        : undefined;
    const title = hasDetail(area)
      ? html`<button
          type="button"
          class="section-button"
          part="section-button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${contentId}
          @click=${() => this.#toggleSection(programme, area.id)}
        >
          <span class="section-title">${area.title}</span><span class="visually-hidden">, </span>
          <span class="section-toggle"
            ><span class="chevron" aria-hidden="true"></span>${open ? text.hideSection : text.showSection}<span class="visually-hidden">
              ${text.thisSection}</span
            ></span
          >
        </button>`
      : html`<span class="section-title">${area.title}</span>`;
    return html`<div class="section" part="section">
      ${heading(level, title, { id, className: 'section-heading' })}
      ${area.summary ? html`<p class="section-summary">${area.summary}</p>` : nothing}
      ${sharedLine ? html`<p class="section-shared">${sharedLine}</p>` : nothing}
      ${hasDetail(area)
        ? html`<div
            id=${contentId}
            class="section-content"
            part="section-content"
            hidden=${open ? nothing : 'until-found'}
            @beforematch=${() => this.#onBeforeMatch(programme, area.id)}
          >
            <div class="section-body">
              ${statements(text.learnThat, area.learnThat)} ${statements(text.learnHow, area.learnHow)}
            </div>
          </div>`
        : nothing}
    </div>`;
  }

  #renderComparison(definition: Definition, programme: Programme, text: Text, level: HeadingLevel): TemplateResult | typeof nothing {
    const comparison = compareContentAreas(definition.programmes, programme);
    if (!comparison) return nothing;
    const caption = format(text.compareCaption, { programmes: listFormat.format(comparison.programmes.map((column) => column.title)) });
    return html`<div class="comparison" part="comparison">
      ${heading(level, text.compareHeading)}
      <div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
        <table>
          <caption class="visually-hidden">${caption}</caption>
          <thead>
            <tr>
              <th scope="col">${text.compareAreaColumn}</th>
              ${comparison.programmes.map(
                (column) => html`<th scope="col" class="numeric"><span aria-hidden="true">${column.code}</span><span class="visually-hidden">${column.title}</span></th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${comparison.rows.map(
              (entry) => html`<tr>
                <th scope="row">${entry.area.title}</th>
                ${entry.included.map(
                  (included) => html`<td class="numeric ${included ? 'included' : 'not-included'}">${included ? text.compareIncluded : text.compareNotIncluded}</td>`,
                )}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  }

  // Structure

  #renderStructure(programme: Programme, text: Text, level: HeadingLevel): TemplateResult {
    const stages = orderedStages(programme.structure ?? []);
    return html`<div class="part structure" part="structure">
      ${heading(level, text.structureHeading)}
      <p>${format(text.courseCycle, { length: this.#lengthText(programme, text) })}</p>
      ${stages.length > 0
        ? html`<ol class="timeline" part="timeline">
            ${stages.map((stage) => this.#renderStage(stage, text))}
          </ol>`
        : html`<p>${text.noStructure}</p>`}
      ${this.#renderHoursChart(programme, text)}
    </div>`;
  }

  #renderStage(stage: Stage, text: Text): TemplateResult {
    const span = stageMonths(stage);
    const facts = [
      stage.hours !== undefined ? hours(stage.hours, text) : undefined,
      stage.sessions !== undefined ? format(stage.sessions === 1 ? text.sessionsOne : text.sessionsOther, { count: stage.sessions }) : undefined,
      stage.mode ? text[STAGE_MODE_LABELS[stage.mode]] : undefined,
    ].filter((fact): fact is string => fact !== undefined);
    return html`<li class="stage stage--${stage.kind}" part="stage">
      ${span ? html`<p class="stage-when">${monthSpan(span, text)}</p>` : nothing}
      <p class="stage-title"><span class="stage-kind">${text[STAGE_KIND_LABELS[stage.kind]]}</span> <strong>${stage.title}</strong></p>
      ${facts.length > 0 ? html`<ul class="stage-facts">${facts.map((fact) => html`<li>${fact}</li>`)}</ul>` : nothing}
      ${stage.description ? html`<p class="stage-description">${stage.description}</p>` : nothing}
    </li>`;
  }

  /** The hours split as bars. The SVG is hidden from assistive technology; the table beside it says the same. */
  #renderHoursChart(programme: Programme, text: Text): TemplateResult | typeof nothing {
    const { total, shares } = hoursBreakdown(programme.hours);
    if (shares.length === 0) return nothing;
    const chart = barChartGeometry(shares.map((share) => ({ key: share.part, label: text[HOURS_PART_LABELS[share.part]], value: share.hours })));
    return html`<figure class="chart" part="chart">
      <figcaption class="chart-caption">${format(text.chartHeading, { hours: hours(total, text) })}</figcaption>
      <svg class="chart-svg" width="100%" height="${chart.height}em" aria-hidden="true" focusable="false">
        ${chart.bars.map(
          (bar) => svg`<g class="chart-row chart-row--${bar.key}">
            <text class="chart-label" x="0" y="${bar.labelY}em">${bar.label}</text>
            <rect class="chart-bar" x="0" y="${bar.barY}em" width="${bar.barWidth}%" height="${bar.barHeight}em" rx="2"></rect>
            <text class="chart-value" x="${bar.barWidth}%" dx="0.5em" y="${bar.valueY}em">${hours(bar.value, text)}</text>
          </g>`,
        )}
      </svg>
      <table class="visually-hidden">
        <caption>${text.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${text.chartActivityColumn}</th>
            <th scope="col">${text.chartHoursColumn}</th>
          </tr>
        </thead>
        <tbody>
          ${shares.map((share) => html`<tr><th scope="row">${text[HOURS_PART_LABELS[share.part]]}</th><td>${numberFormat.format(share.hours)}</td></tr>`)}
        </tbody>
        <tfoot>
          <tr><th scope="row">${text.chartTotal}</th><td>${numberFormat.format(total)}</td></tr>
        </tfoot>
      </table>
    </figure>`;
  }

  // Assessment

  #renderAssessment(programme: Programme, text: Text, level: HeadingLevel): TemplateResult {
    const { assessment } = programme;
    if (!assessment) {
      return html`<div class="part assessment" part="assessment">${heading(level, text.assessmentHeading)}<p>${text.noAssessment}</p></div>`;
    }
    const passRequirements = assessment.passRequirements ?? [];
    return html`<div class="part assessment" part="assessment">
      ${heading(level, text.assessmentHeading)}
      <p>${assessment.summary}</p>
      <dl class="summary-list" part="facts">
        ${row(text.assessmentKind, text[ASSESSMENT_KIND_LABELS[assessment.kind]])}
        ${assessment.wordLimit !== undefined
          ? row(text.assessmentWordLimit, format(text.wordLimitValue, { count: numberFormat.format(assessment.wordLimit) }))
          : nothing}
        ${assessment.window
          ? row(
              text.assessmentWindow,
              html`<p>${monthSpan({ start: assessment.window.startMonth, end: assessment.window.endMonth }, text)}</p>
                ${assessment.window.description ? html`<p>${assessment.window.description}</p>` : nothing}`,
            )
          : nothing}
        ${assessment.engagementThreshold !== undefined
          ? row(text.assessmentEngagement, format(text.engagementValue, { percent: numberFormat.format(assessment.engagementThreshold) }))
          : nothing}
        ${passRequirements.length > 0
          ? row(text.assessmentPass, html`<ul class="plain-list">${passRequirements.map((requirement) => html`<li>${requirement}</li>`)}</ul>`)
          : nothing}
      </dl>
    </div>`;
  }
}

// ── Small view helpers ──────────────────────────────────────────────────────────────────────────

function deeper(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

function sectionKey(programme: Programme, areaId: string): string {
  return `${programme.id}/${areaId}`;
}

function hasDetail(area: Programme['contentAreas'][number]): boolean {
  return (area.learnThat?.length ?? 0) > 0 || (area.learnHow?.length ?? 0) > 0;
}

function detailedAreas(programme: Programme) {
  return programme.contentAreas.filter(hasDetail);
}

function row(key: string, value: unknown): TemplateResult {
  return html`<div class="summary-row">
    <dt>${key}</dt>
    <dd>${value}</dd>
  </div>`;
}

function statements(intro: string, list: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (!list || list.length === 0) return nothing;
  return html`<p class="statements-intro">${intro}</p>
    <ul class="statements">
      ${list.map((statement) => html`<li>${statement}</li>`)}
    </ul>`;
}

function hours(count: number, text: Text): string {
  return format(count === 1 ? text.hoursOne : text.hoursOther, { count: numberFormat.format(count) });
}

function months(count: number, text: Text): string {
  return format(count === 1 ? text.monthsOne : text.monthsOther, { count });
}

function monthSpan(span: MonthSpan, text: Text): string {
  return span.start === span.end ? format(text.monthSingle, { start: span.start }) : format(text.monthRange, { start: span.start, end: span.end });
}

function calendarDate(value: string): string {
  const date = parseUkDateTime(value);
  return date ? formatGovukDate(date) : value;
}
