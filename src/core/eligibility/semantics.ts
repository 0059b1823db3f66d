/**
 * Checks on the eligibility section beyond its shape: every reference resolves, and the flow is
 * sound (every question reachable, every question leads somewhere, no loops, every outcome used).
 */
import { describeValue, makeIssue, pointer, type DefinitionIssue } from '../definition/issues.js';
import { ROLES, type Programme } from '../definition/schema.js';
import { CHECK_ANSWERS, YES_NO_NOT_SURE, type Condition, type Eligibility, type Question } from './schema.js';

type Path = (string | number)[];

/**
 * Reports problems in a schema-valid eligibility section into `issues`. Returns the section when
 * it has no errors; with errors it is left out, so the rest of the definition still loads.
 */
export function checkEligibility(
  eligibility: Eligibility | undefined,
  programmes: readonly Programme[],
  issues: DefinitionIssue[],
): Eligibility | undefined {
  if (!eligibility) return undefined;
  const found = lintEligibility(eligibility, programmes);
  issues.push(...found);
  return found.some((issue) => issue.severity === 'error') ? undefined : eligibility;
}

/** All the semantic problems of an eligibility section, located under `/eligibility`. */
export function lintEligibility(eligibility: Eligibility, programmes: readonly Programme[]): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const at = (...segments: Path) => pointer(['eligibility', ...segments]);
  const error = (path: Path, expected: string, found: unknown) => issues.push(makeIssue(at(...path), expected, describeValue(found)));
  const warning = (path: Path, expected: string, found: string) => issues.push(makeIssue(at(...path), expected, found, 'warning'));

  const programmeIds = programmes.map((programme) => programme.id);
  const questions = new Map<string, Question>();
  eligibility.questions.forEach((question, index) => {
    if (questions.has(question.id)) error(['questions', index, 'id'], 'a question id used once', question.id);
    else questions.set(question.id, question);
  });
  const questionIndex = (id: string) => eligibility.questions.findIndex((question) => question.id === id);
  const outcomeCodes = new Set<string>();
  eligibility.outcomes.forEach((outcome, index) => {
    if (outcomeCodes.has(outcome.code)) error(['outcomes', index, 'code'], 'an outcome code used once', outcome.code);
    outcomeCodes.add(outcome.code);
    outcome.alternatives?.programmes?.forEach((id, programmeIndex) => {
      if (!programmeIds.includes(id)) {
        warning(['outcomes', index, 'alternatives', 'programmes', programmeIndex], `a programme id from /programmes (${list(programmeIds)})`, `"${id}", which is never suggested`);
      }
    });
  });
  const groups = eligibility.groups ?? {};
  const facts = eligibility.facts ?? {};
  const knownIds = list([...questions.keys()]);

  /** Option values a question accepts; `undefined` for questions without options. */
  const valuesOf = (question: Question): { values: readonly string[]; fromProgrammes: boolean } | undefined => {
    if (question.kind === 'yes-no-not-sure') return { values: YES_NO_NOT_SURE, fromProgrammes: false };
    if (question.optionsFrom === 'programmes') return { values: programmeIds, fromProgrammes: true };
    if (question.options) return { values: question.options.map((option) => option.value), fromProgrammes: false };
    return undefined;
  };
  /** A value a question cannot take: an error, except for programmes the hub may not list. */
  const checkValue = (question: Question, value: string, path: Path) => {
    const accepted = valuesOf(question);
    if (!accepted || accepted.values.includes(value)) return;
    if (accepted.fromProgrammes) warning(path, `a programme id from /programmes (${list(accepted.values)})`, `"${value}", which never matches`);
    else error(path, `one of the values of question "${question.id}" (${list(accepted.values)})`, value);
  };

  const checkedGroups = new Set<string>();
  const checkCondition = (condition: Condition, path: Path): void => {
    condition.all?.forEach((part, index) => checkCondition(part, [...path, 'all', index]));
    condition.any?.forEach((part, index) => checkCondition(part, [...path, 'any', index]));
    if (condition.not) checkCondition(condition.not, [...path, 'not']);
    if (condition.fact !== undefined && !Object.hasOwn(facts, condition.fact)) {
      error([...path, 'fact'], `the name of a fact under /eligibility/facts (${list(Object.keys(facts))})`, condition.fact);
    }
    if (condition.question === undefined) return;
    const question = questions.get(condition.question);
    if (!question) {
      error([...path, 'question'], `the id of a question (${knownIds})`, condition.question);
      return;
    }
    if (condition.equals !== undefined) checkValue(question, condition.equals, [...path, 'equals']);
    condition.oneOf?.forEach((value, index) => checkValue(question, value, [...path, 'oneOf', index]));
    if (condition.inGroup !== undefined) {
      const members = Object.hasOwn(groups, condition.inGroup) ? groups[condition.inGroup] : undefined;
      if (!members) error([...path, 'inGroup'], `the name of a group under /eligibility/groups (${list(Object.keys(groups))})`, condition.inGroup);
      else if (!checkedGroups.has(`${condition.inGroup}\u0000${question.id}`)) {
        // Many rules use one group: check its members against each question once, not per rule.
        checkedGroups.add(`${condition.inGroup}\u0000${question.id}`);
        members.forEach((member, index) => checkValue(question, member, ['groups', condition.inGroup!, index]));
      }
    }
    const monthComparison = condition.before !== undefined || condition.onOrAfter !== undefined;
    if (monthComparison && question.kind !== 'month-year') {
      error([...path, condition.before !== undefined ? 'before' : 'onOrAfter'], 'a month comparison on a month-year question only', question.kind);
    }
    const numberComparison = [condition.lessThan, condition.atMost, condition.greaterThan, condition.atLeast].some((bound) => bound !== undefined);
    if (numberComparison && !(question.kind === 'short-text' && question.numeric)) {
      error([...path, 'question'], 'a number comparison on a short-text question with "numeric": true only', condition.question);
    }
  };

  Object.entries(facts).forEach(([name, condition]) => checkCondition(condition, ['facts', name]));
  findFactLoops(facts).forEach((name) => error(['facts', name], 'a fact that does not depend on itself', `a loop through "${name}"`));

  const designatedQuestion = (key: 'programmeQuestion' | 'cohortQuestion' | 'roleQuestion', kinds: readonly string[]) => {
    const id = eligibility[key];
    if (id === undefined) return undefined;
    const question = questions.get(id);
    if (!question) error([key], `the id of a question (${knownIds})`, id);
    else if (!kinds.includes(question.kind)) error([key], `a ${kinds.join(' or ')} question`, `"${id}", a ${question.kind} question`);
    return question;
  };
  designatedQuestion('programmeQuestion', ['single-choice']);
  const cohortQuestion = designatedQuestion('cohortQuestion', ['single-choice']);
  const roleQuestion = designatedQuestion('roleQuestion', ['single-choice', 'multiple-choice']);
  roleQuestion?.options?.forEach((option, index) => {
    if (!(ROLES as readonly string[]).includes(option.value)) {
      warning(['questions', questionIndex(roleQuestion.id), 'options', index, 'value'], `a role programmes list in their audience (${list(ROLES)})`, `"${option.value}", which matches no programme`);
    }
  });

  // Questions: each step leads somewhere real, and the last step always applies.
  eligibility.questions.forEach((question, index) => {
    question.next.forEach((step, stepIndex) => {
      const path: Path = ['questions', index, 'next', stepIndex];
      if (step.answer !== undefined) checkValue(question, step.answer, [...path, 'answer']);
      step.answers?.forEach((value, valueIndex) => checkValue(question, value, [...path, 'answers', valueIndex]));
      if (step.when) checkCondition(step.when, [...path, 'when']);
      if (step.goTo !== undefined && step.goTo !== CHECK_ANSWERS && !questions.has(step.goTo)) {
        error([...path, 'goTo'], `the id of a question (${knownIds}) or "${CHECK_ANSWERS}"`, step.goTo);
      }
      if (step.end !== undefined && !outcomeCodes.has(step.end)) error([...path, 'end'], `an outcome code (${list([...outcomeCodes])})`, step.end);
    });
    const last = question.next.length - 1;
    question.next.forEach((step, stepIndex) => {
      if (stepIndex < last && isUnconditional(step)) {
        warning(['questions', index, 'next', stepIndex + 1], 'no next step after one that always applies', 'a step that is never used');
      }
    });
    const lastStep = question.next[last]!;
    if (!isUnconditional(lastStep)) {
      error(['questions', index, 'next', last], 'a last next step without "answer", "answers" or "when", so every answer leads somewhere', 'a step with a test (a dead end for other answers)');
    }
  });

  // Policies: one per cohort, each ending in a rule that always applies.
  const cohorts = new Set<string | undefined>();
  eligibility.policies.forEach((policy, index) => {
    if (cohorts.has(policy.cohort)) error(['policies', index, 'cohort'], 'one policy per cohort', policy.cohort ?? 'a second policy for any cohort');
    cohorts.add(policy.cohort);
    if (policy.cohort !== undefined) {
      if (!cohortQuestion) error(['policies', index, 'cohort'], 'a "cohortQuestion" to choose policies by cohort', policy.cohort);
      else checkValue(cohortQuestion, policy.cohort, ['policies', index, 'cohort']);
    }
    policy.rules.forEach((rule, ruleIndex) => {
      const path: Path = ['policies', index, 'rules', ruleIndex];
      if (rule.when) checkCondition(rule.when, [...path, 'when']);
      if (!outcomeCodes.has(rule.outcome)) error([...path, 'outcome'], `an outcome code (${list([...outcomeCodes])})`, rule.outcome);
      if (ruleIndex < policy.rules.length - 1 && !rule.when) {
        warning(['policies', index, 'rules', ruleIndex + 1], 'no rule after one that always applies', 'a rule that is never used');
      }
    });
    if (policy.rules[policy.rules.length - 1]!.when) {
      error(['policies', index, 'rules', policy.rules.length - 1], 'a last rule without "when", so every set of answers gets an outcome', 'a rule with a test');
    }
  });
  if (cohortQuestion && !cohorts.has(undefined)) {
    valuesOf(cohortQuestion)?.values.forEach((value) => {
      if (!cohorts.has(value)) error(['policies'], `a policy for every answer to "${cohortQuestion.id}" (or one for any cohort)`, `none for "${value}"`);
    });
  }

  // The flow as a graph: no loops, everything reachable from the first question.
  for (const [questionId, stepIndex] of findFlowLoops(eligibility)) {
    error(['questions', questionIndex(questionId), 'next', stepIndex, 'goTo'], 'a step that does not lead back to an earlier question (no loops)', eligibility.questions[questionIndex(questionId)]!.next[stepIndex]!.goTo);
  }
  const reachable = reachableQuestions(eligibility);
  eligibility.questions.forEach((question, index) => {
    if (!reachable.has(question.id)) warning(['questions', index], 'a question some path from the first question leads to', `"${question.id}", which is never asked`);
  });
  const used = new Set<string>();
  for (const question of eligibility.questions) if (reachable.has(question.id)) for (const step of question.next) if (step.end) used.add(step.end);
  for (const policy of eligibility.policies) for (const rule of policy.rules) used.add(rule.outcome);
  eligibility.outcomes.forEach((outcome, index) => {
    if (!used.has(outcome.code)) warning(['outcomes', index], 'an outcome that a rule or step leads to', `"${outcome.code}", which is never given`);
  });
  return issues;
}

