/**
 * Moving through the checker one page at a time: question pages, "check your answers" and the
 * outcome. Answers the page fixes (e.g. the course on a course's own page) are never asked.
 */
import { walkFlow, type Answers, type EligibilityDefinition, type FlowWalk } from './evaluate.js';

export type CheckerStep = { kind: 'question'; id: string } | { kind: 'check-answers' } | { kind: 'outcome' };

const question = (id: string): CheckerStep => ({ kind: 'question', id });

/** Questions on the path the visitor answered themselves, in order (fixed ones left out). */
export function askedQuestions(walk: FlowWalk, fixed: ReadonlySet<string>): string[] {
  return walk.path.filter((id) => !fixed.has(id));
}

/** Where to carry on from: the first question still to answer, "check your answers", or the outcome. */
export function resumeStep(definition: EligibilityDefinition, answers: Answers): CheckerStep {
  const walk = walkFlow(definition, answers);
  if (walk.current !== undefined) return question(walk.current);
  return walk.complete ? { kind: 'check-answers' } : { kind: 'outcome' };
}

/**
 * Where "Continue" leads once `questionId` is answered. Normally the next question on the path
 * (showing any earlier answer to it); after "Change", straight back to "check your answers"
 * unless the new answer opens questions not yet answered.
 */
export function stepAfterAnswer(
  definition: EligibilityDefinition,
  answers: Answers,
  questionId: string,
  options: { fixed: ReadonlySet<string>; returnToCheck: boolean },
): CheckerStep {
  const walk = walkFlow(definition, answers);
  if (walk.end) return { kind: 'outcome' };
  if (!options.returnToCheck) {
    const asked = askedQuestions(walk, options.fixed);
    const index = asked.indexOf(questionId);
    const following = index >= 0 ? asked[index + 1] : undefined;
    if (following !== undefined) return question(following);
  }
  if (walk.current !== undefined) return question(walk.current);
  return walk.complete ? { kind: 'check-answers' } : { kind: 'outcome' };
}

/** Where the "Back" link leads from `step`; none from the first question. */
export function stepBefore(definition: EligibilityDefinition, answers: Answers, step: CheckerStep, fixed: ReadonlySet<string>): CheckerStep | undefined {
  const walk = walkFlow(definition, answers);
  const asked = askedQuestions(walk, fixed);
  const last = asked[asked.length - 1];
  switch (step.kind) {
    case 'question': {
      const index = asked.indexOf(step.id);
      const previous = index >= 0 ? asked[index - 1] : last;
      return previous === undefined ? undefined : question(previous);
    }
    case 'check-answers':
      return last === undefined ? undefined : question(last);
    case 'outcome':
      // A result follows the summary; a terminal page follows the question that ended the flow.
      if (walk.complete) return { kind: 'check-answers' };
      return last === undefined ? undefined : question(last);
  }
}
