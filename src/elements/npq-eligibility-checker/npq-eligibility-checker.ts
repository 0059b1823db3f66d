import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Programme } from '../../core/definition/schema.js';
import type { Definition } from '../../core/definition/validate.js';
import {
  alternativeProgrammes,
  evaluate,
  isValidAnswer,
  pruneAnswers,
  questionById,
  questionOptions,
  suitableProgrammes,
  walkFlow,
  type AnswerValue,
} from '../../core/eligibility/evaluate.js';
import { askedQuestions, resumeStep, stepAfterAnswer, stepBefore, type CheckerStep } from '../../core/eligibility/navigation.js';
import type { Eligibility, Funding, OutcomeNextStep, Question, QuestionOption } from '../../core/eligibility/schema.js';
import { eligibilityOf, type EligibilitySection } from '../../core/eligibility/section.js';
import { safeUrl } from '../../core/safe-url.js';
import { DefinitionController } from '../../internal/definition-controller.js';
import { definitionStateStyles, renderEditorDetails, renderLoadError, renderLoading } from '../../internal/definition-views.js';
import { heading, toHeadingLevel, type HeadingLevel } from '../../internal/heading.js';
import { format, resolveMessages, type Messages } from '../../internal/messages.js';
import { NpqElement, hostStyles } from '../../internal/npq-element.js';
import { checkerMessages, type CheckerMessages } from './messages.js';
import { eligibilityCheckerStyles } from './npq-eligibility-checker.styles.js';
import './events.js';

type Text = Messages<CheckerMessages>;
type AnswerMap = Record<string, AnswerValue>;

const STORAGE_PREFIX = 'npq-widgets:eligibility:';
const STEP_HEADING_ID = 'npq-step-heading';
const ERROR_ID = 'npq-field-error';
const HINT_ID = 'npq-field-hint';
const MAX_TEXT_ANSWER = 500;
/**
 * A single choice with more options than this is a drop-down list, not radios: a page of hundreds
 * of radios is hard to scan (and slow to lay out), while a select is one control that answers to
 * typing the first letters.
 */
const MAX_RADIOS = 30;

const FUNDING_LABELS: Record<Funding, keyof Text> = {
  funded: 'fundingFunded',
  review: 'fundingReview',
  'not-funded': 'fundingNotFunded',
  unknown: 'fundingUnknown',
};

const YES_NO_LABELS: Record<string, keyof Text> = { yes: 'answerYes', no: 'answerNo', not_sure: 'answerNotSure' };

/**
 * Definitions whose eligibility section's problems are already in the console: every checker on
 * the page shares the definition of its `<npq-programmes>` (or of the same `src`), and one warning
 * is enough.
 */
const warnedDefinitions = new WeakSet<Definition>();

/** One definition-with-section per loaded definition, so it keeps its identity across renders. */
const definitionsWithSection = new WeakMap<Definition, Definition>();

