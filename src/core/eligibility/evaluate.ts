/**
 * Walks the question flow and applies the funding policy to a set of answers. Pure functions over
 * plain data: the checker element, the CLI and the tests all call these.
 */
import type { Definition } from '../definition/validate.js';
import type { Programme } from '../definition/schema.js';
import {
  CHECK_ANSWERS,
  UNKNOWN_CODE,
  YES_NO_NOT_SURE,
  type Condition,
  type Eligibility,
  type Funding,
  type NextStep,
  type Outcome,
  type Question,
  type QuestionOption,
} from './schema.js';

/** A choice value, the ticked values of a multiple-choice question, a `YYYY-MM` month or text. */
export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** What evaluation needs from a definition. */
export type EligibilityDefinition = Pick<Definition, 'programmes'> & { eligibility?: Eligibility | undefined };

/** More steps than any valid flow takes: guards against loops in a flow that was never validated. */
export const STEP_LIMIT = 500;
/** Facts may use facts; deeper than this is a loop. */
const FACT_DEPTH_LIMIT = 32;
const MAX_TEXT_ANSWER = 500;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WHOLE_NUMBER = /^\d{1,9}$/;

const DEFAULT_YES_NO_LABELS: Record<(typeof YES_NO_NOT_SURE)[number], string> = {
  yes: 'Yes',
  no: 'No',
  not_sure: 'I’m not sure',
};

/** The options a choice question offers, with programme options taken from the definition. */
export function questionOptions(definition: EligibilityDefinition, question: Question): QuestionOption[] {
  if (question.kind === 'yes-no-not-sure') {
    return YES_NO_NOT_SURE.map((value) => ({ value, label: DEFAULT_YES_NO_LABELS[value] }));
  }
  if (question.optionsFrom === 'programmes') {
    return definition.programmes.map((programme) => ({ value: programme.id, label: programme.title }));
  }
  return question.options ?? [];
}

/**
 * Programme ids per programme list. `evaluateAll` checks the course answer once per programme, so
 * listing every programme as an option each time made it quadratic (5 s at 10,000 programmes).
 */
const programmeIdSets = new WeakMap<readonly Programme[], ReadonlySet<string>>();

function programmeIds(definition: EligibilityDefinition): ReadonlySet<string> {
  let ids = programmeIdSets.get(definition.programmes);
  if (!ids) {
    ids = new Set(definition.programmes.map((programme) => programme.id));
    programmeIdSets.set(definition.programmes, ids);
  }
  return ids;
}

/** Whether a choice question offers `value`. */
function acceptsValue(definition: EligibilityDefinition, question: Question, value: string): boolean {
  if (question.kind !== 'yes-no-not-sure' && question.optionsFrom === 'programmes') return programmeIds(definition).has(value);
  return questionOptions(definition, question).some((option) => option.value === value);
}

/** Whether a value is a complete, well-formed answer to this question. */
export function isValidAnswer(definition: EligibilityDefinition, question: Question, value: unknown): value is AnswerValue {
  switch (question.kind) {
    case 'single-choice':
    case 'yes-no-not-sure':
      return typeof value === 'string' && acceptsValue(definition, question, value);
    case 'multiple-choice': {
      if (!Array.isArray(value) || value.length === 0) return false;
      return new Set(value).size === value.length && value.every((item) => typeof item === 'string' && acceptsValue(definition, question, item));
    }
    case 'month-year': {
      const match = typeof value === 'string' ? MONTH.exec(value) : null;
      return match !== null && Number(match[1]) >= 1900 && Number(match[1]) <= 2100;
    }
    case 'short-text': {
      if (typeof value !== 'string') return false;
      const trimmed = value.trim();
      if (trimmed.length === 0 || value.length > MAX_TEXT_ANSWER) return false;
      return question.numeric ? WHOLE_NUMBER.test(trimmed) : true;
    }
  }
}

// ── Conditions ───────────────────────────────────────────────────────────────────────────────────

/** `true`, `false`, or undecided because a question that may still be asked has no answer. */
export type Truth = boolean | { missing: string };

interface ConditionContext {
  eligibility: Eligibility;
  answers: Answers;
  /** Questions that may still be asked; a missing answer to any other question counts as "not". */
  open: ReadonlySet<string>;
  /** Each fact's truth once worked out: facts using facts twice would otherwise cost 2^depth tests. */
  facts: Map<string, Truth>;
}

