import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/npq-eligibility-checker/define.js';
import { clearDefinitionCache } from '../../src/core/definition/load.js';
import type { NpqEligibilityChecker } from '../../src/elements/npq-eligibility-checker/npq-eligibility-checker.js';
import { checkerDefinition } from '../fixtures/checker-definition.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/console.js';
import { routeFetch } from '../helpers/fetch.js';
import { armTrap, inertnessProblems, nextTask, squash, watchPage } from './page.js';

type CheckerDefinition = ReturnType<typeof checkerDefinition>;

const root = (element: Element) => element.shadowRoot!;
const headingText = (element: Element) => squash(root(element).querySelector('#npq-step-heading')?.textContent);

async function settle(element: NpqEligibilityChecker) {
  await element.updateComplete;
  await element.updateComplete;
}

/** Ticks the choices with these labels and presses Continue. */
async function choose(element: NpqEligibilityChecker, ...labels: string[]) {
  const choices = [...root(element).querySelectorAll('.choice')];
  for (const label of labels) {
    const choice = choices.find((candidate) => squash(candidate.querySelector('label')?.textContent) === label);
    expect(choice, `"${label}" on "${headingText(element)}"`).to.exist;
    choice!.querySelector('input')!.click();
  }
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle(element);
}

async function fill(element: NpqEligibilityChecker, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) root(element).querySelector<HTMLInputElement>(`input[name="${name}"]`)!.value = value;
  root(element).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settle(element);
}

/** Answers every question of the fixture's checker, to "Check your answers". */
async function answerAll(element: NpqEligibilityChecker) {
  await choose(element, 'Headteacher');
  await choose(element, 'Mathematics');
  await fill(element, { month: '9', year: '2019' });
  await fill(element, { answer: '4' });
  await choose(element, 'Yes');
  await choose(element, 'NPQ in Headship');
}

async function checker(source: { definition: unknown } | { src: string }, id: string): Promise<NpqEligibilityChecker> {
  const element = await fixture<NpqEligibilityChecker>(
    'src' in source
      ? html`<npq-eligibility-checker src=${source.src} checker-id=${id}></npq-eligibility-checker>`
      : html`<npq-eligibility-checker .definition=${source.definition} checker-id=${id}></npq-eligibility-checker>`,
  );
  for (let tasks = 0; tasks < 3 && !root(element).querySelector('#npq-step-heading'); tasks += 1) {
    await nextTask();
    await settle(element);
  }
  return element;
}

/** The answers on "Check your answers", as a visitor reads them. */
function summary(element: Element): string[] {
  return [...root(element).querySelectorAll('.summary-row')].map((row) => squash(row.querySelector('dd')?.textContent));
}

/** Whether the visitor is told, in words, that the questions changed. */
function toldQuestionsChanged(element: Element): boolean {
  return /\b(?:questions?|checker)\b[^.]*\b(?:changed|updated)\b/i.test(squash(root(element).textContent));
}

let serial = 0;

