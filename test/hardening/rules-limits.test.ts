import { expect } from '@open-wc/testing';
import { checkerDefinition } from '../fixtures/checker-definition.js';
import { minimalDefinition } from '../fixtures/minimal-definition.js';
import type { EvaluateJob, EvaluateReply } from './evaluate-worker.js';

const TIME_LIMIT_MS = 2_000;

/** Evaluates in a worker; gives up (and stops the worker) after the time limit. */
async function evaluateOffPage(job: EvaluateJob): Promise<EvaluateReply | 'gave up'> {
  const worker = new Worker(new URL('./evaluate-worker.ts', import.meta.url), { type: 'module' });
  const replies: EvaluateReply[] = [];
  let notify: () => void = () => undefined;
  worker.addEventListener('message', (event: MessageEvent<EvaluateReply>) => {
    replies.push(event.data);
    notify();
  });
  const next = () => new Promise<void>((resolve) => (notify = resolve));
  try {
    if (replies.length === 0) await next();
    // The clock starts once the worker has loaded: only the evaluation is timed.
    const answered = next();
    worker.postMessage(job);
    const timer = new Promise<'gave up'>((resolve) => setTimeout(() => resolve('gave up'), TIME_LIMIT_MS));
    return (await Promise.race([answered.then(() => replies[replies.length - 1]!), timer])) ?? 'gave up';
  } finally {
    worker.terminate();
  }
}

const answers = { role: 'headteacher', subjects: ['maths'], started_teaching: '2020-09', years_leading: '5', in_england: 'yes', course: 'npq-headship' };

describe('rules engine limits', () => {
  it('evaluates a small definition off the page (the harness works)', async () => {
    const reply = await evaluateOffPage({ definition: checkerDefinition(), answers, validate: true });
    expect(reply).to.include({ code: 'likely_funded' });
  });

  it('decides at once when a validated definition’s facts each use the next one twice (40 facts)', async () => {
    const definition = checkerDefinition() as ReturnType<typeof checkerDefinition> & { eligibility: { facts?: unknown } };
    const facts = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`f${index}`, index === 39 ? { question: 'in_england', equals: 'no' } : { any: [{ fact: `f${index + 1}` }, { fact: `f${index + 1}` }] }]),
    );
    definition.eligibility.facts = facts;
    definition.eligibility.policies[0]!.rules.unshift({ when: { fact: 'f0' }, outcome: 'not_funded' } as never);
    const reply = await evaluateOffPage({ definition, answers, validate: true });
    expect(reply, 'evaluation finished within 2 seconds').not.to.equal('gave up');
    expect(reply).to.include({ code: 'likely_funded' });
  });

  it('gives an outcome for a definition never validated whose fact uses itself twice', async () => {
    const eligibility = {
      questions: [{ id: 'q', kind: 'yes-no-not-sure', legend: 'Q?', next: [{ goTo: 'check-answers' }] }],
      facts: { loop: { any: [{ fact: 'loop' }, { fact: 'loop' }] } },
      policies: [{ rules: [{ when: { fact: 'loop' }, outcome: 'yes' }, { outcome: 'no' }] }],
      outcomes: [
        { code: 'yes', title: 'Yes', body: 'Yes.', tone: 'positive', funding: 'funded' },
        { code: 'no', title: 'No', body: 'No.', tone: 'negative', funding: 'not-funded' },
      ],
    };
    const reply = await evaluateOffPage({ definition: { programmes: minimalDefinition().programmes, eligibility }, answers: { q: 'yes' }, validate: false });
    expect(reply, 'evaluation finished within 2 seconds').not.to.equal('gave up');
    expect(reply).to.have.property('code');
  });
});