/**
 * Three-valued: `all` is false as soon as one part is false, `any` true as soon as one part is
 * true; otherwise a missing answer leaves the result undecided, naming the first question needed.
 */
export function testCondition(condition: Condition, context: ConditionContext, depth = 0): Truth {
  if (condition.all) {
    let undecided: Truth | undefined;
    for (const part of condition.all) {
      const truth = testCondition(part, context, depth);
      if (truth === false) return false;
      if (truth !== true) undecided ??= truth;
    }
    return undecided ?? true;
  }
  if (condition.any) {
    let undecided: Truth | undefined;
    for (const part of condition.any) {
      const truth = testCondition(part, context, depth);
      if (truth === true) return true;
      if (truth !== false) undecided ??= truth;
    }
    return undecided ?? false;
  }
  if (condition.not) {
    const truth = testCondition(condition.not, context, depth);
    return typeof truth === 'boolean' ? !truth : truth;
  }
  if (condition.fact !== undefined) {
    const facts = context.eligibility.facts;
    const fact = facts && Object.hasOwn(facts, condition.fact) ? facts[condition.fact] : undefined;
    if (!fact || depth >= FACT_DEPTH_LIMIT) return false;
    const known = context.facts.get(condition.fact);
    if (known !== undefined) return known;
    const truth = testCondition(fact, context, depth + 1);
    context.facts.set(condition.fact, truth);
    return truth;
  }
  const questionId = condition.question;
  if (questionId === undefined) return false;
  const value = Object.hasOwn(context.answers, questionId) ? context.answers[questionId] : undefined;
  if (value === undefined) {
    if (context.open.has(questionId)) return { missing: questionId };
    // Not asked on this path: "answered" is false and every comparison fails.
    return condition.answered === false;
  }
  return compare(value, condition, context.eligibility);
}

function compare(value: AnswerValue, condition: Condition, eligibility: Eligibility): boolean {
  const values: readonly string[] = typeof value === 'string' ? [value] : value;
  if (condition.answered !== undefined) return condition.answered;
  if (condition.equals !== undefined) return values.includes(condition.equals);
  if (condition.oneOf !== undefined) return values.some((item) => condition.oneOf!.includes(item));
  if (condition.inGroup !== undefined) {
    const members = eligibility.groups?.[condition.inGroup] ?? [];
    return values.some((item) => members.includes(item));
  }
  const single = typeof value === 'string' ? value.trim() : undefined;
  if (condition.before !== undefined) return single !== undefined && MONTH.test(single) && single < condition.before;
  if (condition.onOrAfter !== undefined) return single !== undefined && MONTH.test(single) && single >= condition.onOrAfter;
  const number = single !== undefined && /^-?\d+(?:\.\d+)?$/.test(single) ? Number(single) : Number.NaN;
  if (Number.isNaN(number)) return false;
  if (condition.lessThan !== undefined) return number < condition.lessThan;
  if (condition.atMost !== undefined) return number <= condition.atMost;
  if (condition.greaterThan !== undefined) return number > condition.greaterThan;
  if (condition.atLeast !== undefined) return number >= condition.atLeast;
  return false;
}

// ── The question flow ────────────────────────────────────────────────────────────────────────────

export interface FlowWalk {
  /** Answered questions on the current path, in the order they are asked. */
  path: string[];
  /** The first question on the path without a valid answer; absent once the path ends. */
  current?: string;
  /** The path ended at a step that ends the questions with an outcome (a terminal page). */
  end?: { outcome: string; because?: string; question: string; step: number };
  /** The path reached "check-answers". */
  complete: boolean;
  /** `current` and every question reachable after it: the ones that may still be asked. */
  open: ReadonlySet<string>;
  /** The walk stopped at the step limit or a broken reference (never for a validated flow). */
  broken: boolean;
}

export function questionById(eligibility: Eligibility, id: string): Question | undefined {
  return eligibility.questions.find((question) => question.id === id);
}

/** The first next step of `question` whose test holds for `value`, given the answers before it. */
export function chooseNextStep(
  eligibility: Eligibility,
  question: Question,
  value: AnswerValue,
  earlierAnswers: Answers,
): { step: NextStep; index: number } | undefined {
  const values: readonly string[] = typeof value === 'string' ? [value] : value;
  // Flow tests read only answers already on the path, so a later answer cannot steer an earlier step.
  const context: ConditionContext = { eligibility, answers: { ...earlierAnswers, [question.id]: value }, open: new Set(), facts: new Map() };
  for (const [index, step] of question.next.entries()) {
    const matches =
      step.answer !== undefined
        ? values.includes(step.answer)
        : step.answers !== undefined
          ? values.some((item) => step.answers!.includes(item))
          : step.when !== undefined
            ? testCondition(step.when, context) === true
            : true;
    if (matches) return { step, index };
  }
  return undefined;
}

