/**
 * Properties over random input. The rules engine on the bundled sample definition (one outcome for
 * any answers, pruning, the step limit) is in test/core/eligibility/evaluate.test.ts and the
 * finder's facets and paging in test/core/finder/finder-properties.test.ts; here the definitions
 * themselves are random or hostile.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { makeIssue } from '../../src/core/definition/issues.js';
import { GlossarySchema, MessagesSchema, ProgrammeSchema, ProviderSchema } from '../../src/core/definition/schema.js';
import { checkProgramme } from '../../src/core/definition/semantics.js';
import { parseDefinitionText, validateDefinition, type Definition, type ValidationResult } from '../../src/core/definition/validate.js';
import { evaluate, evaluateAll, pruneAnswers, STEP_LIMIT, walkFlow, type Answers } from '../../src/core/eligibility/evaluate.js';
import { resumeStep, stepAfterAnswer, stepBefore } from '../../src/core/eligibility/navigation.js';
import { EligibilitySchema, type Condition, type Eligibility, type Question } from '../../src/core/eligibility/schema.js';
import { lintEligibility } from '../../src/core/eligibility/semantics.js';
import { createFinder } from '../../src/core/finder/finder.js';
import { generateDefinition } from '../../src/core/finder/generate.js';
import { foldText } from '../../src/core/finder/normalise.js';
import { MAX_QUERY_TERMS, queryTerms, searchText } from '../../src/core/finder/search.js';
import { readFinderParameters } from '../../src/core/finder/url-state.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';
import { minimalDefinition } from '../fixtures/minimal-definition.js';
import { clone, getAt, richDefinition, stringLeaves, UNICODE, MARKUP, withTextEverywhere, type Json } from './hostile-definitions.js';

// ── The validator ─────────────────────────────────────────────────────────────────────────────────

/** What "valid output satisfies the types" means: every part passes its schema and its semantic checks again. */
function expectWellTyped(result: ValidationResult): void {
  for (const issue of result.issues) {
    expect(issue.path === '' || issue.path.startsWith('/'), issue.path).to.equal(true);
    expect(issue.message).to.equal(makeIssue(issue.path, issue.expected, issue.found, issue.severity).message);
  }
  expect(result.ok).to.equal(result.definition !== undefined && !result.issues.some((issue) => issue.severity === 'error'));
  const definition = result.definition;
  if (!definition) return;
  expect(definition.schemaVersion).to.equal(1);
  expect(v.is(ProviderSchema, definition.provider), 'provider').to.equal(true);
  definition.programmes.forEach((programme, index) => {
    expect(v.is(ProgrammeSchema, programme), `programme ${index}`).to.equal(true);
    expect(checkProgramme(programme, []).filter((issue) => issue.severity === 'error'), `programme ${index}`).to.deep.equal([]);
  });
  expect(new Set(definition.programmes.map((programme) => programme.id)).size).to.equal(definition.programmes.length);
  if (definition.glossary) expect(v.is(GlossarySchema, definition.glossary), 'glossary').to.equal(true);
  if (definition.messages) expect(v.is(MessagesSchema, definition.messages), 'messages').to.equal(true);
  if (definition.eligibility) {
    expect(v.is(EligibilitySchema, definition.eligibility), 'eligibility').to.equal(true);
    expect(lintEligibility(definition.eligibility, definition.programmes).filter((issue) => issue.severity === 'error'), 'eligibility').to.deep.equal([]);
  }
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
}

/** Every place in the rich definition, leaves and containers alike. */
function allPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const children =
    Array.isArray(value) ? value.map((item, index) => allPaths(item, [...path, index])) : value !== null && typeof value === 'object' ? Object.entries(value).map(([key, item]) => allPaths(item, [...path, key])) : [];
  return [path, ...children.flat()];
}

const RICH_PATHS = allPaths(richDefinition()).filter((path) => path.length > 0);

/** Text an editor's mistake or an attacker might put anywhere. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 }),
  fc.constantFrom(...Object.values(MARKUP), ...Object.values(UNICODE), '__proto__', 'javascript:p()', 'https://user@evil.example/', ''),
);

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> },
  { weight: 2, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, [], {}, 0, -1, 1e308, true) },
);

/** One edit to the rich definition: replace a value, remove it, or add a key beside it. */
const edit = fc.record({
  path: fc.constantFrom(...RICH_PATHS),
  kind: fc.constantFrom('replace', 'remove', 'add-key'),
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'colour', 'id'), fc.string({ maxLength: 8 })),
  value: jsonValue,
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(definition: { [key: string]: Json }, { path, kind, key, value: shared }: Edit): void {
  // fast-check hands out the same constant objects to every run: edit a copy.
  const value = clone(shared);
  const parent = getAt(definition, path.slice(0, -1)) as Record<string, Json> | Json[];
  const last = path[path.length - 1]!;
  // A named key on a list (an earlier edit put a list there) is not JSON, nor is a list with holes
  // (an index past its end): the edit is skipped.
  if (Array.isArray(parent) && (typeof last !== 'number' || last > parent.length)) return;
  if (kind === 'replace') (parent as Record<string, Json>)[last] = value;
  else if (kind === 'remove') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    const target = getAt(definition, path);
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
    }
  }
}

