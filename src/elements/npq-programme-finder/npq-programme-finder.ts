import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DELIVERY_MODES,
  PHASES,
  PROGRAMME_GROUPS,
  ROLES,
  type DeliveryMode,
  type Phase,
  type Programme,
  type ProgrammeGroup,
  type Role,
} from '../../core/definition/schema.js';
import type { Definition } from '../../core/definition/validate.js';
import { FACET_KEYS, isFacetKey, parseStartTerm, type FacetKey } from '../../core/finder/facets.js';
import { createFinder, type FacetOption, type Finder, type FinderItem, type FinderResults, type Relaxation } from '../../core/finder/finder.js';
import { pageLinks, toPageSize } from '../../core/finder/paginate.js';
import type { FinderSnapshot } from '../../core/finder/snapshot.js';
import { FINDER_SORTS, isFinderSort, type FinderSort } from '../../core/finder/sort.js';
import { hasFinderParameters, readFinderParameters, writeFinderParameters } from '../../core/finder/url-state.js';
import { safeUrl } from '../../core/safe-url.js';
import { applicationStatus, type ApplicationStatus } from '../../core/status/application-status.js';
import { formatGovukDate } from '../../core/status/govuk-date.js';
import { parseUkDateTime } from '../../core/status/london-time.js';
import { DefinitionController } from '../../internal/definition-controller.js';
import { definitionStateStyles, renderLoadError, renderLoading } from '../../internal/definition-views.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../../internal/heading.js';
import { format, resolveMessages, type Messages } from '../../internal/messages.js';
import { NpqElement, hostStyles } from '../../internal/npq-element.js';
import { fillMessage, renderStatusTag, statusMessages, statusTagStyles, type StatusMessages } from '../npq-application-status/status-tag.js';
import type { NpqProgrammeSelectDetail } from './events.js';
import {
  FACET_LABELS,
  finderMessages,
  GROUP_LABELS,
  MODE_LABELS,
  PHASE_LABELS,
  ROLE_LABELS,
  SEASON_LABELS,
  SORT_LABELS,
  type FinderMessages,
} from './messages.js';
import { finderStyles } from './npq-programme-finder.styles.js';

type Text = Messages<FinderMessages>;
type Selections = Record<FacetKey, string[]>;

/** How long a change must rest before it is announced, reported and (for typing) put in the address. */
export const SETTLE_DELAY_MS = 600;
/** Longest delay `setTimeout` keeps; a later status change is picked up by re-arming. */
const MAX_TIMER_MS = 2_147_483_647;
/** Facets with more options than this start collapsed, unless something in them is selected. */
const COLLAPSE_ABOVE = 10;
const RESULTS_HEADING_ID = 'npq-finder-results';

/** The facets a host can preset by attribute, with the values each accepts. */
const PRESETS = {
  group: PROGRAMME_GROUPS,
  role: ROLES,
  phase: PHASES,
  mode: DELIVERY_MODES,
} as const satisfies Partial<Record<FacetKey, readonly string[]>>;
type PresetKey = keyof typeof PRESETS;
const PRESET_KEYS = Object.keys(PRESETS) as PresetKey[];
/** The attribute each preset is read from (`role` itself is the ARIA attribute). */
const PRESET_ATTRIBUTES = { group: 'group', role: 'audience-role', phase: 'phase', mode: 'mode' } as const satisfies Record<PresetKey, string>;
const PRESET_PROPERTIES = { group: 'group', role: 'audienceRole', phase: 'phase', mode: 'mode' } as const satisfies Record<PresetKey, string>;

const noSelections = (): Selections => Object.fromEntries(FACET_KEYS.map((key) => [key, []])) as unknown as Selections;

function tokens(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((token) => token.trim())
    .filter((token) => token !== '');
}

/** Time to leave unused in an idle period, in ms: one more step of idle work could take about that long. */
const IDLE_MARGIN_MS = 4;
/**
 * The most one slice of idle work runs, in ms, however long the idle period: under the 50 ms of a
 * long task, so a key pressed during a slice is handled in good time.
 */
const IDLE_SLICE_MS = 45;

/**
 * Runs `callback` when the browser is idle, telling it how many ms the idle period has left.
 * Safari has no requestIdleCallback: a short timeout and a short slice stand in.
 */
const whenIdle = (callback: (timeLeft: () => number) => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => callback(() => deadline.timeRemaining()));
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => {
    const start = performance.now();
    callback(() => IDLE_SLICE_MS - (performance.now() - start));
  }, 50);
  return () => clearTimeout(handle);
};

/** Where focus goes once the next render is done. */
type FocusTarget = { kind: 'results-heading' } | { kind: 'chip'; index: number };