function withSection(definition: Definition, eligibility: Eligibility): Definition {
  if (definition.eligibility === eligibility) return definition;
  let combined = definitionsWithSection.get(definition);
  if (!combined) {
    combined = { ...definition, eligibility };
    definitionsWithSection.set(definition, combined);
  }
  return combined;
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What one render works from, worked out once so handlers and the template agree. */
interface View {
  /** The loaded definition with its validated eligibility section, which the rules read. */
  definition: Definition;
  eligibility: Eligibility;
  /** Answers the page fixes (the course, from `programme`), never asked. */
  fixed: AnswerMap;
  storageKey: string;
  /** Fingerprint of the questions as asked: saved answers are only reused for the same questions. */
  questions: string;
}

/** A field's error: the message and the id of the control the error summary links to. */
interface FieldError {
  message: string;
  field: string;
}

/**
 * @tagname npq-eligibility-checker
 * @summary Asks a prospective applicant a few questions, one per page, and tells them whether they
 * may get DfE scholarship funding for an NPQ, why, what to do next, and which NPQs suit their role.
 *
 * @slot - Fallback content (e.g. a link to the funding page), shown while loading and when the
 * definition cannot be used.
 *
 * @csspart base - The wrapper of every page once the definition is ready.
 * @csspart heading - Every heading; the page heading takes focus on each step.
 * @csspart back - The "Back" link.
 * @csspart form - A question page's form.
 * @csspart error-summary - The "There is a problem" summary.
 * @csspart button - The Continue and "See your result" buttons.
 * @csspart summary - The "Check your answers" summary list.
 * @csspart outcome - The outcome panel (title, tag and meaning).
 * @csspart tag - The funding tag on the outcome (also `tag-positive`, `tag-neutral`, `tag-negative`).
 * @csspart caveat - The note that the provider and the DfE confirm funding.
 * @csspart notice - The note that the questions changed since the visitor's saved answers, so they start again.
 * @csspart error - The message shown when the definition or the programme cannot be used.
 * @csspart loading - The box shown while the definition loads.
 *
 * @cssprop --npq-checker-min-block-size - Space kept for the widget while it loads (default 20em).
 * @cssprop --npq-color-accent - Links, buttons and selected controls.
 * @cssprop --npq-color-error - Error summary, error messages and their borders.
 *
 * @fires npq-answer - The visitor answered a question; `detail.question` is its id (the answer itself is not sent).
 * @fires npq-outcome - An outcome is shown; `detail.code` and `detail.funding` (no answers).
 * @fires npq-restart - The visitor chose "Start again" and the answers were cleared.
 * @fires npq-ready - This element loaded its own definition (`src`, `definition` or inline JSON).
 * @fires npq-error - Its own definition failed to load, the definition has no usable eligibility section (`code: 'invalid'`, with the section's problems), or `programme` names no programme in it (`code: 'unknown-programme'`).
 */
export class NpqEligibilityChecker extends NpqElement {
  static override styles = [hostStyles, definitionStateStyles, eligibilityCheckerStyles];

  readonly #definitionController = new DefinitionController(this, { provide: false });

  /** Answers the visitor gave, on the current path. */
  @state() private answers: AnswerMap = {};
  @state() private step: CheckerStep | undefined;
  /** True after "Change": Continue goes back to "Check your answers" when nothing new is needed. */
  @state() private returnToCheck = false;
  @state() private fieldError: FieldError | undefined;
  /** Said by the live region, e.g. after "Start again". */
  @state() private announcement = '';
  /** The saved answers were for other questions: the visitor is told until they move on. */
  @state() private questionsChanged = false;

  /** URL of a programme definition of its own; without it, the definition of the enclosing `<npq-programmes>`. */
  @property({ reflect: true }) src?: string;

  /** A programme definition object of its own, instead of `src`. */
  @property({ attribute: false }) definition?: unknown;

  /** Id of the programme this page is about, e.g. `npq-headship`: the course question is then not asked. */
  @property({ reflect: true }) programme?: string;

  /** Keeps the answers of several checkers on one site apart (with the definition); `checker` when absent. */
  @property({ attribute: 'checker-id', reflect: true }) checkerId?: string;

  /** Level of the page headings, 2 to 6 (default 2). */
  @property({ attribute: 'heading-level', reflect: true }) headingLevel?: string;

  /** Overrides for any of the widget's text (see `checkerMessages`). */
  @property({ attribute: false }) messages?: Partial<CheckerMessages>;

  /** The storage key and definition the answers were last restored for. */
  #restoredFor: { key: string; definition: Definition } | undefined;
  #focusAfterRender: 'heading' | 'error-summary' | undefined;
  #outcomeEventPending = false;
  #reportedUnknownId: string | undefined;
  /** The definition whose unusable eligibility section this checker last reported. */
  #reportedSectionOf: Definition | undefined;

  protected override willUpdate(): void {
    const view = this.#currentView();
    // A new definition (an edited file) may ask other questions: the saved answers are checked again.
    if (view && (view.storageKey !== this.#restoredFor?.key || view.definition !== this.#restoredFor.definition)) {
      this.#restoredFor = { key: view.storageKey, definition: view.definition };
      this.#restore(view);
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    const view = this.#currentView();
    this.#reportProblems();
    if (!view) return;
    if (changed.has('answers') || changed.has('step') || changed.has('returnToCheck')) this.#persist(view);
    if (this.#outcomeEventPending && this.step?.kind === 'outcome') {
      this.#outcomeEventPending = false;
      const result = evaluate(view.definition, this.#allAnswers(view));
      this.emit('npq-outcome', { code: result.code, funding: result.funding, ...(result.programme !== undefined && { programme: result.programme }) });
    }
    const focus = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (focus === 'heading') this.renderRoot.querySelector<HTMLElement>(`#${STEP_HEADING_ID}`)?.focus();
    if (focus === 'error-summary') this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus();
  }

  // ── Handlers ────────────────────────────────────────────────────────────────────────────────────

  #onSubmit(event: SubmitEvent, view: View, question: Question) {
    event.preventDefault();
    const text = this.#text(view.definition);
    const read = readAnswer(view.definition, question, new FormData(event.target as HTMLFormElement), text);
    if ('error' in read) {
      this.fieldError = read.error;
      this.#focusAfterRender = 'error-summary';
      return;
    }
    const answers = this.#withoutFixed(view, pruneAnswers(view.definition, { ...this.#allAnswers(view), [question.id]: read.value }));
    const all = { ...answers, ...view.fixed };
    const position = askedQuestions(walkFlow(view.definition, all), new Set(Object.keys(view.fixed))).indexOf(question.id) + 1;
    const next = stepAfterAnswer(view.definition, all, question.id, { fixed: new Set(Object.keys(view.fixed)), returnToCheck: this.returnToCheck });
    this.answers = answers;
    this.fieldError = undefined;
    this.announcement = '';
    this.emit('npq-answer', { question: question.id, step: position });
    this.#goTo(next);
  }

  #onBack(view: View) {
    const all = this.#allAnswers(view);
    const complete = walkFlow(view.definition, all).complete;
    const step = this.step;
    if (!step) return;
    // "Back" from a change returns to the summary it came from.
    const previous =
      this.returnToCheck && step.kind === 'question' && complete
        ? ({ kind: 'check-answers' } as const)
        : stepBefore(view.definition, all, step, new Set(Object.keys(view.fixed)));
    if (previous) this.#goTo(previous);
  }

  #onChange(questionId: string) {
    this.#goTo({ kind: 'question', id: questionId });
    this.returnToCheck = true;
  }

  #onStartAgain(view: View) {
    this.answers = {};
    this.announcement = this.#text(view.definition).restarted;
    this.#removeSaved(view);
    this.emit('npq-restart', {});
    this.#goTo(resumeStep(view.definition, view.fixed));
  }

  #onErrorLinkClick(event: MouseEvent, field: string) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  #goTo(step: CheckerStep) {
    this.step = step;
    this.fieldError = undefined;
    this.questionsChanged = false;
    if (step.kind !== 'question') this.returnToCheck = false;
    if (step.kind === 'outcome') this.#outcomeEventPending = true;
    this.#focusAfterRender = 'heading';
  }

  // ── Saving answers in this tab (sessionStorage); nothing is sent anywhere ──────────────────────

  #restore(view: View) {
    const stored = readSaved(view.storageKey);
    // Answers to other questions could give a wrong outcome: they are dropped and the visitor told.
    const changed = stored !== undefined && (stored.questions !== view.questions || hasAnswerNoLongerValid(view, stored.answers));
    if (changed) this.#removeSaved(view);
    this.questionsChanged = changed && Object.keys(stored.answers).length > 0;
    // Changed under an open page: the live region says so too, as the page changes without a click.
    if (this.questionsChanged && this.step !== undefined) this.announcement = this.#text(view.definition).questionsChanged;
    const saved = changed ? undefined : stored;
    this.answers = saved ? this.#withoutFixed(view, pruneAnswers(view.definition, { ...saved.answers, ...view.fixed })) : {};
    const all = this.#allAnswers(view);
    const walk = walkFlow(view.definition, all);
    const step = saved?.step;
    const stillValid =
      step !== undefined &&
      ((step.kind === 'question' && !(step.id in view.fixed) && (walk.path.includes(step.id) || walk.current === step.id)) ||
        (step.kind === 'check-answers' && walk.complete) ||
        (step.kind === 'outcome' && (walk.complete || walk.end !== undefined)));
    this.step = stillValid ? step : resumeStep(view.definition, all);
    this.returnToCheck = stillValid && saved?.returnToCheck === true && this.step.kind === 'question';
    this.fieldError = undefined;
  }

  #persist(view: View) {
    if (!this.step) return;
    try {
      sessionStorage.setItem(view.storageKey, JSON.stringify({ questions: view.questions, answers: this.answers, step: this.step, returnToCheck: this.returnToCheck }));
    } catch {
      // Storage can be full or switched off; the checker still works within the page.
    }
  }

  #removeSaved(view: View) {
    try {
      sessionStorage.removeItem(view.storageKey);
    } catch {
      // Nothing was saved.
    }
  }

  // ── Reporting ───────────────────────────────────────────────────────────────────────────────────

  #reportProblems() {
    const { state } = this.#definitionController;
    if (state.status !== 'ready') return;
    const section = eligibilityOf(state.definition);
    this.#reportSection(state.definition, section);
    if (!section.eligibility) return;
    const unknownId = this.#unknownProgramme(state.definition);
    if (unknownId === undefined || unknownId === this.#reportedUnknownId) return;
    this.#reportedUnknownId = unknownId;
    const known = state.definition.programmes.map((programme) => programme.id).join(', ') || 'none';
    const message = `The programme "${unknownId}" is not in the programme definition. Programmes it has: ${known}.`;
    console.warn(`npq-widgets: <npq-eligibility-checker> ${message}`);
    this.emit('npq-error', { code: 'unknown-programme', message, issues: [] });
  }

  /**
   * Only the checker validates the eligibility section, so it reports the section's problems: one
   * warning per definition, and an `npq-error` from each checker that cannot be shown.
   */
  #reportSection(definition: Definition, section: EligibilitySection) {
    const message = sectionMessage(section);
    if (!warnedDefinitions.has(definition) && (!section.eligibility || section.issues.length > 0)) {
      warnedDefinitions.add(definition);
      console.warn(`npq-widgets: <npq-eligibility-checker> ${message}${section.issues.map((issue) => `\n${issue.message}`).join('')}`);
    }
    if (section.eligibility || this.#reportedSectionOf === definition) return;
    this.#reportedSectionOf = definition;
    this.emit('npq-error', { code: 'invalid', message, issues: section.issues });
  }

  // ── Working out what to show ────────────────────────────────────────────────────────────────────

  #unknownProgramme(definition: Definition): string | undefined {
    if (this.programme === undefined || this.programme === '') return undefined;
    return definition.programmes.some((programme) => programme.id === this.programme) ? undefined : this.programme;
  }

  #currentView(): View | undefined {
    const { state } = this.#definitionController;
    if (state.status !== 'ready') return undefined;
    const { eligibility } = eligibilityOf(state.definition);
    if (!eligibility || this.#unknownProgramme(state.definition) !== undefined) return undefined;
    const definition = withSection(state.definition, eligibility);
    const fixed: AnswerMap = this.programme && eligibility.programmeQuestion ? { [eligibility.programmeQuestion]: this.programme } : {};
    const storageKey = `${STORAGE_PREFIX}${fingerprint(definition.provider.name)}:${this.checkerId || 'checker'}`;
    return { definition, eligibility, fixed, storageKey, questions: questionsFingerprint(eligibility) };
  }

  #allAnswers(view: View): AnswerMap {
    return { ...this.answers, ...view.fixed };
  }

  #withoutFixed(view: View, answers: AnswerMap): AnswerMap {
    const result: AnswerMap = {};
    for (const [id, value] of Object.entries(answers)) if (!(id in view.fixed)) result[id] = value;
    return result;
  }

  #text(definition: Definition): Text {
    return resolveMessages(checkerMessages, 'checker', definition.messages, this.messages);
  }


  // ── Rendering ───────────────────────────────────────────────────────────────────────────────────

  override render() {
    const { state } = this.#definitionController;
    if (state.status === 'loading') return renderLoading();
    if (state.status === 'error') return renderLoadError(state, { details: this.#definitionController.usesOwnSource() });
    const text = this.#text(state.definition);
    const section = eligibilityOf(state.definition);
    const unknownId = section.eligibility ? this.#unknownProgramme(state.definition) : undefined;
    if (!section.eligibility || unknownId !== undefined) {
      const [title, body] = unknownId !== undefined ? [text.unknownProgrammeTitle, format(text.unknownProgrammeBody, { id: unknownId })] : [text.notConfiguredTitle, text.notConfiguredBody];
      return html`<div class="npq-load-error" part="error" role="alert">
        <p><strong>${title}</strong></p>
        <p>${body}</p>
        <slot></slot>
        ${section.eligibility ? nothing : renderEditorDetails(sectionMessage(section), section.issues)}
      </div>`;
    }
    const view = this.#currentView()!;
    const step = this.step ?? resumeStep(view.definition, this.#allAnswers(view));
    const level = toHeadingLevel(this.headingLevel);
    let page: unknown;
    if (step.kind === 'question') {
      const question = questionById(view.eligibility, step.id);
      page = question ? this.#renderQuestion(view, question, level, text) : this.#renderCheckAnswers(view, level, text);
    } else if (step.kind === 'check-answers') page = this.#renderCheckAnswers(view, level, text);
    else page = this.#renderOutcome(view, level, text);
    const notice = this.questionsChanged ? html`<div class="inset notice" part="notice"><p>${text.questionsChanged}</p></div>` : nothing;
    return html`<div class="base" part="base">
      ${this.#renderBack(view, step, text)} ${notice} ${page}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderBack(view: View, step: CheckerStep, text: Text): TemplateResult | typeof nothing {
    const target = stepBefore(view.definition, this.#allAnswers(view), step, new Set(Object.keys(view.fixed)));
    if (!target) return nothing;
    return html`<button type="button" class="back-link" part="back" @click=${() => this.#onBack(view)}>${text.back}</button>`;
  }

  #renderErrorSummary(error: FieldError, level: HeadingLevel, text: Text): TemplateResult {
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="npq-error-summary-title">
      ${heading(level, text.errorSummaryTitle, { id: 'npq-error-summary-title', className: 'error-summary-title' })}
      <ul class="error-summary-list">
        <li><a href="#${error.field}" @click=${(event: MouseEvent) => this.#onErrorLinkClick(event, error.field)}>${error.message}</a></li>
      </ul>
    </div>`;
  }

  #renderQuestion(view: View, question: Question, level: HeadingLevel, text: Text): unknown {
    const error = this.fieldError;
    const value = this.answers[question.id];
    const describedBy = [question.hint !== undefined ? HINT_ID : '', error ? ERROR_ID : ''].filter(Boolean).join(' ') || nothing;
    const hint = question.hint !== undefined ? html`<p class="hint" id=${HINT_ID}>${question.hint}</p>` : nothing;
    const link = question.link ? renderLink(question.link.url, question.link.text, 'question-link') : nothing;
    const errorMessage = error
      ? html`<p class="error-message" id=${ERROR_ID}><span class="visually-hidden">${text.errorPrefix}</span> ${error.message}</p>`
      : nothing;
    const group = (content: TemplateResult) => html`<div class="form-group ${error ? 'form-group-error' : ''}">${content}</div>`;
    let field: TemplateResult;
    switch (question.kind) {
      case 'single-choice':
      case 'yes-no-not-sure':
      case 'multiple-choice': {
        const multiple = question.kind === 'multiple-choice';
        const options = questionOptions(view.definition, question).map((option) =>
          question.kind === 'yes-no-not-sure' ? { ...option, label: text[YES_NO_LABELS[option.value]!] } : option,
        );
        if (question.kind === 'single-choice' && isLongList(options)) {
          field = group(html`${heading(level, html`<label for="npq-answer">${question.legend}</label>`, { id: STEP_HEADING_ID, className: 'label-heading' })}
            ${hint} ${link} ${errorMessage}
            <select class="select ${error ? 'input-error' : ''}" id="npq-answer" name="answer" aria-describedby=${describedBy}>
              <option value="" ?selected=${typeof value !== 'string'}>${text.selectPrompt}</option>
              ${options.map((option) => html`<option value=${option.value} ?selected=${value === option.value}>${option.label}</option>`)}
            </select>`);
          break;
        }
        field = group(html`<fieldset class="fieldset" aria-describedby=${describedBy}>
          <legend class="legend">${heading(level, question.legend, { id: STEP_HEADING_ID })}</legend>
          ${hint} ${link} ${errorMessage}
          <div class="choices ${multiple ? 'checkboxes' : 'radios'}">
            ${options.map((option, index) => renderChoice(option, index, multiple, value))}
          </div>
        </fieldset>`);
        break;
      }
      case 'month-year': {
        const [year = '', month = ''] = typeof value === 'string' ? value.split('-') : [];
        const hintText = question.hint ?? text.monthYearHint;
        field = group(html`<fieldset class="fieldset" role="group" aria-describedby="${HINT_ID}${error ? ` ${ERROR_ID}` : ''}">
          <legend class="legend">${heading(level, question.legend, { id: STEP_HEADING_ID })}</legend>
          <p class="hint" id=${HINT_ID}>${hintText}</p>
          ${link} ${errorMessage}
          <div class="date-input">
            <div class="date-item">
              <label for="npq-answer">${text.monthLabel}</label>
              <input class="input input-width-2 ${error ? 'input-error' : ''}" id="npq-answer" name="month" inputmode="numeric" autocomplete="off" maxlength="2" value=${month ? String(Number(month)) : ''} />
            </div>
            <div class="date-item">
              <label for="npq-answer-year">${text.yearLabel}</label>
              <input class="input input-width-4 ${error ? 'input-error' : ''}" id="npq-answer-year" name="year" inputmode="numeric" autocomplete="off" maxlength="4" value=${year} />
            </div>
          </div>
        </fieldset>`);
        break;
      }
      case 'short-text':
        field = group(html`${heading(level, html`<label for="npq-answer">${question.legend}</label>`, { id: STEP_HEADING_ID, className: 'label-heading' })}
          ${hint} ${link} ${errorMessage}
          <input
            class="input ${question.numeric ? 'input-width-4' : ''} ${error ? 'input-error' : ''}"
            id="npq-answer"
            name="answer"
            type="text"
            spellcheck="false"
            autocomplete="off"
            inputmode=${question.numeric ? 'numeric' : 'text'}
            aria-describedby=${describedBy}
            value=${typeof value === 'string' ? value : ''}
          />`);
        break;
    }
    // A fresh form per question, so one question's choices never carry over to the next.
    return keyed(
      question.id,
      html`${error ? this.#renderErrorSummary(error, level, text) : nothing}
        <form class="question" part="form" novalidate @submit=${(event: SubmitEvent) => this.#onSubmit(event, view, question)}>
          ${field}
          <button type="submit" class="button" part="button">${text.continue}</button>
        </form>
        ${Object.keys(this.answers).length > 0 ? this.#renderStartAgain(view, text) : nothing}`,
    );
  }

  #renderCheckAnswers(view: View, level: HeadingLevel, text: Text): TemplateResult {
    const all = this.#allAnswers(view);
    const walk = walkFlow(view.definition, all);
    const asked = askedQuestions(walk, new Set(Object.keys(view.fixed)));
    const fixedProgramme = this.programme ? view.definition.programmes.find((programme) => programme.id === this.programme) : undefined;
    return html`${heading(level, text.checkHeading, { id: STEP_HEADING_ID })}
      <p>${text.checkIntro}</p>
      <dl class="summary-list" part="summary">
        ${fixedProgramme
          ? html`<div class="summary-row">
              <dt>${text.checkProgramme}</dt>
              <dd>${fixedProgramme.title}</dd>
            </div>`
          : nothing}
        ${asked.map((id) => {
          const question = questionById(view.eligibility, id)!;
          return html`<div class="summary-row">
            <dt>${question.legend}</dt>
            <dd>${describeAnswer(view.definition, question, all[id]!, text)}</dd>
            <dd class="summary-actions">
              <button type="button" class="link-button" @click=${() => this.#onChange(id)}>
                ${text.change}<span class="visually-hidden"> ${format(text.changeContext, { question: question.legend })}</span>
              </button>
            </dd>
          </div>`;
        })}
      </dl>
      <button type="button" class="button" part="button" @click=${() => this.#goTo({ kind: 'outcome' })}>${text.seeResult}</button>
      ${this.#renderStartAgain(view, text)}`;
  }

  #renderOutcome(view: View, level: HeadingLevel, text: Text): TemplateResult {
    const all = this.#allAnswers(view);
    const result = evaluate(view.definition, all);
    const sub = Math.min(level + 1, 6) as HeadingLevel;
    const outcome = result.outcome;
    const programme = view.definition.programmes.find((candidate) => candidate.id === result.programme);
    const tone = outcome?.tone ?? 'neutral';
    const cohortLabel = result.cohort !== undefined ? cohortName(view, result.cohort) : undefined;
    const resultFor = programme
      ? cohortLabel
        ? format(text.resultForCohort, { programme: programme.title, cohort: cohortLabel })
        : format(text.resultFor, { programme: programme.title })
      : undefined;
    const nextSteps = outcome?.nextSteps ?? [];
    const alternatives = alternativeProgrammes(view.definition, all, result);
    const suitable = suitableProgrammes(view.definition, all);
    const canChange = walkFlow(view.definition, all).complete;
    return html`<div class="outcome outcome-${tone}" part="outcome">
        <strong class="tag tag-${tone}" part="tag tag-${tone}">${text[FUNDING_LABELS[result.funding]]}</strong>
        ${heading(level, outcome?.title ?? text.undecidedTitle, { id: STEP_HEADING_ID, className: 'outcome-title' })}
        ${resultFor ? html`<p class="outcome-for">${resultFor}</p>` : nothing}
        <p>${outcome?.body ?? text.undecidedBody}</p>
      </div>
      ${result.reasons.length > 0
        ? html`${heading(sub, text.whyHeading)}
            ${result.reasons.map((reason) => html`<p>${reason}</p>`)}`
        : nothing}
      ${nextSteps.length > 0
        ? html`${heading(sub, text.nextStepsHeading)}
            <ul class="list">
              ${nextSteps.map((step) => html`<li>${renderNextStep(view, step, programme)}</li>`)}
            </ul>`
        : nothing}
      ${alternatives.length > 0 && outcome?.alternatives
        ? html`${heading(sub, text.alternativesHeading)}
            <p>${outcome.alternatives.intro}</p>
            ${renderProgrammeList(alternatives)}`
        : nothing}
      <div class="inset" part="caveat">${text.caveat}</div>
      ${suitable.length > 0
        ? html`${heading(sub, text.suitableHeading)}
            <p>${text.suitableIntro}</p>
            ${renderProgrammeList(suitable)}`
        : nothing}
      <div class="actions">
        ${canChange
          ? html`<button type="button" class="button button-secondary" part="button" @click=${() => this.#goTo({ kind: 'check-answers' })}>${text.changeAnswers}</button>`
          : nothing}
        ${this.#renderStartAgain(view, text)}
      </div>`;
  }

  #renderStartAgain(view: View, text: Text): TemplateResult {
    return html`<p class="start-again"><button type="button" class="link-button" @click=${() => this.#onStartAgain(view)}>${text.startAgain}</button></p>`;
  }
}

// ── Helpers (pure, so the class stays about state and events) ─────────────────────────────────────

/** Whether a choice list is long enough for a select, and plain enough: option hints and dividers need radios. */
function isLongList(options: readonly QuestionOption[]): boolean {
  return options.length > MAX_RADIOS && options.every((option) => option.hint === undefined && option.dividerBefore === undefined);
}

function renderChoice(option: QuestionOption, index: number, multiple: boolean, value: AnswerValue | undefined): TemplateResult {
  const id = index === 0 ? 'npq-answer' : `npq-answer-${index}`;
  const hintId = `${id}-hint`;
  const checked = typeof value === 'string' ? value === option.value : value?.includes(option.value) === true;
  return html`${option.dividerBefore !== undefined ? html`<p class="divider">${option.dividerBefore}</p>` : nothing}
    <div class="choice">
      <input
        class="choice-input"
        id=${id}
        name="answer"
        type=${multiple ? 'checkbox' : 'radio'}
        value=${option.value}
        ?checked=${checked}
        aria-describedby=${option.hint !== undefined ? hintId : nothing}
      />
      <label class="choice-label" for=${id}>${option.label}</label>
      ${option.hint !== undefined ? html`<p class="choice-hint" id=${hintId}>${option.hint}</p>` : nothing}
    </div>`;
}

/** Reads and checks one answer from a question page's form. */
function readAnswer(definition: Definition, question: Question, form: FormData, text: Text): { value: AnswerValue } | { error: FieldError } {
  const fail = (message: string, field = 'npq-answer') => ({ error: { message, field } });
  switch (question.kind) {
    case 'single-choice':
    case 'yes-no-not-sure': {
      const value = form.get('answer');
      return typeof value === 'string' && isValidAnswer(definition, question, value) ? { value } : fail(text.errorChoose);
    }
    case 'multiple-choice': {
      const values = form.getAll('answer').filter((item): item is string => typeof item === 'string');
      return isValidAnswer(definition, question, values) ? { value: values } : fail(text.errorChooseSome);
    }
    case 'month-year': {
      const month = String(form.get('month') ?? '').trim();
      const year = String(form.get('year') ?? '').trim();
      if (month === '' && year === '') return fail(text.errorMonthYearMissing);
      const value = /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year) ? `${year}-${month.padStart(2, '0')}` : '';
      if (!isValidAnswer(definition, question, value)) return fail(text.errorMonthYearInvalid, /^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12 ? 'npq-answer-year' : 'npq-answer');
      return { value };
    }
    case 'short-text': {
      const value = String(form.get('answer') ?? '').trim();
      if (value === '') return fail(text.errorTextMissing);
      if (value.length > MAX_TEXT_ANSWER) return fail(text.errorTextTooLong);
      return isValidAnswer(definition, question, value) ? { value } : fail(text.errorTextNumber);
    }
  }
}

/** An answer in words, as "Check your answers" shows it. */
function describeAnswer(definition: Definition, question: Question, value: AnswerValue, text: Text): TemplateResult | string {
  if (question.kind === 'yes-no-not-sure' && typeof value === 'string') return text[YES_NO_LABELS[value] ?? 'answerNotSure'];
  if (question.kind === 'month-year' && typeof value === 'string') {
    const [year, month] = value.split('-').map(Number) as [number, number];
    return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  }
  if (question.kind === 'short-text') return typeof value === 'string' ? value : '';
  const options = questionOptions(definition, question);
  const labelOf = (item: string) => options.find((option) => option.value === item)?.label ?? item;
  if (typeof value === 'string') return labelOf(value);
  return html`${value.map((item, index) => html`${index > 0 ? html`<br />` : nothing}${labelOf(item)}`)}`;
}

/** What is wrong with a definition's eligibility section, for the site's editor. */
function sectionMessage(section: EligibilitySection): string {
  return section.eligibility
    ? 'The "eligibility" section of the programme definition has problems the checker works around.'
    : 'The programme definition has no usable "eligibility" section.';
}

function renderLink(url: string, label: string, className = ''): TemplateResult {
  const href = safeUrl(url, ['https:', 'mailto:', 'tel:']);
  return href ? html`<p class=${className}><a href=${href}>${label}</a></p>` : html`<p class=${className}>${label}</p>`;
}

/** A next step as a link when its URL (its own, the programme's or the provider's) is safe. */
function renderNextStep(view: View, step: OutcomeNextStep, programme: Programme | undefined): TemplateResult | string {
  const provider = view.definition.provider;
  const borrowed =
    step.link === 'apply'
      ? programme?.links?.apply
      : step.link === 'register-interest'
        ? programme?.links?.registerInterest
        : step.link === 'information'
          ? programme?.links?.information
          : step.link === 'contact'
            ? (provider.contactUrl ?? (provider.email ? `mailto:${provider.email}` : provider.website))
            : undefined;
  const href = safeUrl(step.url ?? borrowed, ['https:', 'mailto:']);
  return href ? html`<a href=${href}>${step.text}</a>` : step.text;
}

function renderProgrammeList(programmes: readonly Programme[]): TemplateResult {
  return html`<ul class="list">
    ${programmes.map((programme) => {
      const href = safeUrl(programme.links?.information);
      return html`<li>${href ? html`<a href=${href}>${programme.title}</a>` : programme.title}</li>`;
    })}
  </ul>`;
}

function cohortName(view: View, cohortId: string): string | undefined {
  const cohortQuestion = view.eligibility.cohortQuestion;
  const question = cohortQuestion ? questionById(view.eligibility, cohortQuestion) : undefined;
  return question?.options?.find((option) => option.value === cohortId)?.label;
}

/** Saved answers, when the stored value still has the expected shape (and names the questions it answers). */
function readSaved(key: string): { questions: string; answers: AnswerMap; step?: CheckerStep; returnToCheck?: boolean } | undefined {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const parsed = JSON.parse(raw) as { questions?: unknown; answers?: unknown; step?: unknown; returnToCheck?: unknown };
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.questions !== 'string') return undefined;
    if (typeof parsed.answers !== 'object' || parsed.answers === null || Array.isArray(parsed.answers)) return undefined;
    const answers: AnswerMap = {};
    for (const [id, value] of Object.entries(parsed.answers as Record<string, unknown>)) {
      if (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'))) answers[id] = value as AnswerValue;
    }
    const step = parsed.step as Partial<CheckerStep> | undefined;
    const validStep =
      step && (step.kind === 'check-answers' || step.kind === 'outcome' || (step.kind === 'question' && typeof (step as { id?: unknown }).id === 'string'))
        ? (step as CheckerStep)
        : undefined;
    return { questions: parsed.questions, answers, ...(validStep && { step: validStep }), returnToCheck: parsed.returnToCheck === true };
  } catch {
    return undefined;
  }
}

/** Whether a saved answer no longer fits its question, e.g. the course chosen was taken out of the definition. */
function hasAnswerNoLongerValid(view: View, answers: AnswerMap): boolean {
  return Object.entries(answers).some(([id, value]) => {
    const question = questionById(view.eligibility, id);
    return question !== undefined && !(id in view.fixed) && !isValidAnswer(view.definition, question, value);
  });
}

const questionFingerprints = new WeakMap<Eligibility, string>();

/**
 * Changes when a question is added, removed, reordered, reworded, or offers other answers; not
 * when hints, links, the flow, the funding rules or the outcomes change. Programme options are
 * checked one by one instead, so adding a programme keeps the answers.
 */
function questionsFingerprint(eligibility: Eligibility): string {
  let cached = questionFingerprints.get(eligibility);
  if (cached === undefined) {
    const asked = eligibility.questions.map((question) => [
      question.id,
      question.kind,
      question.legend,
      question.numeric === true,
      question.optionsFrom ?? '',
      (question.options ?? []).map((option) => [option.value, option.label]),
    ]);
    cached = fingerprint(JSON.stringify(asked));
    questionFingerprints.set(eligibility, cached);
  }
  return cached;
}

/** FNV-1a: short and stable; it tells versions apart, it protects nothing. */
function fingerprint(source: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < source.length; index += 1) {
    hash ^= source.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