describe('validator properties', () => {
  it('never throws on any JSON value, and reports the whole file as unusable or gives a well-typed definition', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object()), (input) => {
        expectWellTyped(validateDefinition(input));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any text, and parses what it validates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ unit: 'binary' }), hostileText), (text) => {
        const parsed = parseDefinitionText(text);
        if (parsed.ok) expectWellTyped(validateDefinition(parsed.value));
        else expect(parsed.issue.path).to.equal('');
      }),
      { numRuns: 300 },
    );
  });

  it('gives a well-typed definition after up to four random edits to a rich one, through JSON text too', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const definition = richDefinition();
        for (const change of edits) {
          try {
            applyEdit(definition, change);
          } catch {
            // An earlier edit removed the place a later one names: that edit is skipped.
          }
        }
        const direct = validateDefinition(clone(definition));
        expectWellTyped(direct);
        const parsed = parseDefinitionText(JSON.stringify(definition));
        expect(parsed.ok).to.equal(true);
        if (parsed.ok) expect(validateDefinition(parsed.value).issues).to.deep.equal(direct.issues);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps hostile text in any free-text field as it was, character for character', () => {
    const leaves = stringLeaves(richDefinition());
    fc.assert(
      fc.property(hostileText.filter((text) => text.length > 0), (text) => {
        const definition = withTextEverywhere(text);
        const result = validateDefinition(definition);
        expectWellTyped(result);
        expect(result.ok).to.equal(true);
        const output = result.definition as unknown as Json;
        for (const path of leaves) {
          const given = getAt(definition, path);
          expect(getAt(output, path), path.join('/')).to.equal(given);
        }
      }),
      { numRuns: 60 },
    );
  });
});

// ── The rules engine ──────────────────────────────────────────────────────────────────────────────

const QUESTION_IDS = ['q0', 'q1', 'q2', 'q3', 'q4'] as const;
const VALUES = ['a', 'b', 'c', 'yes', 'no', 'not_sure', '2026b', '2027a', 'npq-headship', 'headteacher'] as const;
const OUTCOMES = ['o_funded', 'o_review', 'o_not_funded'] as const;
const FUNDING = ['funded', 'review', 'not-funded'] as const;

const questionId = fc.constantFrom(...QUESTION_IDS, 'missing_question');
const value = fc.constantFrom(...VALUES);

/** Conditions over the questions; facts in them may be missing, and facts may loop (never validated here). */
const condition: fc.Arbitrary<Condition> = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ question: questionId, equals: value }),
    fc.record({ question: questionId, oneOf: fc.uniqueArray(value, { maxLength: 3 }) }),
    fc.record({ question: questionId, inGroup: fc.constantFrom('courses', 'missing_group') }),
    fc.record({ question: questionId, atLeast: fc.integer({ min: -3, max: 12 }) }),
    fc.record({ question: questionId, lessThan: fc.integer({ min: -3, max: 12 }) }),
    fc.record({ question: questionId, before: fc.constantFrom('2020-01', '2024-09') }),
    fc.record({ question: questionId, onOrAfter: fc.constantFrom('2020-01', '2024-09') }),
    fc.record({ question: questionId, answered: fc.boolean() }),
    fc.record({ fact: fc.constantFrom('first', 'second', 'missing_fact') }),
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
})).condition;

/** A fact refers to at most one fact (a chain or a loop, never a fan-out: see rules-limits.test.ts). */
const factCondition = fc.oneof(
  fc.record({ question: questionId, equals: value }) as fc.Arbitrary<Condition>,
  fc.constantFrom<Condition>({ fact: 'first' }, { fact: 'second' }, { not: { fact: 'first' } }, { all: [{ question: 'q0', answered: true }, { fact: 'second' }] }),
);

const nextStep = fc.oneof(
  fc.record({ goTo: fc.constantFrom(...QUESTION_IDS, 'check-answers', 'nowhere') }, { requiredKeys: ['goTo'] }),
  fc.record({ answer: value, goTo: fc.constantFrom(...QUESTION_IDS, 'check-answers') }),
  fc.record({ when: condition, goTo: fc.constantFrom(...QUESTION_IDS, 'check-answers') }),
  fc.record({ answers: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }), end: fc.constantFrom(...OUTCOMES, 'undescribed') }),
);