/**
 * @tagname npq-programme-finder
 * @summary Search and filter a hub's programmes in the browser: facets with live counts,
 * removable filter chips, sorting and pages, and advice when nothing matches.
 *
 * Filters sit beside the results when the widget is wide and behind a "Show filters" button when
 * it is narrow (under 40em of its own width, so it also fits a sidebar and 400 % zoom). With
 * `url-state` the search lives in the page address as `npq-*` parameters. Reserves
 * `min-block-size: 20em` (`--npq-finder-min-block-size`) in every state.
 *
 * @slot - Fallback for visitors without JavaScript or when the definition cannot load, e.g. a link to the hub's course list. Hidden once the finder shows.
 * @csspart base - The whole finder.
 * @csspart search - The search form.
 * @csspart skip-link - The "Skip to results" link (shown when focused).
 * @csspart filters-toggle - The narrow layout's "Show filters" button.
 * @csspart filters - The filter panel.
 * @csspart facet - One facet's fieldset.
 * @csspart results-heading - The "N programmes found" heading.
 * @csspart chips - The selected filters and "Clear filters".
 * @csspart chip - One removable filter.
 * @csspart clear-filters - The "Clear filters" button.
 * @csspart sort - The sort control.
 * @csspart results - The list of programmes.
 * @csspart result - One programme's card.
 * @csspart result-title - A card's title.
 * @csspart apply - A card's apply or register-interest link.
 * @csspart empty - The advice shown when nothing matches.
 * @csspart pagination - The page links.
 * @csspart tag - The application status tag; it also has `tag-<state>`, e.g. `tag-closing-soon`.
 * @csspart loading - Shown while the definition loads.
 * @csspart error - Shown when the definition cannot be used.
 * @cssprop --npq-finder-min-block-size - Space reserved before and while loading (default 20em).
 * @cssprop --npq-color-accent - Links, focus of selected controls and chips.
 *
 * @fires npq-filter-change - The search, filters, sort or page changed and settled; `detail` has the query, filters, sort, page and number of results.
 * @fires npq-programme-select - A visitor followed a programme's title or apply link; `detail.programme` is its id. Cancel it (`preventDefault()`) to handle the navigation yourself.
 * @fires npq-error - A preset attribute names an unknown value (`invalid-attribute`), or the widget's own definition failed to load.
 * @fires npq-ready - The widget's own definition (`src`, `definition` or inline JSON) loaded.
 */
export class NpqProgrammeFinder extends NpqElement {
  static override styles = [hostStyles, definitionStateStyles, statusTagStyles, finderStyles];

  readonly #definitionController = new DefinitionController(this, { provide: false });

  @state() private text = '';
  @state() private selections: Selections = noSelections();
  @state() private sort: FinderSort = 'relevance';
  @state() private page = 1;
  @state() private filtersOpen = false;
  @state() private collapsed: ReadonlySet<FacetKey> = new Set();
  @state() private liveMessage = '';

  #finder: { definition: Definition; finder: Finder } | undefined;
  #snapshot: FinderSnapshot | undefined;
  /**
   * Application statuses of the cards shown and their tags, kept per snapshot and wording:
   * resolving and writing London times is the costly part of a card.
   */
  #statuses:
    | { snapshot: FinderSnapshot; wording: StatusMessages; byCohort: Map<string, { status: ApplicationStatus; tag: TemplateResult }> }
    | undefined;
  /** Options any programme has at all; others are not offered. */
  #available: { snapshot: FinderSnapshot; options: Set<string> } | undefined;
  #results: FinderResults | undefined;
  /** What the last results were worked out from, so updates that change nothing else reuse them. */
  #resultsFrom: readonly unknown[] = [];
  #initialisedFor: Definition | undefined;
  #settleTimer: ReturnType<typeof setTimeout> | undefined;
  #snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  #snapshotTimerTarget: number | undefined;
  #cancelWarmUp: (() => void) | undefined;
  #pendingFocus: FocusTarget | undefined;
  #addressDirty = false;
  #reported = new Set<string>();

  /** URL of a programme definition, when the finder is not inside `<npq-programmes>`. */
  @property({ reflect: true }) src?: string;

  /** A programme definition object, instead of `src`. */
  @property({ attribute: false }) definition?: unknown;

  /** Level of the results and filter headings, 2 to 6; programme titles are one level below. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** A fixed instant, e.g. `2026-09-20T12:00:00Z`, for demos and tests; absent means the real clock. */
  @property({ reflect: true }) now?: string;

  /** Keep the search in the page address (`npq-q`, `npq-group`, …) so it can be shared and survives back and forward. Use on one finder per page. */
  @property({ attribute: 'url-state', type: Boolean, reflect: true }) urlState = false;

  /** Preselected programme groups: `leadership`, `specialist`, `support` (space-separated). */
  @property({ reflect: true }) group?: string;

  /** Preselected roles (who it is for), e.g. `headteacher senco`. */
  @property({ attribute: 'audience-role', reflect: true }) audienceRole?: string;

  /** Preselected phases, e.g. `primary early-years`. */
  @property({ reflect: true }) phase?: string;

  /** Preselected delivery modes: `online`, `face-to-face`, `blended`. */
  @property({ reflect: true }) mode?: string;

  /**
   * Facets not to offer, e.g. `venue start`: any of group, role, phase, mode, venue, start, funding,
   * status. A hidden facet keeps its preset: `group="specialist" hide-facets="group"` lists
   * specialist programmes only.
   */
  @property({ attribute: 'hide-facets', reflect: true }) hideFacets?: string;