function isUnconditional(step: { answer?: unknown; answers?: unknown; when?: unknown }): boolean {
  return step.answer === undefined && step.answers === undefined && step.when === undefined;
}

function list(values: readonly string[]): string {
  if (values.length === 0) return 'none are defined';
  const shown = values.slice(0, 12).map((value) => `"${value}"`).join(', ');
  return values.length > 12 ? `${shown}, …` : shown;
}

/** Question ids reachable from the first question. */
function reachableQuestions(eligibility: Eligibility): Set<string> {
  const seen = new Set<string>();
  const queue = eligibility.questions[0] ? [eligibility.questions[0].id] : [];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const question = eligibility.questions.find((candidate) => candidate.id === id);
    for (const step of question?.next ?? []) if (step.goTo && step.goTo !== CHECK_ANSWERS) queue.push(step.goTo);
  }
  return seen;
}

/** Steps that close a loop: `[question id, step index]` of each back edge (depth-first). */
export function findFlowLoops(eligibility: Eligibility): [string, number][] {
  const byId = new Map(eligibility.questions.map((question) => [question.id, question]));
  const state = new Map<string, 'visiting' | 'done'>();
  const loops: [string, number][] = [];
  // Iterative depth-first search, so a long flow cannot overflow the stack.
  for (const root of eligibility.questions) {
    if (state.has(root.id)) continue;
    const stack: { id: string; step: number }[] = [{ id: root.id, step: 0 }];
    state.set(root.id, 'visiting');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const next = byId.get(frame.id)?.next ?? [];
      if (frame.step >= next.length) {
        state.set(frame.id, 'done');
        stack.pop();
        continue;
      }
      const index = frame.step;
      frame.step += 1;
      const target = next[index]!.goTo;
      if (target === undefined || target === CHECK_ANSWERS || !byId.has(target)) continue;
      const seen = state.get(target);
      if (seen === 'visiting') loops.push([frame.id, index]);
      else if (seen === undefined) {
        state.set(target, 'visiting');
        stack.push({ id: target, step: 0 });
      }
    }
  }
  return loops;
}

/** Facts that reach themselves through other facts. */
function findFactLoops(facts: Readonly<Record<string, Condition>>): string[] {
  const uses = (condition: Condition, into: Set<string>): Set<string> => {
    if (condition.fact !== undefined) into.add(condition.fact);
    condition.all?.forEach((part) => uses(part, into));
    condition.any?.forEach((part) => uses(part, into));
    if (condition.not) uses(condition.not, into);
    return into;
  };
  const graph = new Map(Object.entries(facts).map(([name, condition]) => [name, uses(condition, new Set())]));
  return [...graph.keys()].filter((start) => {
    const seen = new Set<string>();
    const queue = [...(graph.get(start) ?? [])];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (name === start) return true;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...(graph.get(name) ?? []));
    }
    return false;
  });
}