describe('checker answers across reloads and definition updates', () => {
  afterEach(() => sessionStorage.clear());

  it('survive a reload of a page whose checker loads its file from src', async () => {
    clearDefinitionCache();
    const network = routeFetch({ '/hub/checker.json': { body: JSON.stringify(checkerDefinition()) } });
    try {
      const first = await checker({ src: '/hub/checker.json' }, 'reload');
      await choose(first, 'Headteacher');
      await choose(first, 'Mathematics');
      expect(headingText(first)).to.equal('When did you start teaching?');
      first.remove();
      clearDefinitionCache();

      const reloaded = await checker({ src: '/hub/checker.json' }, 'reload');
      expect(headingText(reloaded)).to.equal('When did you start teaching?');
      expect(network.calls).to.have.length(2);
    } finally {
      network.restore();
    }
  });

  const sameQuestions: [string, (definition: CheckerDefinition) => void][] = [
    ['a programme renamed and another added', (definition) => {
      definition.programmes[1]!.title = 'NPQ in Leading Teaching (new edition)';
      definition.programmes.push({ ...definition.programmes[1]!, id: 'npq-leading-literacy', code: 'NPQLL', title: 'NPQ in Leading Literacy' } as never);
    }],
    ['an outcome reworded', (definition) => {
      definition.eligibility.outcomes[0]!.body = 'Your answers meet the DfE conditions for a scholarship-funded place.';
    }],
    ['a funding rule changed', (definition) => {
      definition.eligibility.policies[0]!.rules[1]!.because = 'You have taught since before September 2024 and led a team for 3 years or more.';
      (definition.eligibility.policies[0]!.rules[1]!.when as { all: { atLeast?: number }[] }).all[1]!.atLeast = 3;
    }],
  ];
  for (const [name, update] of sameQuestions) {
    it(`survive a definition update that keeps the same questions: ${name}`, async () => {
      const id = `same-${(serial += 1)}`;
      const before = await checker({ definition: checkerDefinition() }, id);
      await answerAll(before);
      expect(headingText(before)).to.equal('Check your answers');
      const answered = summary(before);
      before.remove();

      const updated = checkerDefinition();
      update(updated);
      const after = await checker({ definition: updated }, id);
      expect(headingText(after), 'back where the visitor was').to.equal('Check your answers');
      expect(summary(after)).to.deep.equal(answered);
      expect(toldQuestionsChanged(after), 'nothing to tell').to.equal(false);
    });
  }

  const changedQuestions: [string, (definition: CheckerDefinition) => void][] = [
    ['an answer the visitor gave is no longer offered', (definition) => {
      definition.eligibility.questions[0]!.options = definition.eligibility.questions[0]!.options!.filter((option) => option.value !== 'headteacher');
    }],
    ['a question added before the end', (definition) => {
      const questions = definition.eligibility.questions as { id: string; next: { goTo?: string }[] }[];
      questions[4]!.next[1]!.goTo = 'school_phase';
      questions.splice(5, 0, {
        id: 'school_phase',
        kind: 'single-choice',
        legend: 'Which phase is your school?',
        options: [{ value: 'primary', label: 'Primary' }, { value: 'secondary', label: 'Secondary' }],
        next: [{ goTo: 'course' }],
      } as never);
    }],
    ['the course the visitor chose was taken out', (definition) => {
      definition.programmes = definition.programmes.filter((programme) => programme.id !== 'npq-headship');
    }],
    ['a question asked differently', (definition) => {
      Object.assign(definition.eligibility.questions[3]!, { kind: 'yes-no-not-sure', legend: 'Have you led a team for 2 years or more?', hint: undefined, numeric: undefined });
      (definition.eligibility.policies[0]!.rules[1]!.when as { all: unknown[] }).all[1] = { question: 'years_leading', equals: 'yes' };
    }],
  ];
  for (const [name, update] of changedQuestions) {
    it(`when ${name}, the visitor is told and starts again, never seeing an outcome from old answers`, async () => {
      const id = `changed-${(serial += 1)}`;
      const before = await checker({ definition: checkerDefinition() }, id);
      await answerAll(before);
      root(before).querySelectorAll<HTMLButtonElement>('button[part="button"]')[0]!.click();
      await settle(before);
      expect(root(before).querySelector('[part~="outcome"]'), 'an outcome before the update').to.exist;
      before.remove();

      const updated = checkerDefinition();
      update(updated);
      const after = await checker({ definition: updated }, id);
      expect(root(after).querySelector('[part~="outcome"]'), 'no outcome from the old answers').to.equal(null);
      expect(headingText(after), 'starts again').to.equal(squash(updated.eligibility.questions[0]!.legend));
      expect(toldQuestionsChanged(after), `told that the questions changed, in: "${squash(root(after).textContent).slice(0, 300)}"`).to.equal(true);
      await expectAccessible(after);

      // Told once: the note goes when the visitor moves on, and does not come back on a reload.
      await choose(after, 'Subject or phase lead');
      expect(toldQuestionsChanged(after)).to.equal(false);
      after.remove();
      const reloaded = await checker({ definition: updated }, id);
      expect(headingText(reloaded)).to.equal(squash(updated.eligibility.questions[1]!.legend));
      expect(toldQuestionsChanged(reloaded)).to.equal(false);
    });
  }

  it('when the file changes under an open page, keeps the answers for the same questions and starts again for changed ones', async () => {
    const id = `in-place-${(serial += 1)}`;
    const element = await checker({ definition: checkerDefinition() }, id);
    await answerAll(element);
    const answered = summary(element);

    const reworded = checkerDefinition();
    reworded.eligibility.outcomes[0]!.title = 'You are likely to get funding';
    element.definition = reworded;
    await settle(element);
    expect(headingText(element)).to.equal('Check your answers');
    expect(summary(element)).to.deep.equal(answered);
    expect(toldQuestionsChanged(element)).to.equal(false);

    const fewerRoles = checkerDefinition();
    fewerRoles.eligibility.questions[0]!.options = fewerRoles.eligibility.questions[0]!.options!.filter((option) => option.value !== 'headteacher');
    element.definition = fewerRoles;
    await settle(element);
    expect(headingText(element), 'starts again').to.equal('What is your role?');
    expect(toldQuestionsChanged(element), 'told that the questions changed').to.equal(true);
    expect(squash(root(element).querySelector('[role="status"]')?.textContent), 'and the live region says so').to.contain('questions have changed');
    expect(root(element).querySelector<HTMLInputElement>('input:checked'), 'no answer carried over').to.equal(null);
  });

  describe('saved answers that were tampered with, or storage that fails', () => {
    /** The key the checker saved under and the record it saved, found by answering one question. */
    async function saved(id: string): Promise<{ key: string; record: Record<string, unknown> }> {
      const element = await checker({ definition: checkerDefinition() }, id);
      await choose(element, 'Headteacher');
      element.remove();
      const key = Object.keys(sessionStorage).find((candidate) => candidate.endsWith(`:${id}`));
      expect(key, 'the checker saved the answer in this tab').to.exist;
      return { key: key!, record: JSON.parse(sessionStorage.getItem(key!)!) as Record<string, unknown> };
    }

    const tampered: [string, string][] = [
      ['text that is not JSON', '{"answers": '],
      ['null', 'null'],
      ['a list', '[1,2,3]'],
      ['answers that are not an object', '{"answers":"headteacher","step":{"kind":"outcome"}}'],
      ['reserved keys', '{"answers":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"role":"headteacher"},"step":{"kind":"question","id":"__proto__"}}'],
      ['answers of the wrong kinds', '{"answers":{"role":["headteacher"],"subjects":"maths","started_teaching":"2019-13","years_leading":[4]},"step":{"kind":"check-answers"}}'],
      ['markup in an answer', `{"answers":{"role":"<img src=x onerror=p()>","years_leading":"<svg onload=p()>"},"step":{"kind":"outcome"}}`],
      ['a 1 MB answer', `{"answers":{"role":"headteacher","subjects":["maths"],"started_teaching":"2019-09","years_leading":"${'9'.repeat(1_000_000)}"},"step":{"kind":"outcome"}}`],
      ['a step naming no question', '{"answers":{"role":"headteacher"},"step":{"kind":"question","id":"no_such_question"},"returnToCheck":true}'],
      ['an unknown kind of step', '{"answers":{},"step":{"kind":"payment"}}'],
    ];
    for (const [name, stored] of tampered) {
      it(`start cleanly from ${name}`, async () => {
        const id = `tampered-${(serial += 1)}`;
        const { key, record } = await saved(id);
        // Records that name the questions they answer get as far as their answers being read.
        sessionStorage.setItem(key, stored.replace('{"answers":', `{"questions":${JSON.stringify(record.questions)},"answers":`));
        armTrap();
        const watch = watchPage();
        const element = await checker({ definition: checkerDefinition() }, id);
        await nextTask();
        await watch.stop();
        expect(watch.errors).to.deep.equal([]);
        expect(watch.rejections).to.deep.equal([]);
        expect(window.__pwned).to.equal(undefined);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(inertnessProblems(element)).to.deep.equal([]);
        expect(root(element).querySelector('[part="error"]')).to.equal(null);
        expect(root(element).querySelector('[part~="outcome"]'), 'no outcome from answers that do not hold up').to.equal(null);
        const legends = checkerDefinition().eligibility.questions.map((question) => question.legend);
        expect(legends, 'a question page').to.include(headingText(element));
      });
    }

    it('keep working when the tab cannot store anything', async () => {
      const warnings = captureWarnings();
      const { getItem, setItem, removeItem } = Storage.prototype;
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse });
      try {
        const element = await checker({ definition: checkerDefinition() }, 'no-storage');
        await answerAll(element);
        expect(headingText(element)).to.equal('Check your answers');
        root(element).querySelectorAll<HTMLButtonElement>('button[part="button"]')[0]!.click();
        await settle(element);
        expect(root(element).querySelector('[part~="outcome"]')).to.exist;
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, removeItem });
        warnings.restore();
      }
    });
  });
});