  /** Programmes per page, 1 to 500 (10 by default). */
  @property({ attribute: 'page-size', reflect: true }) pageSize?: string;

  /** Overrides for any message, on top of the definition's `finder.*` messages. */
  @property({ attribute: false }) messages?: Partial<FinderMessages>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#handlePopState);
    document.addEventListener('visibilitychange', this.#handleVisibilityChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#handlePopState);
    document.removeEventListener('visibilitychange', this.#handleVisibilityChange);
    clearTimeout(this.#settleTimer);
    this.#settleTimer = undefined;
    this.#clearSnapshotTimer();
    this.#cancelWarmUp?.();
    this.#cancelWarmUp = undefined;
  }

  /** Works out the results just before rendering, after the definition controller has had its turn. */
  protected override update(changed: PropertyValues<this>): void {
    this.#prepare(changed);
    super.update(changed);
  }

  #prepare(changed: PropertyValues<this>): void {
    const { state } = this.#definitionController;
    if (state.status !== 'ready') {
      this.#results = undefined;
      return;
    }
    const { definition } = state;
    if (this.#finder?.definition !== definition) {
      const finder = createFinder(definition.programmes);
      this.#finder = { definition, finder };
      this.#snapshot = undefined;
      // The first results need no search index: build it while the browser is idle, before the first
      // keystroke, a slice per idle period so that a large definition never blocks input for long.
      this.#cancelWarmUp?.();
      const warmUp = () => {
        this.#cancelWarmUp = whenIdle((timeLeft) => {
          this.#cancelWarmUp = undefined;
          const sliceEnds = performance.now() + IDLE_SLICE_MS;
          if (!finder.warm(() => timeLeft() > IDLE_MARGIN_MS && performance.now() < sliceEnds)) warmUp();
        });
      };
      warmUp();
    }
    const fixed = this.#fixedNow();
    const stale =
      !this.#snapshot ||
      (fixed ? fixed.getTime() !== this.#snapshot.now.getTime() : changed.has('now') || (this.#snapshot.nextChangeAt?.getTime() ?? Infinity) <= Date.now());
    if (stale) this.#snapshot = this.#finder.finder.snapshot(fixed ?? new Date());

    if (this.#initialisedFor !== definition) {
      this.#initialisedFor = definition;
      this.#initialise();
    } else {
      for (const key of PRESET_KEYS) {
        if (changed.has(PRESET_PROPERTIES[key])) this.selections = { ...this.selections, [key]: this.#preset(key) };
      }
      if (changed.has('hideFacets')) this.selections = this.#withPresetsForHidden(this.selections);
    }
    const inputs = [this.#snapshot, this.text, this.selections, this.sort, this.page, this.pageSize];
    if (!this.#results || inputs.some((input, position) => input !== this.#resultsFrom[position])) {
      this.#results = this.#runQuery();
      this.#resultsFrom = inputs;
    }
    if (this.#results.page.page !== this.page) this.page = this.#results.page.page;
  }

  protected override updated(): void {
    this.#reportProblems();
    this.#scheduleSnapshot();
    if (this.#addressDirty) {
      this.#addressDirty = false;
      this.#writeAddress();
    }
    const target = this.#pendingFocus;
    this.#pendingFocus = undefined;
    if (!target) return;
    const root = this.renderRoot as ShadowRoot;
    if (target.kind === 'chip') {
      const chips = [...root.querySelectorAll<HTMLButtonElement>('.chip')];
      const chip = chips[Math.min(target.index, chips.length - 1)];
      if (chip) {
        chip.focus();
        return;
      }
    }
    root.getElementById(RESULTS_HEADING_ID)?.focus();
  }

  // ── State ──────────────────────────────────────────────────────────────────────────────────────

  #resolvedText(): Text {
    return resolveMessages(finderMessages, 'finder', this.#definitionMessages(), this.messages);
  }

  #statusWording: { from: Record<string, string> | undefined; wording: StatusMessages } | undefined;

  /** The status tag's wording, kept while the definition's messages stay the same. */
  #statusText(): StatusMessages {
    const from = this.#definitionMessages();
    if (!this.#statusWording || this.#statusWording.from !== from) {
      this.#statusWording = { from, wording: resolveMessages(statusMessages, 'status', from, undefined) };
    }
    return this.#statusWording.wording;
  }

  #definitionMessages(): Record<string, string> | undefined {
    const { state } = this.#definitionController;
    return state.status === 'ready' ? state.definition.messages : undefined;
  }

  #fixedNow(): Date | undefined {
    if (!this.now) return undefined;
    const instant = new Date(this.now);
    return Number.isNaN(instant.getTime()) ? undefined : instant;
  }