/**
 * Follows the answers from the first question. Answers to questions off the path are ignored; the
 * walk stops at the first question still to answer, at a terminal step, or at "check-answers".
 */
export function walkFlow(definition: EligibilityDefinition, answers: Answers): FlowWalk {
  const eligibility = definition.eligibility;
  const none: FlowWalk = { path: [], complete: false, open: new Set(), broken: true };
  if (!eligibility) return none;
  const path: string[] = [];
  const pathAnswers: Record<string, AnswerValue> = {};
  let id = eligibility.questions[0]?.id;
  for (let steps = 0; steps < STEP_LIMIT && id !== undefined; steps += 1) {
    const question = questionById(eligibility, id);
    if (!question || Object.hasOwn(pathAnswers, id)) return { ...none, path };
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (!isValidAnswer(definition, question, value)) {
      return { path, current: id, complete: false, open: reachableFrom(eligibility, id), broken: false };
    }
    path.push(id);
    const chosen = chooseNextStep(eligibility, question, value, pathAnswers);
    pathAnswers[id] = value;
    if (!chosen) return { ...none, path };
    const { step, index } = chosen;
    if (step.end !== undefined) {
      const end = { outcome: step.end, question: id, step: index, ...(step.because !== undefined && { because: step.because }) };
      return { path, end, complete: false, open: new Set(), broken: false };
    }
    if (step.goTo === CHECK_ANSWERS) return { path, complete: true, open: new Set(), broken: false };
    id = step.goTo;
  }
  return { ...none, path };
}

/** Every question reachable from `start` (itself included) by any next step. */
export function reachableFrom(eligibility: Eligibility, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    const question = questionById(eligibility, id);
    if (!question) continue;
    seen.add(id);
    for (const step of question.next) if (step.goTo !== undefined && step.goTo !== CHECK_ANSWERS) queue.push(step.goTo);
  }
  return seen;
}

/**
 * Keeps the answers that can matter: those on the current path, and valid answers to questions
 * that may still be asked after the first unanswered one. Applying it twice changes nothing.
 */
export function pruneAnswers(definition: EligibilityDefinition, answers: Answers): Record<string, AnswerValue> {
  const eligibility = definition.eligibility;
  if (!eligibility) return {};
  const walk = walkFlow(definition, answers);
  const kept: Record<string, AnswerValue> = {};
  for (const id of walk.path) kept[id] = answers[id]!;
  for (const id of walk.open) {
    const question = questionById(eligibility, id);
    const value = Object.hasOwn(answers, id) ? answers[id] : undefined;
    if (question && isValidAnswer(definition, question, value)) kept[id] = value;
  }
  return kept;
}

// ── Evaluation ───────────────────────────────────────────────────────────────────────────────────

export interface EligibilityResult {
  /** An outcome code from the definition, or "unknown" when an answer is missing. */
  code: string;
  funding: Funding;
  /** Why, in plain words (the deciding rule's or step's `because`). */
  reasons: string[];
  /** The question whose answer the deciding rule needs, when the result is "unknown". */
  missing?: string;
  outcome?: Outcome;
  /** The programme the result is for, when known. */
  programme?: string;
  /** The cohort whose policy decided, when known. */
  cohort?: string;
  /** The deciding rule or step, as a JSON Pointer into the definition. */
  decidedBy?: string;
}

function unknownResult(reasons: string[], missing?: string): EligibilityResult {
  return { code: UNKNOWN_CODE, funding: 'unknown', reasons, ...(missing !== undefined && { missing }) };
}

/**
 * The funding outcome for one programme: `programmeId`, or the answer to the programme question.
 * Answers off the current path are ignored; a missing answer that a deciding rule needs gives
 * `unknown` and names the question.
 */