const question = fc
  .record({
    id: fc.constantFrom(...QUESTION_IDS),
    kind: fc.constantFrom('single-choice', 'multiple-choice', 'yes-no-not-sure', 'month-year', 'short-text'),
    options: fc.uniqueArray(value, { minLength: 1, maxLength: 4 }),
    fromProgrammes: fc.boolean(),
    numeric: fc.boolean(),
    next: fc.array(nextStep, { minLength: 1, maxLength: 4 }),
  })
  .map(({ id, kind, options, fromProgrammes, numeric, next }): Question => {
    const choice = kind === 'single-choice' || kind === 'multiple-choice';
    return {
      id,
      kind,
      legend: `Question ${id}`,
      ...(choice && (fromProgrammes ? { optionsFrom: 'programmes' as const } : { options: options.map((option) => ({ value: option, label: option })) })),
      ...(kind === 'short-text' && { numeric }),
      next,
    } as Question;
  });

const eligibility: fc.Arbitrary<Eligibility> = fc
  .record({
    questions: fc.array(question, { minLength: 1, maxLength: 6 }),
    programmeQuestion: fc.option(fc.constantFrom(...QUESTION_IDS), { nil: undefined }),
    cohortQuestion: fc.option(fc.constantFrom(...QUESTION_IDS), { nil: undefined }),
    roleQuestion: fc.option(fc.constantFrom(...QUESTION_IDS), { nil: undefined }),
    first: factCondition,
    second: factCondition,
    policies: fc.array(
      fc.record({
        cohort: fc.option(fc.constantFrom('2026b', '2027a'), { nil: undefined }),
        rules: fc.array(fc.record({ when: fc.option(condition, { nil: undefined }), outcome: fc.constantFrom(...OUTCOMES, 'undescribed') }), { minLength: 1, maxLength: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    outcomes: fc.uniqueArray(fc.constantFrom(...OUTCOMES), { minLength: 1, maxLength: 3 }),
  })
  .map(({ first, second, policies, outcomes, programmeQuestion, cohortQuestion, roleQuestion, ...rest }) => ({
    ...rest,
    ...(programmeQuestion && { programmeQuestion }),
    ...(cohortQuestion && { cohortQuestion }),
    ...(roleQuestion && { roleQuestion }),
    facts: { first, second },
    groups: { courses: ['npq-headship', 'a'] },
    policies: policies.map(({ cohort, rules }) => ({ ...(cohort && { cohort }), rules: rules.map(({ when, outcome }) => ({ ...(when && { when }), outcome })) })),
    outcomes: outcomes.map((code, index) => ({ code, title: code, body: code, tone: 'neutral' as const, funding: FUNDING[index % FUNDING.length]! })),
  }));

/** Answers of every shape, to questions that exist and that do not, and under reserved names. */
const answers: fc.Arbitrary<Answers> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...QUESTION_IDS, 'missing_question', '__proto__', 'constructor'),
      fc.oneof(value, fc.uniqueArray(value, { maxLength: 3 }), fc.constantFrom('2019-09', '2025-01', '13', '5', '-2', ' 7 ', '1e3'), hostileText),
    ),
    { maxLength: 8 },
  )
  .map((entries) => {
    const result: Record<string, string | string[]> = {};
    for (const [key, answer] of entries) Object.defineProperty(result, key, { value: answer, enumerable: true, configurable: true, writable: true });
    return result;
  });

const programmes = minimalDefinition().programmes as unknown as Definition['programmes'];

describe('rules engine properties', () => {
  it('gives exactly one outcome, described or "unknown", within the step limit, for any flow and answers', () => {
    fc.assert(
      fc.property(eligibility, answers, (rules, given) => {
        const definition = { programmes, eligibility: rules };
        const codes = new Set(rules.outcomes.map((outcome) => outcome.code));
        const results = [evaluate(definition, given), ...evaluateAll(definition, given)];
        for (const result of results) {
          if (result.code === 'unknown') {
            expect(result.funding).to.equal('unknown');
            expect(result.outcome).to.equal(undefined);
            expect(result.reasons.length).to.be.at.least(1);
          } else {
            expect(codes.has(result.code), result.code).to.equal(true);
            expect(result.outcome?.code).to.equal(result.code);
            expect(result.funding).to.equal(result.outcome!.funding);
          }
        }
        const walk = walkFlow(definition, given);
        expect(walk.path.length).to.be.at.most(Math.min(STEP_LIMIT, rules.questions.length));
        expect(new Set(walk.path).size).to.equal(walk.path.length);
        const pruned = pruneAnswers(definition, given);
        expect(pruneAnswers(definition, pruned)).to.deep.equal(pruned);
        const step = resumeStep(definition, given);
        stepBefore(definition, given, step, new Set());
        if (step.kind === 'question') stepAfterAnswer(definition, given, step.id, { fixed: new Set(), returnToCheck: false });
      }),
      { numRuns: 500 },
    );
  });

  /** A visitor's journey: a random valid answer to each question asked, to the end of the flow. */
  function visit(definition: Definition, pick: (choices: readonly string[]) => string): { answers: Record<string, string | string[]>; pages: number } {
    const eligibilityRules = definition.eligibility!;
    const given: Record<string, string | string[]> = {};
    for (let pages = 1; pages <= eligibilityRules.questions.length + 1; pages += 1) {
      const walk = walkFlow(definition, given);
      if (walk.current === undefined) return { answers: given, pages };
      const asked = eligibilityRules.questions.find((candidate) => candidate.id === walk.current)!;
      const options = asked.optionsFrom === 'programmes' ? definition.programmes.map((programme) => programme.id) : (asked.options?.map((option) => option.value) ?? []);
      switch (asked.kind) {
        case 'yes-no-not-sure':
          given[asked.id] = pick(['yes', 'no', 'not_sure']);
          break;
        case 'month-year':
          given[asked.id] = pick(['2015-09', '2021-01', '2024-08', '2024-09', '2026-03']);
          break;
        case 'short-text':
          given[asked.id] = pick(asked.numeric ? ['0', '1', '2', '5', '40'] : ['Riverside Primary', 'A school']);
          break;
        case 'multiple-choice':
          given[asked.id] = [pick(options)];
          break;
        default:
          given[asked.id] = pick(options);
      }
    }
    throw new Error('the flow asked more questions than it has');
  }

  it('reaches a described outcome on every journey through a validated checker', async () => {
    const sample = validateDefinition(await (await fetch('/demo/data/programmes.json')).json()).definition;
    const checker = validateDefinition(checkerDefinition()).definition;
    const definitions = [sample, checker].filter((definition): definition is Definition => definition?.eligibility !== undefined);
    expect(definitions.length, 'validated definitions with a checker').to.be.at.least(1);
    fc.assert(
      fc.property(fc.constantFrom(...definitions), fc.infiniteStream(fc.nat()), (definition, choices) => {
        const journey = visit(definition, (options) => options[choices.next().value % options.length]!);
        const result = evaluate(definition, journey.answers);
        const codes = definition.eligibility!.outcomes.map((outcome) => outcome.code);
        expect(codes, `${JSON.stringify(journey.answers)} gave ${result.code}: ${result.reasons.join(' ')}`).to.include(result.code);
      }),
      { numRuns: 300 },
    );
  });
});

// ── Search ────────────────────────────────────────────────────────────────────────────────────────

describe('search properties', () => {
  const hostileProgrammes = Object.values({ ...MARKUP, ...UNICODE }).flatMap(
    (text) => (validateDefinition(withTextEverywhere(text)).definition?.programmes ?? []).map((programme, index) => ({ ...programme, id: `${programme.id}-${foldText(text).length}-${index}` })),
  );
  const finder = createFinder([...generateDefinition({ programmes: 60, seed: 11 }).programmes, ...hostileProgrammes]);
  const snapshot = finder.snapshot(new Date(Date.UTC(2026, 6, 1)));
  const anyText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 }),
    hostileText,
    fc.constantFrom('head', 'npq lead', UNICODE.combiningFlood, UNICODE.zeroWidthFlood, 'a '.repeat(5_000), `${'x'.repeat(100_000)}`),
  );

  it('never throws on any string, and finds only real programmes, each once', () => {
    expect(hostileProgrammes.length).to.be.above(10);
    fc.assert(
      fc.property(anyText, (text) => {
        const terms = queryTerms(text);
        expect(terms.length).to.be.at.most(MAX_QUERY_TERMS);
        for (const term of terms) expect(term).to.match(/^\S+$/u);
        const matches = searchText(finder.index, text);
        if (matches) {
          const positions = [...matches.programmes];
          expect(new Set(positions).size).to.equal(positions.length);
          for (const position of positions) {
            expect(position).to.be.within(0, finder.index.size - 1);
            expect(matches.scores[position]).to.be.above(0);
          }
        }
        const results = finder.find(snapshot, { text, pageSize: 500 });
        expect(results.total).to.equal(results.order.length);
        expect(results.items.length).to.equal(Math.min(results.total, 500));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any address parameters, and reads them as plain values', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('npq-q', 'npq-group', 'npq-role', 'npq-sort', 'npq-page', 'npq-venue', '__proto__'), anyText), { maxLength: 6 }), (pairs) => {
        const state = readFinderParameters(new URLSearchParams(pairs));
        expect(typeof state.text).to.equal('string');
        expect(Number.isInteger(state.page) && state.page >= 1).to.equal(true);
        finder.find(snapshot, { text: state.text, filters: state.filters, sort: state.sort, page: state.page });
      }),
      { numRuns: 200 },
    );
  });
});
