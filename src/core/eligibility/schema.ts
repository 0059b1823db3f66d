/**
 * The definition's `eligibility` section: the checker's questions, how one leads to the next, and
 * the funding policy per cohort as ordered first-match rules. Everything the checker asks and
 * decides comes from here, so a hub (or the kit, when the DfE changes its policy) edits JSON.
 */
import * as v from 'valibot';
import { list, picklist, text, uniqueList, url } from '../schema-parts.js';

// ── Building blocks ──────────────────────────────────────────────────────────────────────────────

/** Question ids and outcome codes follow the DfE registration service: `teacher_catchment`. */
const IDENTIFIER = /^[a-z][a-z0-9_]*$/;
const identifier = (what: string) =>
  v.pipe(
    v.string(`${what} (a string)`),
    v.maxLength(80, `${what} of at most 80 characters`),
    v.regex(IDENTIFIER, `${what}: lower-case letters, digits and underscores, starting with a letter, e.g. "work_setting"`),
  );

/** Option values: DfE vocabulary (`a_school`), programme ids (`npq-headship`) or cohort ids (`2026b`). */
const VALUE = /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/;
const answerValue = (what: string) =>
  v.pipe(
    v.string(`${what} (a string)`),
    v.maxLength(80, `${what} of at most 80 characters`),
    v.regex(VALUE, `${what}: lower-case letters and digits joined by single "_" or "-", e.g. "a_school"`),
  );

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthValue = v.pipe(v.string('a month written YYYY-MM'), v.regex(MONTH, 'a month written YYYY-MM, e.g. "2021-09"'));

// ── Vocabularies ─────────────────────────────────────────────────────────────────────────────────

export const QUESTION_KINDS = ['single-choice', 'multiple-choice', 'yes-no-not-sure', 'month-year', 'short-text'] as const;
export const TONES = ['positive', 'neutral', 'negative'] as const;
export const FUNDING = ['funded', 'review', 'not-funded', 'unknown'] as const;
/** Links a next step can borrow from the programme or the provider instead of naming a URL. */
export const NEXT_STEP_LINKS = ['apply', 'register-interest', 'information', 'contact'] as const;
/** The fixed answers of a yes / no / not sure question. */
export const YES_NO_NOT_SURE = ['yes', 'no', 'not_sure'] as const;
/** The step after the last question: the summary of answers, then the outcome. */
export const CHECK_ANSWERS = 'check-answers';
/** Reserved for "a rule needs an answer that is missing"; no outcome may use it. */
export const UNKNOWN_CODE = 'unknown';

// ── Conditions ───────────────────────────────────────────────────────────────────────────────────

/**
 * One test over the answers. Exactly one form per object: `all` / `any` / `not` of conditions,
 * a named `fact`, or a `question` with one comparison. Missing answers make a condition
 * undecided rather than false, so evaluation can say which answer it still needs.
 */
export interface Condition {
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  fact?: string;
  question?: string;
  /** The answer is this value (for a multiple-choice question: one of the ticked values). */
  equals?: string;
  /** The answer is one of these values (multiple choice: any ticked value is). */
  oneOf?: string[];
  /** The answer is a member of this named group, e.g. the courses funded only for listed schools. */
  inGroup?: string;
  lessThan?: number;
  atMost?: number;
  greaterThan?: number;
  atLeast?: number;
  /** Month-year answers: strictly before this month (`YYYY-MM`). */
  before?: string;
  /** Month-year answers: this month or later (`YYYY-MM`). */
  onOrAfter?: string;
  /** True: the question was answered (on the current path). */
  answered?: boolean;
}

export const COMPARISONS = [
  'equals',
  'oneOf',
  'inGroup',
  'lessThan',
  'atMost',
  'greaterThan',
  'atLeast',
  'before',
  'onOrAfter',
  'answered',
] as const;
const FORMS = ['all', 'any', 'not', 'fact', 'question'] as const;

const number = (what: string) => v.pipe(v.number(`${what} (a number)`), v.finite(`${what} (a finite number)`));

