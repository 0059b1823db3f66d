/**
 * Runs the rules engine off the page, so a test can give up on an evaluation that never ends
 * instead of hanging the test run with it.
 */
import { validateDefinition } from '../../src/core/definition/validate.js';
import { evaluate, type Answers, type EligibilityDefinition } from '../../src/core/eligibility/evaluate.js';

export interface EvaluateJob {
  definition: unknown;
  answers: Answers;
  /** Validate first, as the checker does; otherwise evaluate the section as given. */
  validate: boolean;
}

export type EvaluateReply = { ready: true } | { code: string } | { error: string };

const post = (reply: EvaluateReply) => postMessage(reply);

addEventListener('message', (event: MessageEvent<EvaluateJob>) => {
  const { definition, answers, validate } = event.data;
  try {
    const usable = validate ? validateDefinition(definition).definition : (definition as EligibilityDefinition);
    if (!usable) {
      post({ error: 'the definition did not validate' });
      return;
    }
    post({ code: evaluate(usable, answers).code });
  } catch (error) {
    post({ error: String(error) });
  }
});
post({ ready: true });
