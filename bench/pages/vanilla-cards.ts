/**
 * The hand-written baseline the finder is compared with: the same query through the same core,
 * and the same result cards (same fields, words and markup shape) built with plain DOM calls.
 * Data only ever becomes text (`textContent`, attributes); no `innerHTML`.
 */
import type { Programme } from '../../src/core/definition/schema.js';
import type { Definition } from '../../src/core/definition/validate.js';
import { createFinder, type FinderItem } from '../../src/core/finder/finder.js';
import { safeUrl } from '../../src/core/safe-url.js';
import { applicationStatus, type ApplicationState, type ApplicationStatus } from '../../src/core/status/application-status.js';
import { describeClosing, describeOpening, formatGovukDate, type DisplayMoment } from '../../src/core/status/govuk-date.js';
import { parseUkDateTime } from '../../src/core/status/london-time.js';
import { format } from '../../src/internal/messages.js';
import { STATE_TONES, statusMessages } from '../../src/elements/npq-application-status/status-tag.js';
import { finderMessages, MODE_LABELS, PHASE_LABELS, ROLE_LABELS } from '../../src/elements/npq-programme-finder/messages.js';

const text = finderMessages;

const STATE_LABELS: Record<ApplicationState, keyof typeof statusMessages> = {
  open: 'open',
  'closing-soon': 'closingSoon',
  closed: 'closed',
  opens: 'opens',
  full: 'full',
};

type Child = Node | string | undefined | false;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

function time(moment: DisplayMoment): HTMLTimeElement {
  const node = element('time', { datetime: moment.datetime });
  node.textContent = moment.text;
  return node;
}

/** "{date}" in a message becomes the `<time>` element, the rest stays text. */
function withDate(template: string, moment: DisplayMoment): Child[] {
  const [before = '', after = ''] = template.split('{date}');
  return template.includes('{date}') ? [before, time(moment), after] : [template];
}

function statusTag(status: ApplicationStatus): HTMLSpanElement {
  const { state, cohort, override } = status;
  const label = statusMessages[STATE_LABELS[state]];
  const tag = (...content: Child[]) => element('strong', { class: `npq-tag npq-tag--${STATE_TONES[state]}`, part: `tag tag-${state}` }, ...content);
  if (state === 'opens' && cohort) {
    const opening = describeOpening(cohort.applications.opens);
    return element('span', { class: 'npq-status' }, tag(...(opening ? withDate(label, opening) : [label])));
  }
  const closing = (state === 'open' || state === 'closing-soon') && cohort && !override ? describeClosing(cohort.applications.closes) : undefined;
  return element(
    'span',
    { class: 'npq-status' },
    tag(label),
    closing ? element('span', { class: 'npq-status-detail', part: 'tag-detail' }, ' – ', ...withDate(statusMessages.closesDetail, closing)) : undefined,
  );
}

function fact(term: string, ...description: Child[]): HTMLDivElement {
  return element('div', { class: 'fact' }, element('dt', {}, term), element('dd', {}, ...description));
}

function codeExpansion(programme: Programme, definition: Definition): string {
  const entry = definition.glossary?.find((candidate) => candidate.term.toLowerCase() === programme.code.toLowerCase());
  if (entry?.expansion) return entry.expansion;
  const npq = definition.glossary?.find((candidate) => candidate.term === 'NPQ')?.expansion ?? text.npqExpansion;
  return programme.isNpq ? programme.title.replace(/\bNPQ\b/, npq) : programme.title;
}

function card(item: FinderItem, definition: Definition, now: Date): HTMLLIElement {
  const { programme, cohort } = item;
  const information = safeUrl(programme.links?.information);
  const status = applicationStatus(programme, now, cohort?.id);
  const open = status.state === 'open' || status.state === 'closing-soon';
  const apply = open ? safeUrl(programme.links?.apply) : undefined;
  const interest = open ? undefined : safeUrl(programme.links?.registerInterest, ['https:', 'mailto:']);
  const starts = cohort ? parseUkDateTime(cohort.starts) : undefined;
  const venues = programme.delivery.venues?.filter((venue) => !cohort?.venues || cohort.venues.includes(venue.id)) ?? [];
  const modes = programme.delivery.modes.map((mode) => text[MODE_LABELS[mode]]).join(', ');
  const { taughtMonths, assessmentMonths } = programme.length;
  const funding = cohort ? (cohort.funded ? text.fundedCohort : text.unfundedCohort) : undefined;

  const title = (): Child[] => [`${programme.title} (`, element('abbr', { title: codeExpansion(programme, definition) }, programme.code), ')'];
  const link = information ? element('a', { href: information }, ...title()) : undefined;
  const action = apply ?? interest;
  return element(
    'li',
    { class: 'result', part: 'result' },
    element('h3', { class: 'result-title', part: 'result-title', tabindex: '-1' }, ...(link ? [link] : title())),
    element('p', { class: 'result-summary' }, programme.summary),
    element(
      'dl',
      { class: 'facts' },
      fact(text.audience, programme.audience.roles.map((role) => text[ROLE_LABELS[role]]).join(', ')),
      fact(text.phases, programme.audience.phases.map((phase) => text[PHASE_LABELS[phase]]).join(', ')),
      fact(
        text.length,
        assessmentMonths > 0
          ? format(text.lengthWithAssessment, { months: taughtMonths, assessment: assessmentMonths })
          : format(text.lengthTaught, { months: taughtMonths }),
      ),
      fact(text.hours, format(text.hoursValue, { hours: programme.hours.total })),
      fact(text.delivery, venues.length > 0 ? format(text.deliveryVenues, { modes, venues: venues.map((venue) => venue.name).join(', ') }) : modes),
      fact(
        text.nextCohort,
        ...(cohort && starts ? [`${cohort.label}, `, element('time', { datetime: cohort.starts }, formatGovukDate(starts))] : [text.noCohort]),
      ),
      fact(text.applications, statusTag(status), ...(status.override?.note ? [element('br'), status.override.note] : [])),
      funding || programme.funding ? fact(text.funding, funding ?? '', ' ', programme.funding?.summary ?? '') : undefined,
    ),
    action
      ? element(
          'p',
          { class: 'result-action' },
          element('a', { class: 'apply', part: 'apply', href: action }, format(apply ? text.apply : text.registerInterest, { programme: programme.title })),
        )
      : undefined,
  );
}

export interface BaselineTimes {
  /** Index, snapshot and query (the same core calls the finder makes). */
  query: number;
  /** Building and inserting the DOM. */
  dom: number;
  cards: number;
}

/** Renders the first page of results, as the finder shows them with no search or filters, into `container`. */
export function renderVanillaCards(container: HTMLElement, definition: Definition, now: Date): BaselineTimes {
  const start = performance.now();
  const finder = createFinder(definition.programmes);
  const results = finder.find(finder.snapshot(now), {});
  const queried = performance.now();
  const count = results.total === 1 ? text.resultsOne : format(text.resultsMany, { count: results.total });
  const list = element('ul', { class: 'results', part: 'results' }, ...results.items.map((item) => card(item, definition, now)));
  container.replaceChildren(element('h2', { class: 'results-heading', tabindex: '-1' }, count), list);
  return { query: queried - start, dom: performance.now() - queried, cards: results.items.length };
}