export const ConditionSchema: v.GenericSchema<Condition> = v.lazy(() =>
  v.pipe(
    v.strictObject(
      {
        all: v.optional(list(ConditionSchema, 50, 'conditions')),
        any: v.optional(list(ConditionSchema, 50, 'conditions')),
        not: v.optional(ConditionSchema),
        fact: v.optional(identifier('a fact name')),
        question: v.optional(identifier('a question id')),
        equals: v.optional(text(200, 'a value to compare with')),
        oneOf: v.optional(uniqueList(text(200, 'a value'), 200, 'values')),
        inGroup: v.optional(identifier('a group name')),
        lessThan: v.optional(number('a number to compare with')),
        atMost: v.optional(number('a number to compare with')),
        greaterThan: v.optional(number('a number to compare with')),
        atLeast: v.optional(number('a number to compare with')),
        before: v.optional(monthValue),
        onOrAfter: v.optional(monthValue),
        answered: v.optional(v.boolean('true or false')),
      },
      (issue) =>
        issue.expected === 'never'
          ? `only the condition keys ${[...FORMS, ...COMPARISONS].join(', ')}`
          : 'a condition (an object)',
    ),
    v.check(
      (condition) => FORMS.filter((form) => condition[form] !== undefined).length === 1,
      'a condition with exactly one of "all", "any", "not", "fact" or "question"',
    ),
    v.check(
      (condition) =>
        condition.question === undefined
          ? COMPARISONS.every((comparison) => condition[comparison] === undefined)
          : COMPARISONS.filter((comparison) => condition[comparison] !== undefined).length === 1,
      `a "question" with exactly one comparison (${COMPARISONS.join(', ')}), and comparisons only beside "question"`,
    ),
  ),
);

// ── Questions and the flow between them ──────────────────────────────────────────────────────────

export const OptionSchema = v.object({
  value: answerValue('an option value'),
  label: text(200, 'an option label'),
  hint: v.optional(text(1000, 'an option hint')),
  /** Text of a divider shown before this option, usually "or" before a "none of these" choice. */
  dividerBefore: v.optional(text(20, 'a divider such as "or"')),
});

/**
 * Where a question leads: the first step whose test matches. A step without `answer`, `answers`
 * or `when` always matches, so the last step of every question must be such a step.
 */
export const NextStepSchema = v.pipe(
  v.object({
    answer: v.optional(text(200, 'the answer this step is for')),
    answers: v.optional(uniqueList(text(200, 'an answer'), 200, 'answers')),
    when: v.optional(ConditionSchema),
    /** A question id, or "check-answers" after the last question. */
    goTo: v.optional(
      v.pipe(
        v.string('a question id or "check-answers"'),
        v.regex(/^(?:[a-z][a-z0-9_]*|check-answers)$/, 'a question id or "check-answers"'),
      ),
    ),
    /** Ends the questions at once with this outcome (a terminal page). */
    end: v.optional(identifier('an outcome code')),
    /** Why, in plain words, when this step ends the questions. */
    because: v.optional(text(1000, 'a reason in plain words')),
  }),
  v.check(
    (step) => [step.answer, step.answers, step.when].filter((test) => test !== undefined).length <= 1,
    'at most one of "answer", "answers" or "when" in a next step',
  ),
  v.check(
    (step) => (step.goTo === undefined) !== (step.end === undefined),
    'a next step with exactly one of "goTo" (a question id or "check-answers") or "end" (an outcome code)',
  ),
);

export const QuestionSchema = v.pipe(
  v.object({
    id: identifier('a question id'),
    kind: picklist(QUESTION_KINDS, 'the kind of question'),
    /** The question itself, shown as the page heading. */
    legend: text(200, 'the question'),
    hint: v.optional(text(1000, 'a hint')),
    /** A page to look something up on, e.g. the DfE's list of eligible schools. */
    link: v.optional(v.object({ text: text(200, 'the link text'), url: url() })),
    options: v.optional(list(OptionSchema, 60, 'options')),
    /** `programmes`: one option per programme in the definition, e.g. for the course question. */
    optionsFrom: v.optional(v.literal('programmes', 'the value "programmes"')),
    /** Short text: a whole number is expected (numeric keyboard, number check). */
    numeric: v.optional(v.boolean('true or false')),
    next: v.pipe(list(NextStepSchema, 100, 'next steps'), v.minLength(1, 'at least one next step')),
  }),
  v.check((question) => {
    const choice = question.kind === 'single-choice' || question.kind === 'multiple-choice';
    const hasOptions = question.options !== undefined || question.optionsFrom !== undefined;
    return choice ? hasOptions && !(question.options && question.optionsFrom) : !hasOptions;
  }, 'options (or "optionsFrom") on choice questions only, and exactly one of them there'),
  v.check(
    (question) => new Set(question.options?.map((option) => option.value)).size === (question.options?.length ?? 0),
    'option values without repeats',
  ),
);