export function evaluate(definition: EligibilityDefinition, answers: Answers, programmeId?: string): EligibilityResult {
  const eligibility = definition.eligibility;
  if (!eligibility) return unknownResult(['The programme definition has no eligibility questions.']);
  const given = programmeId !== undefined && eligibility.programmeQuestion ? { ...answers, [eligibility.programmeQuestion]: programmeId } : answers;
  const walk = walkFlow(definition, given);
  const kept = pruneAnswers(definition, given);
  const programme = programmeId ?? (eligibility.programmeQuestion ? kept[eligibility.programmeQuestion] : undefined);
  const about = typeof programme === 'string' ? { programme } : {};
  if (walk.broken) return { ...unknownResult(['The questions loop or lead nowhere, so no outcome can be given.']), ...about };

  if (walk.end) {
    const { outcome: code, because, question, step } = walk.end;
    const index = eligibility.questions.findIndex((candidate) => candidate.id === question);
    return withOutcome(eligibility, code, because, `/eligibility/questions/${index}/next/${step}`, about);
  }

  const context: ConditionContext = { eligibility, answers: kept, open: walk.open, facts: new Map() };
  const cohortQuestion = eligibility.cohortQuestion;
  const cohortValue = cohortQuestion ? kept[cohortQuestion] : undefined;
  if (cohortQuestion && cohortValue === undefined && walk.open.has(cohortQuestion)) {
    return { ...unknownResult(['The cohort decides which funding policy applies.'], cohortQuestion), ...about };
  }
  const policyIndex = eligibility.policies.findIndex((policy) => policy.cohort === cohortValue);
  const chosenIndex = policyIndex >= 0 ? policyIndex : eligibility.policies.findIndex((policy) => policy.cohort === undefined);
  const policy = eligibility.policies[chosenIndex];
  if (!policy) return { ...unknownResult(['No funding policy covers this cohort.']), ...about };
  const cohort = typeof cohortValue === 'string' ? { cohort: cohortValue } : {};

  for (const [index, rule] of policy.rules.entries()) {
    const truth = rule.when ? testCondition(rule.when, context) : true;
    if (truth === false) continue;
    if (truth !== true) return { ...unknownResult(['An answer the funding rules need is missing.'], truth.missing), ...about, ...cohort };
    return withOutcome(eligibility, rule.outcome, rule.because, `/eligibility/policies/${chosenIndex}/rules/${index}`, { ...about, ...cohort });
  }
  return { ...unknownResult(['No funding rule applies to these answers.']), ...about, ...cohort };
}

function withOutcome(
  eligibility: Eligibility,
  code: string,
  because: string | undefined,
  decidedBy: string,
  extra: Partial<EligibilityResult>,
): EligibilityResult {
  const outcome = eligibility.outcomes.find((candidate) => candidate.code === code);
  if (!outcome) return { ...unknownResult([`The outcome "${code}" is not described.`]), ...extra };
  return { code, funding: outcome.funding, reasons: because !== undefined ? [because] : [], outcome, decidedBy, ...extra };
}

export interface ProgrammeResult extends EligibilityResult {
  programme: string;
}

/** The outcome for every programme in the definition, for the same answers. */
export function evaluateAll(definition: EligibilityDefinition, answers: Answers): ProgrammeResult[] {
  return definition.programmes.map((programme) => ({ ...evaluate(definition, answers, programme.id), programme: programme.id }));
}

/** Programmes whose audience includes the role the applicant chose (by the role question). */
export function suitableProgrammes(definition: EligibilityDefinition, answers: Answers): Programme[] {
  const roleQuestion = definition.eligibility?.roleQuestion;
  const value = roleQuestion ? pruneAnswers(definition, answers)[roleQuestion] : undefined;
  if (value === undefined) return [];
  const roles: readonly string[] = typeof value === 'string' ? [value] : value;
  return definition.programmes.filter((programme) => programme.audience.roles.some((role) => roles.includes(role)));
}

/**
 * Programmes an outcome suggests instead: its candidates (or every programme) other than the one
 * evaluated, that the same answers would fund. Computed, never guessed.
 */
export function alternativeProgrammes(definition: EligibilityDefinition, answers: Answers, result: EligibilityResult): Programme[] {
  const alternatives = result.outcome?.alternatives;
  if (!alternatives) return [];
  const candidates = alternatives.programmes ? new Set(alternatives.programmes) : undefined;
  return definition.programmes.filter(
    (programme) =>
      programme.id !== result.programme &&
      (candidates === undefined || candidates.has(programme.id)) &&
      evaluate(definition, answers, programme.id).funding === 'funded',
  );
}
