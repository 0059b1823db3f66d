/**
 * Checker page: step transitions (Continue → next page painted) and `evaluateAll` over every
 * programme. The runner answers the questions through `window.bench`.
 */
import '../../src/elements/npq-eligibility-checker/define.js';
import { evaluateAll, type Answers } from '../../src/core/eligibility/evaluate.js';
import { definitionProvider, fetchDefinition, frames, InteractionClock, pageParameter, validateTimed } from './common.js';

const programmes = Number(pageParameter('n'));
const box = document.getElementById('checker-box')!;

const validated = validateTimed(await fetchDefinition(programmes));
const provider = definitionProvider(box);
const checker = document.createElement('npq-eligibility-checker');
box.append(checker);
provider.ready(validated.definition);
await checker.updateComplete;
await frames(2);
const clock = new InteractionClock(checker, [checker.shadowRoot!]);

/** Runs `evaluateAll` `times` times with the given answers; milliseconds per run. */
function timeEvaluateAll(answers: Answers, times: number): { samples: number[]; outcomes: string[] } {
  const samples: number[] = [];
  let outcomes: string[] = [];
  for (let run = 0; run < times; run += 1) {
    const start = performance.now();
    const results = evaluateAll(validated.definition, answers);
    samples.push(performance.now() - start);
    outcomes = [...new Set(results.map((result) => result.code))];
  }
  return { samples, outcomes };
}

const bench = {
  validation: validated.validation,
  issues: validated.issues,
  programmes: validated.definition.programmes.length,
  hasEligibility: validated.definition.eligibility !== undefined,
  arm: (kind: string, end: 'click' | 'submit') => clock.arm(kind, end),
  settled: () => clock.settled(),
  records: () => clock.records,
  timeEvaluateAll,
};

Object.assign(window, { bench });
document.documentElement.dataset.benchReady = 'true';