// ── Policies and outcomes ────────────────────────────────────────────────────────────────────────

export const PolicyRuleSchema = v.object({
  /** The rule applies when this holds; a rule without `when` always applies. */
  when: v.optional(ConditionSchema),
  outcome: identifier('an outcome code'),
  /** Why, in plain words, shown with the outcome. */
  because: v.optional(text(1000, 'a reason in plain words')),
});

export const PolicySchema = v.object({
  /** The cohort id this policy decides, e.g. "2026b"; absent = any cohort. */
  cohort: v.optional(answerValue('a cohort id')),
  label: v.optional(text(200, 'a policy label')),
  rules: v.pipe(list(PolicyRuleSchema, 500, 'rules'), v.minLength(1, 'at least one rule')),
});

export const NextStepLinkSchema = v.pipe(
  v.object({
    text: text(300, 'the next step'),
    url: v.optional(url()),
    /** Borrow the programme's or provider's link instead of a fixed URL. */
    link: v.optional(picklist(NEXT_STEP_LINKS, 'a link')),
  }),
  v.check((step) => !(step.url && step.link), 'either "url" or "link" in a next step, not both'),
);

export const OutcomeSchema = v.object({
  code: v.pipe(
    identifier('an outcome code'),
    v.check((code) => code !== UNKNOWN_CODE, `an outcome code other than "${UNKNOWN_CODE}" (reserved)`),
  ),
  /** What it means, as the outcome page heading. */
  title: text(200, 'an outcome title'),
  body: text(4000, 'a paragraph of plain text'),
  tone: picklist(TONES, 'the tone'),
  funding: picklist(FUNDING, 'the funding result'),
  nextSteps: v.optional(list(NextStepLinkSchema, 20, 'next steps')),
  /** Other programmes to suggest when they are funded for the same answers. */
  alternatives: v.optional(
    v.object({
      intro: text(300, 'the line introducing the alternatives'),
      /** Candidates (programme ids); every programme when absent. */
      programmes: v.optional(uniqueList(v.string('a programme id'), 100, 'programme ids')),
    }),
  ),
});

export const EligibilitySchema = v.object({
  /** Questions in the order an editor reads them; the first is where the checker starts. */
  questions: v.pipe(list(QuestionSchema, 200, 'questions'), v.minLength(1, 'at least one question')),
  /** The question whose answer is the programme (course) id. */
  programmeQuestion: v.optional(identifier('a question id')),
  /** The question whose answer is the cohort id that picks the policy. */
  cohortQuestion: v.optional(identifier('a question id')),
  /** The question whose answer (a role) picks the suitable programmes. */
  roleQuestion: v.optional(identifier('a question id')),
  /** Named conditions, used in rules as `{ "fact": "name" }`. */
  facts: v.optional(v.record(identifier('a fact name'), ConditionSchema, 'an object of named conditions')),
  /** Named lists of values, e.g. programme ids; used as `{ "question": …, "inGroup": "name" }`. */
  groups: v.optional(
    v.record(identifier('a group name'), uniqueList(answerValue('a group member'), 200, 'group members'), 'an object of named groups'),
  ),
  policies: v.pipe(list(PolicySchema, 40, 'policies'), v.minLength(1, 'at least one policy')),
  outcomes: v.pipe(list(OutcomeSchema, 100, 'outcomes'), v.minLength(1, 'at least one outcome')),
});

// ── Types derived from the schema ────────────────────────────────────────────────────────────────

export type Eligibility = v.InferOutput<typeof EligibilitySchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type QuestionOption = v.InferOutput<typeof OptionSchema>;
export type NextStep = v.InferOutput<typeof NextStepSchema>;
export type Policy = v.InferOutput<typeof PolicySchema>;
export type PolicyRule = v.InferOutput<typeof PolicyRuleSchema>;
export type Outcome = v.InferOutput<typeof OutcomeSchema>;
export type OutcomeNextStep = v.InferOutput<typeof NextStepLinkSchema>;
export type Tone = (typeof TONES)[number];
export type Funding = (typeof FUNDING)[number];