  #hiddenFacets(): Set<FacetKey> {
    return new Set(tokens(this.hideFacets).filter(isFacetKey));
  }

  #preset(key: PresetKey): string[] {
    const known: readonly string[] = PRESETS[key];
    return [...new Set(tokens(this[PRESET_PROPERTIES[key]]).filter((value) => known.includes(value)))];
  }

  /** Hidden facets keep exactly their preset, whatever else changes. */
  #withPresetsForHidden(selections: Selections): Selections {
    const hidden = this.#hiddenFacets();
    const result = { ...selections };
    for (const key of FACET_KEYS) {
      if (hidden.has(key)) result[key] = (PRESET_KEYS as string[]).includes(key) ? this.#preset(key as PresetKey) : [];
    }
    return result;
  }

  #presetSelections(): Selections {
    const selections = noSelections();
    for (const key of PRESET_KEYS) selections[key] = this.#preset(key);
    return selections;
  }

  /** Presets first; the address, when it has finder parameters, wins for the facets on show. */
  #initialise(): void {
    let selections = this.#presetSelections();
    const parameters = this.urlState ? new URLSearchParams(window.location.search) : undefined;
    if (parameters && hasFinderParameters(parameters)) {
      const fromAddress = readFinderParameters(parameters);
      selections = fromAddress.filters;
      this.text = fromAddress.text;
      this.sort = fromAddress.sort;
      this.page = fromAddress.page;
    }
    this.selections = this.#withPresetsForHidden(selections);
    const available = [...this.#availableOptions()];
    this.collapsed = new Set(
      FACET_KEYS.filter((key) => available.filter((option) => option.startsWith(`${key}:`)).length > COLLAPSE_ABOVE && this.selections[key].length === 0),
    );
  }

  #runQuery(): FinderResults {
    return this.#finder!.finder.find(this.#snapshot!, {
      text: this.text,
      filters: this.selections,
      sort: this.sort,
      page: this.page,
      pageSize: toPageSize(this.pageSize),
    });
  }

  #statusOf(item: FinderItem, wording: StatusMessages): { status: ApplicationStatus; tag: TemplateResult } {
    const snapshot = this.#snapshot!;
    if (this.#statuses?.snapshot !== snapshot || this.#statuses.wording !== wording) this.#statuses = { snapshot, wording, byCohort: new Map() };
    const key = `${item.position}/${item.cohort?.id ?? ''}`;
    let entry = this.#statuses.byCohort.get(key);
    if (!entry) {
      const status = applicationStatus(item.programme, snapshot.now, item.cohort?.id);
      entry = { status, tag: renderStatusTag(status, wording) };
      this.#statuses.byCohort.set(key, entry);
    }
    return entry;
  }

  /** Options any programme has with nothing selected; worked out once per snapshot. */
  #availableOptions(): Set<string> {
    const snapshot = this.#snapshot!;
    if (this.#available?.snapshot === snapshot) return this.#available.options;
    const all = this.#finder!.finder.find(snapshot, { pageSize: 1 });
    const options = new Set<string>();
    for (const key of FACET_KEYS) for (const option of all.facets[key].options) if (option.count > 0) options.add(`${key}:${option.value}`);
    this.#available = { snapshot, options };
    return options;
  }

  /**
   * Something the visitor did changed the results: clear the live region now, then announce the
   * count, fire `npq-filter-change` (and write the address when typing) once things settle.
   */
  #changed(how: 'typing' | 'discrete' | 'restored'): void {
    this.liveMessage = '';
    if (how === 'discrete') this.#addressDirty = this.urlState;
    clearTimeout(this.#settleTimer);
    this.#settleTimer = setTimeout(() => {
      this.#settleTimer = undefined;
      this.#settle(how === 'typing');
    }, SETTLE_DELAY_MS);
  }

  #settle(writeAddress: boolean): void {
    const results = this.#results;
    if (!results) return;
    this.liveMessage = this.#countText(results.total, this.#resolvedText());
    if (writeAddress) this.#writeAddress();
    this.emit('npq-filter-change', {
      query: results.text,
      filters: Object.fromEntries(FACET_KEYS.map((key) => [key, [...results.filters[key]]])) as Selections,
      sort: results.sort,
      page: results.page.page,
      results: results.total,
    });
  }

  #writeAddress(): void {
    const results = this.#results;
    if (!this.urlState || !results) return;
    const hidden = this.#hiddenFacets();
    const filters = Object.fromEntries(FACET_KEYS.filter((key) => !hidden.has(key)).map((key) => [key, results.filters[key]]));
    const parameters = writeFinderParameters(new URLSearchParams(window.location.search), {
      text: this.text,
      filters,
      sort: results.sort,
      page: results.page.page,
    });
    const search = parameters.toString();
    const address = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', address);
    }
  }

  /** Back and forward: take the state from the address again (presets when it has none). */
  readonly #handlePopState = (): void => {
    if (!this.urlState || !this.#results) return;
    const parameters = new URLSearchParams(window.location.search);
    const fromAddress = readFinderParameters(parameters);
    this.selections = this.#withPresetsForHidden(hasFinderParameters(parameters) ? fromAddress.filters : this.#presetSelections());
    this.text = fromAddress.text;
    this.sort = fromAddress.sort;
    this.page = fromAddress.page;
    this.#changed('restored');
  };

  /** Timers are throttled or frozen in background tabs and during sleep: look again on return. */
  readonly #handleVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.requestUpdate();
  };

  #scheduleSnapshot(): void {
    const target = this.#fixedNow() ? undefined : this.#snapshot?.nextChangeAt?.getTime();
    if (target === this.#snapshotTimerTarget && this.#snapshotTimer !== undefined) return;
    this.#clearSnapshotTimer();
    if (target === undefined || !this.isConnected) return;
    this.#snapshotTimerTarget = target;
    this.#snapshotTimer = setTimeout(
      () => {
        this.#snapshotTimer = undefined;
        this.#snapshotTimerTarget = undefined;
        this.requestUpdate();
      },
      Math.min(Math.max(target - Date.now(), 0), MAX_TIMER_MS),
    );
  }

  #clearSnapshotTimer(): void {
    clearTimeout(this.#snapshotTimer);
    this.#snapshotTimer = undefined;
    this.#snapshotTimerTarget = undefined;
  }

  /** One console warning and one `npq-error` per distinct problem with the attributes. */
  #reportProblems(): void {
    if (!this.#results) return;
    const text = this.#resolvedText();
    const problems: string[] = [];
    for (const key of PRESET_KEYS) {
      const known: readonly string[] = PRESETS[key];
      for (const value of tokens(this[PRESET_PROPERTIES[key]])) {
        if (!known.includes(value)) problems.push(format(text.invalidPreset, { attribute: PRESET_ATTRIBUTES[key], value, known: known.join(', ') }));
      }
    }
    for (const value of tokens(this.hideFacets)) {
      if (!isFacetKey(value)) problems.push(format(text.invalidPreset, { attribute: 'hide-facets', value, known: FACET_KEYS.join(', ') }));
    }
    if (this.now && !this.#fixedNow()) problems.push(format(text.invalidNow, { value: this.now }));
    for (const message of problems) {
      if (this.#reported.has(message)) continue;
      this.#reported.add(message);
      console.warn(`npq-widgets: <npq-programme-finder> ${message}`);
      this.emit('npq-error', { code: 'invalid-attribute', message, issues: [] });
    }
  }

  // ── Handlers ───────────────────────────────────────────────────────────────────────────────────

  #onSearchInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.page = 1;
    this.#changed('typing');
  }

  #onSearchSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.#settleTimer);
    this.#settleTimer = undefined;
    this.#settle(true);
    this.#pendingFocus = { kind: 'results-heading' };
    this.requestUpdate();
  }

  #onOptionChange(key: FacetKey, value: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const current = this.selections[key].filter((selected) => selected !== value);
    this.selections = { ...this.selections, [key]: checked ? [...current, value] : current };
    this.page = 1;
    this.#changed('discrete');
  }

  #removeChip(key: FacetKey, value: string, index: number): void {
    this.selections = { ...this.selections, [key]: this.selections[key].filter((selected) => selected !== value) };
    this.page = 1;
    this.#pendingFocus = { kind: 'chip', index };
    this.#changed('discrete');
  }

  #clearFilters(): void {
    this.selections = this.#withPresetsForHidden(noSelections());
    this.page = 1;
    this.#pendingFocus = { kind: 'results-heading' };
    this.#changed('discrete');
  }

  #relax(relaxation: Relaxation): void {
    if (relaxation.remove === 'text') this.text = '';
    else this.selections = { ...this.selections, [relaxation.remove]: [] };
    this.page = 1;
    this.#pendingFocus = { kind: 'results-heading' };
    this.#changed('discrete');
  }

  #onSortChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.sort = isFinderSort(value) ? value : 'relevance';
    this.page = 1;
    this.#changed('discrete');
  }

  #goToPage(page: number): void {
    this.page = page;
    this.#pendingFocus = { kind: 'results-heading' };
    this.#changed('discrete');
  }

  #toggleFacet(key: FacetKey): void {
    const next = new Set(this.collapsed);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.collapsed = next;
  }

  #skipToResults(event: Event): void {
    // The target is inside the shadow root, where a fragment link cannot reach it.
    event.preventDefault();
    (this.renderRoot as ShadowRoot).getElementById(RESULTS_HEADING_ID)?.focus();
  }

  /** A cancelable `npq-programme-select`, so a host can handle the navigation itself. */
  #selectProgramme(programme: Programme, event: Event): void {
    const detail: NpqProgrammeSelectDetail = { programme: programme.id };
    const proceed = this.dispatchEvent(new CustomEvent('npq-programme-select', { detail, bubbles: true, composed: true, cancelable: true }));
    if (!proceed) event.preventDefault();
  }

  // ── Words ──────────────────────────────────────────────────────────────────────────────────────

  #countText(count: number, text: Text): string {
    return count === 1 ? text.resultsOne : format(text.resultsMany, { count });
  }

  #programmesText(count: number, text: Text): string {
    return count === 1 ? text.resultsCountOne : format(text.resultsCountMany, { count });
  }

  #optionLabel(key: FacetKey, option: Pick<FacetOption, 'value' | 'label'>, text: Text): string {
    const { value } = option;
    switch (key) {
      case 'group':
        return text[GROUP_LABELS[value as ProgrammeGroup]] ?? value;
      case 'role':
        return text[ROLE_LABELS[value as Role]] ?? value;
      case 'phase':
        return text[PHASE_LABELS[value as Phase]] ?? value;
      case 'mode':
        return text[MODE_LABELS[value as DeliveryMode]] ?? value;
      case 'start': {
        const term = parseStartTerm(value);
        return term ? format(text[SEASON_LABELS[term.season]], { year: term.year }) : value;
      }
      case 'funding':
        return text.fundingOption;
      case 'status':
        return text.statusOption;
      default:
        return option.label ?? value;
    }
  }

  /** The label of a selected value, found among the facet's options. */
  #selectedLabel(results: FinderResults, key: FacetKey, value: string, text: Text): string {
    const option = results.facets[key].options.find((candidate) => candidate.value === value);
    return this.#optionLabel(key, option ?? { value, label: undefined }, text);
  }

  /** What the short code stands for: the glossary's expansion, else the title with "NPQ" spelt out. */
  #codeExpansion(programme: Programme, definition: Definition, text: Text): string {
    const entry = definition.glossary?.find((candidate) => candidate.term.toLowerCase() === programme.code.toLowerCase());
    if (entry?.expansion) return entry.expansion;
    const npq = definition.glossary?.find((candidate) => candidate.term === 'NPQ')?.expansion ?? text.npqExpansion;
    return programme.isNpq ? programme.title.replace(/\bNPQ\b/, npq) : programme.title;
  }

  // ── Rendering ──────────────────────────────────────────────────────────────────────────────────

  #renderSearch(text: Text): TemplateResult {
    return html`<form class="search" part="search" role="search" @submit=${this.#onSearchSubmit}>
      <label class="search-label" for="npq-finder-search">${text.searchLabel}</label>
      <p class="hint" id="npq-finder-search-hint">${text.searchHint}</p>
      <div class="search-row">
        <input
          id="npq-finder-search"
          type="search"
          autocomplete="off"
          aria-describedby="npq-finder-search-hint"
          .value=${this.text}
          @input=${this.#onSearchInput}
        />
        <button type="submit" class="button">${text.searchButton}</button>
      </div>
    </form>`;
  }

  #renderFacet(key: FacetKey, results: FinderResults, text: Text): TemplateResult | typeof nothing {
    const available = this.#availableOptions();
    const options = results.facets[key].options.filter((option) => option.selected || available.has(`${key}:${option.value}`));
    if (options.length === 0) return nothing;
    const expanded = !this.collapsed.has(key);
    const selected = results.facets[key].selectedCount;
    const optionsId = `npq-finder-facet-${key}`;
    return html`<fieldset class="facet" part="facet">
      <legend class="facet-legend">
        <button type="button" class="facet-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${optionsId} @click=${() => this.#toggleFacet(key)}>
          <span class="facet-name">${text[FACET_LABELS[key]]}<span class="visually-hidden">${text.facetContext}</span></span>
          ${selected > 0 ? html`<span class="facet-selected">${format(text.selectedCount, { count: selected })}</span>` : nothing}
        </button>
      </legend>
      <div class="facet-options" id=${optionsId} ?hidden=${!expanded}>
        ${options.map((option) => {
          const id = `npq-finder-${key}-${option.value}`;
          return html`<div class="checkbox">
            <input type="checkbox" id=${id} .checked=${option.selected} @change=${(event: Event) => this.#onOptionChange(key, option.value, event)} />
            <label for=${id}>${this.#optionLabel(key, option, text)} <span class="count">${format(text.optionCount, { count: option.count })}</span></label>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  #renderFilters(results: FinderResults, shown: FacetKey[], level: HeadingLevel, text: Text): TemplateResult {
    const selected = shown.reduce((total, key) => total + results.facets[key].selectedCount, 0);
    return html`<div class="filters-column">
      <button
        type="button"
        class="button button--secondary filters-toggle"
        part="filters-toggle"
        aria-expanded=${this.filtersOpen ? 'true' : 'false'}
        aria-controls="npq-finder-filters"
        @click=${() => (this.filtersOpen = !this.filtersOpen)}
      >
        ${this.filtersOpen ? text.hideFilters : text.showFilters}${selected > 0 ? html` <span class="toggle-count">(${format(text.selectedCount, { count: selected })})</span>` : nothing}
      </button>
      <div class="filters ${this.filtersOpen ? '' : 'is-closed'}" id="npq-finder-filters" part="filters">
        ${heading(level, text.filtersHeading, { className: 'filters-heading', part: 'filters-heading' })}
        ${shown.map((key) => this.#renderFacet(key, results, text))}
      </div>
    </div>`;
  }

  #renderChips(results: FinderResults, shown: FacetKey[], text: Text): TemplateResult | typeof nothing {
    const chips = shown.flatMap((key) => results.filters[key].map((value) => ({ key, value })));
    if (chips.length === 0) return nothing;
    return html`<div class="chips" part="chips">
      <p class="chips-heading" id="npq-finder-chips">${text.selectedFilters}</p>
      <ul class="chip-list" aria-labelledby="npq-finder-chips">
        ${chips.map(
          ({ key, value }, index) => html`<li>
            <button type="button" class="chip" part="chip" @click=${() => this.#removeChip(key, value, index)}>
              <span class="visually-hidden">${text.removeFilter}</span>${this.#selectedLabel(results, key, value, text)}<span class="chip-cross" aria-hidden="true">×</span>
            </button>
          </li>`,
        )}
      </ul>
      <button type="button" class="link-button" part="clear-filters" @click=${this.#clearFilters}>${text.clearFilters}</button>
    </div>`;
  }

  #renderSort(text: Text): TemplateResult {
    return html`<div class="sort" part="sort">
      <label for="npq-finder-sort">${text.sortLabel}</label>
      <select id="npq-finder-sort" @change=${this.#onSortChange}>
        ${FINDER_SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.sort}>${text[SORT_LABELS[sort]]}</option>`)}
      </select>
    </div>`;
  }

  #renderCard(item: FinderItem, definition: Definition, level: HeadingLevel, text: Text, statusText: StatusMessages): TemplateResult {
    const { programme, cohort } = item;
    const information = safeUrl(programme.links?.information);
    const title = html`${programme.title} (<abbr title=${this.#codeExpansion(programme, definition, text)}>${programme.code}</abbr>)`;
    const { status, tag } = this.#statusOf(item, statusText);
    const open = status.state === 'open' || status.state === 'closing-soon';
    const apply = open ? safeUrl(programme.links?.apply) : undefined;
    const interest = open ? undefined : safeUrl(programme.links?.registerInterest, ['https:', 'mailto:']);
    const starts = cohort ? parseUkDateTime(cohort.starts) : undefined;
    const venues = programme.delivery.venues?.filter((venue) => !cohort?.venues || cohort.venues.includes(venue.id)) ?? [];
    const modes = programme.delivery.modes.map((mode) => text[MODE_LABELS[mode]]).join(', ');
    const { taughtMonths, assessmentMonths } = programme.length;
    const funding = cohort ? (cohort.funded ? text.fundedCohort : text.unfundedCohort) : undefined;
    return html`<li class="result" part="result">
      ${heading(
        Math.min(level + 1, 6) as HeadingLevel,
        information ? html`<a href=${information} @click=${(event: Event) => this.#selectProgramme(programme, event)}>${title}</a>` : title,
        { className: 'result-title', part: 'result-title' },
      )}
      <p class="result-summary">${programme.summary}</p>
      <dl class="facts">
        <div class="fact">
          <dt>${text.audience}</dt>
          <dd>${programme.audience.roles.map((role) => text[ROLE_LABELS[role]]).join(', ')}</dd>
        </div>
        <div class="fact">
          <dt>${text.phases}</dt>
          <dd>${programme.audience.phases.map((phase) => text[PHASE_LABELS[phase]]).join(', ')}</dd>
        </div>
        <div class="fact">
          <dt>${text.length}</dt>
          <dd>${assessmentMonths > 0 ? format(text.lengthWithAssessment, { months: taughtMonths, assessment: assessmentMonths }) : format(text.lengthTaught, { months: taughtMonths })}</dd>
        </div>
        <div class="fact">
          <dt>${text.hours}</dt>
          <dd>${format(text.hoursValue, { hours: programme.hours.total })}</dd>
        </div>
        <div class="fact">
          <dt>${text.delivery}</dt>
          <dd>${venues.length > 0 ? format(text.deliveryVenues, { modes, venues: venues.map((venue) => venue.name).join(', ') }) : modes}</dd>
        </div>
        <div class="fact">
          <dt>${text.nextCohort}</dt>
          <dd>
            ${cohort && starts
              ? fillMessage(text.nextCohortValue, { cohort: cohort.label, date: html`<time datetime=${cohort.starts}>${formatGovukDate(starts)}</time>` })
              : text.noCohort}
          </dd>
        </div>
        <div class="fact">
          <dt>${text.applications}</dt>
          <dd>${tag}${status.override?.note ? html`<br />${status.override.note}` : nothing}</dd>
        </div>
        ${funding || programme.funding
          ? html`<div class="fact">
              <dt>${text.funding}</dt>
              <dd>${funding ?? nothing} ${programme.funding?.summary ?? nothing}</dd>
            </div>`
          : nothing}
      </dl>
      ${apply || interest
        ? html`<p class="result-action">
            <a class="apply" part="apply" href=${(apply ?? interest)!} @click=${(event: Event) => this.#selectProgramme(programme, event)}
              >${format(apply ? text.apply : text.registerInterest, { programme: programme.title })}</a
            >
          </p>`
        : nothing}
    </li>`;
  }

  #renderEmpty(results: FinderResults, text: Text): TemplateResult {
    const hidden = this.#hiddenFacets();
    const describe = (remove: FacetKey | 'text'): Record<string, string> => {
      if (remove === 'text') return { text: results.text };
      const values = results.filters[remove].map((value) => this.#selectedLabel(results, remove, value, text)).join(', ');
      return { facet: `${text[FACET_LABELS[remove]]}: ${values}` };
    };
    const suggestions = results.relaxations
      // A hidden facet is the host's scope, not the visitor's choice: never offer to clear it.
      .filter((relaxation) => relaxation.remove === 'text' || !hidden.has(relaxation.remove))
      .map((relaxation) => {
        const template = relaxation.remove === 'text' ? text.relaxText : text.relaxFacet;
        const label = format(template, { ...describe(relaxation.remove), results: this.#programmesText(relaxation.count, text) });
        return html`<li><button type="button" class="link-button" @click=${() => this.#relax(relaxation)}>${label}</button></li>`;
      });
    const anyFilter = FACET_KEYS.some((key) => results.filters[key].length > 0 && !hidden.has(key));
    const clearAll =
      suggestions.length === 0 && anyFilter && results.withoutFilters > 0
        ? html`<li><button type="button" class="link-button" @click=${this.#clearFilters}>${format(text.relaxAll, { results: this.#programmesText(results.withoutFilters, text) })}</button></li>`
        : nothing;
    return html`<div class="empty" part="empty">
      <p>${text.noResults}</p>
      <p>${text.noResultsTry}</p>
      <ul>
        ${suggestions}${clearAll}
        ${results.text ? html`<li>${text.checkSpelling}</li>` : nothing}
      </ul>
    </div>`;
  }

  #renderPagination(results: FinderResults, text: Text): TemplateResult | typeof nothing {
    const { page, pageCount } = results.page;
    if (pageCount <= 1) return nothing;
    return html`<nav class="pagination" part="pagination" aria-label=${text.paginationLabel}>
      <ul>
        ${page > 1
          ? html`<li class="pagination-step"><button type="button" class="link-button" @click=${() => this.#goToPage(page - 1)}>${text.previousPage}<span class="visually-hidden">${text.pageContext}</span></button></li>`
          : nothing}
        ${pageLinks(page, pageCount).map((link) =>
          link === 'gap'
            ? html`<li class="pagination-gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  type="button"
                  class="link-button pagination-number"
                  aria-label=${format(text.pageNumber, { page: link })}
                  aria-current=${link === page ? 'page' : nothing}
                  @click=${() => this.#goToPage(link)}
                >
                  ${link}
                </button>
              </li>`,
        )}
        ${page < pageCount
          ? html`<li class="pagination-step"><button type="button" class="link-button" @click=${() => this.#goToPage(page + 1)}>${text.nextPage}<span class="visually-hidden">${text.pageContext}</span></button></li>`
          : nothing}
      </ul>
    </nav>`;
  }

  #renderFinder(definition: Definition, results: FinderResults, text: Text): TemplateResult {
    const level = toHeadingLevel(this.headingLevel);
    const hidden = this.#hiddenFacets();
    const available = this.#availableOptions();
    const shown = FACET_KEYS.filter(
      (key) => !hidden.has(key) && results.facets[key].options.some((option) => option.selected || available.has(`${key}:${option.value}`)),
    );
    const { page, pageCount, start, end } = results.page;
    const statusText = this.#statusText();
    const count = html`${this.#countText(results.total, text)}${pageCount > 1 ? html`<span class="visually-hidden">${format(text.resultsPage, { page, pages: pageCount })}</span>` : nothing}`;
    return html`<div class="finder" part="base">
      ${this.#renderSearch(text)}
      ${shown.length > 0
        ? html`<a class="skip-link" part="skip-link" href=${`#${RESULTS_HEADING_ID}`} @click=${this.#skipToResults}>${text.skipToResults}</a>`
        : nothing}
      <div class="layout ${shown.length > 0 ? 'layout--with-filters' : ''}">
        ${shown.length > 0 ? this.#renderFilters(results, shown, level, text) : nothing}
        <div class="results-column">
          ${heading(level, count, { id: RESULTS_HEADING_ID, part: 'results-heading', className: 'results-heading' })}
          ${results.total > 0 && pageCount > 1 ? html`<p class="showing">${format(text.showing, { from: start + 1, to: end, total: results.total })}</p>` : nothing}
          ${this.#renderChips(results, shown, text)}
          ${results.total > 1 ? this.#renderSort(text) : nothing}
          ${definition.programmes.length === 0
            ? html`<p class="empty" part="empty">${text.noProgrammes}</p>`
            : results.total === 0
              ? this.#renderEmpty(results, text)
              : html`<ul class="results" part="results">
                  ${results.items.map((item) => this.#renderCard(item, definition, level, text, statusText))}
                </ul>`}
          ${this.#renderPagination(results, text)}
        </div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.liveMessage}</div>
    </div>`;
  }

  override render() {
    const { state } = this.#definitionController;
    if (state.status === 'loading') return renderLoading();
    if (state.status === 'error') return renderLoadError(state, { details: this.#definitionController.usesOwnSource() });
    if (!this.#results) return renderLoading();
    return this.#renderFinder(state.definition, this.#results, this.#resolvedText());
  }
}
