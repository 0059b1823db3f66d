import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/npq-eligibility-checker/define.js';
import '../../../src/elements/npq-programmes/define.js';
import '../../../src/elements/npq-programme-finder/define.js';
import '../../../src/elements/npq-application-status/define.js';
import type { NpqEligibilityChecker } from '../../../src/elements/npq-eligibility-checker/npq-eligibility-checker.js';
import type { NpqAnswerDetail, NpqOutcomeDetail } from '../../../src/elements/npq-eligibility-checker/events.js';
import { expectAccessible } from '../../helpers/axe.js';
import { captureWarnings } from '../../helpers/console.js';
import { routeFetch } from '../../helpers/fetch.js';
import { checkerDefinition } from '../../fixtures/checker-definition.js';

/** The bundled sample definition, as the raw JSON a hub publishes. */
const sample: unknown = await fetch('/demo/data/programmes.json').then((response) => response.json());

const shadow = (element: Element) => element.shadowRoot!;
const focused = (element: Element) => shadow(element).activeElement;
const stepHeading = (element: Element) => shadow(element).querySelector<HTMLElement>('#npq-step-heading');
const headingText = (element: Element) => stepHeading(element)?.textContent?.replace(/\s+/g, ' ').trim();
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonNamed = (element: Element, name: string) =>
  [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].find((button) => text(button) === name || text(button).startsWith(`${name} `));

let checkerCount = 0;

async function checker(options: { definition?: unknown; programme?: string; checkerId?: string; headingLevel?: string } = {}): Promise<NpqEligibilityChecker> {
  checkerCount += 1;
  const element = await fixture<NpqEligibilityChecker>(html`<npq-eligibility-checker
    .definition=${options.definition ?? sample}
    programme=${options.programme ?? ''}
    checker-id=${options.checkerId ?? `test-${checkerCount}`}
    heading-level=${options.headingLevel ?? '2'}
  ></npq-eligibility-checker>`);
  await element.updateComplete;
  return element;
}

async function settle(element: NpqEligibilityChecker) {
  await element.updateComplete;
  await element.updateComplete;
}

/** The labels of a question page's choices, in order. */
function choiceLabels(element: Element): string[] {
  return [...shadow(element).querySelectorAll('.choice-label')].map((label) => text(label));
}

/** Picks a choice and presses Continue using only the keyboard, starting from the focused heading. */
async function chooseByKeyboard(element: NpqEligibilityChecker, label: string) {
  const labels = choiceLabels(element);
  const wanted = labels.indexOf(label);
  expect(wanted, `"${label}" among ${labels.join(' | ')}`).to.be.at.least(0);
  for (let presses = 0; presses < 6 && !(focused(element) instanceof HTMLInputElement); presses += 1) await sendKeys({ press: 'Tab' });
  const radios = [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="answer"]')];
  let at = radios.indexOf(focused(element) as HTMLInputElement);
  expect(at, 'a choice has focus').to.be.at.least(0);
  if (!radios[at]!.checked && at === wanted) await sendKeys({ press: 'Space' });
  for (; at < wanted; at += 1) await sendKeys({ press: 'ArrowDown' });
  for (; at > wanted; at -= 1) await sendKeys({ press: 'ArrowUp' });
  expect(radios[wanted]!.checked).to.equal(true);
  await pressButtonByKeyboard(element, 'Continue');
}

/** Tabs to a button and presses Enter. */
async function pressButtonByKeyboard(element: NpqEligibilityChecker, name: string) {
  const button = buttonNamed(element, name);
  expect(button, `a "${name}" button`).to.not.equal(undefined);
  for (let presses = 0; presses < 40 && focused(element) !== button; presses += 1) await sendKeys({ press: 'Tab' });
  expect(focused(element)).to.equal(button);
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

/** Picks choices with the mouse: quicker where the keyboard is not what the test is about. */
async function choose(element: NpqEligibilityChecker, ...labels: string[]) {
  const inputs = [...shadow(element).querySelectorAll<HTMLInputElement>('input[name="answer"]')];
  const all = choiceLabels(element);
  for (const label of labels) {
    const index = all.indexOf(label);
    expect(index, `"${label}" among ${all.join(' | ')} on "${headingText(element)}"`).to.be.at.least(0);
    inputs[index]!.click();
  }
  buttonNamed(element, 'Continue')!.click();
  await settle(element);
}

/** Expects the step heading to read `title` and to have focus. */
function expectStep(element: Element, title: string) {
  expect(headingText(element)).to.equal(title);
  expect(focused(element), `focus on "${title}"`).to.equal(stepHeading(element));
}

const SCHOOL_PATH = ['Autumn 2026', 'Yes, I work in England', 'In a school'];

afterEach(() => sessionStorage.clear());

describe('<npq-eligibility-checker> keyboard journeys to each kind of outcome', () => {
  it('reaches a positive outcome (funded) by keyboard, with axe passing on every step', async () => {
    const element = await checker();
    expect(headingText(element)).to.equal('When do you want to start your course?');
    await expectAccessible(element);
    stepHeading(element)!.focus();

    const steps: [string, string][] = [
      ['When do you want to start your course?', 'Autumn 2026'],
      ['Do you work in England?', 'Yes, I work in England'],
      ['Where do you work?', 'In a school'],
      ['Which of these best describes your role?', 'Headteacher'],
      ['Which NPQ do you want to take?', 'NPQ in Headship'],
      ['Have you had DfE scholarship funding for this NPQ before?', 'No'],
    ];
    for (const [question, answer] of steps) {
      expect(headingText(element)).to.equal(question);
      await expectAccessible(element);
      await chooseByKeyboard(element, answer);
    }
    expectStep(element, 'Check your answers');
    await expectAccessible(element);
    const outcome = oneEvent(element, 'npq-outcome');
    await pressButtonByKeyboard(element, 'See your result');
    expectStep(element, 'You may get DfE scholarship funding for this NPQ');
    expect((await outcome).detail).to.deep.equal({ code: 'funded', funding: 'funded', programme: 'npq-headship' });
    const root = shadow(element);
    expect(text(root.querySelector('[part~="tag"]'))).to.equal('Likely to be funded');
    expect(text(root.querySelector('.outcome-for'))).to.equal('Result for NPQ in Headship, Autumn 2026');
    expect(text(root.querySelector('[part="caveat"]'))).to.contain('your provider confirms whether you have a funded place');
    await expectAccessible(element);
  });

  it('reaches a neutral outcome (reviewed by the DfE) by keyboard', async () => {
    const element = await checker();
    stepHeading(element)!.focus();
    for (const answer of [
      'Autumn 2026',
      'Yes, I work in England',
      'In another education setting',
      'I work in a young offender institution',
      'Senior leader, assistant head or deputy head',
      'NPQ in Senior Leadership',
      'No',
    ]) {
      await chooseByKeyboard(element, answer);
      await expectAccessible(element);
    }
    await pressButtonByKeyboard(element, 'See your result');
    expectStep(element, 'The DfE will review whether you can get funding');
    expect(text(shadow(element).querySelector('[part~="tag"]'))).to.equal('Decided by the DfE');
    await expectAccessible(element);
  });

  it('reaches a negative outcome from a terminal question by keyboard, and Back returns to that question', async () => {
    const element = await checker();
    stepHeading(element)!.focus();
    await chooseByKeyboard(element, 'Autumn 2026');
    await chooseByKeyboard(element, 'No, I work somewhere else');
    expectStep(element, 'You need to work in England to take this NPQ with us');
    expect(text(shadow(element).querySelector('[part~="tag"]'))).to.equal('Not funded');
    expect(text(shadow(element).querySelector('.base'))).to.contain('You told us you work outside England.');
    await expectAccessible(element);

    await pressButtonByKeyboard(element, 'Back');
    expectStep(element, 'Do you work in England?');
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="another"]')!.checked).to.equal(true);
  });

  it('reaches a negative outcome from the funding rules, with its reason and alternatives', async () => {
    const element = await checker();
    stepHeading(element)!.focus();
    for (const answer of [...SCHOOL_PATH, 'Classroom teacher', 'NPQ in Leading Literacy', 'No', 'No', 'No']) await chooseByKeyboard(element, answer);
    await pressButtonByKeyboard(element, 'See your result');
    expectStep(element, 'This NPQ is funded only for schools on the RISE or PP50 list');
    const page = text(shadow(element).querySelector('.base'));
    expect(page).to.contain('you told us yours is on neither');
    const alternatives = [...shadow(element).querySelectorAll('.list a')].map((link) => text(link));
    expect(alternatives).to.include.members(['NPQ in Senior Leadership', 'NPQ in Headship', 'NPQ for Special Educational Needs Co-ordinators']);
    await expectAccessible(element);
  });

  it('gives an honest "check" outcome for a not sure answer', async () => {
    const element = await checker();
    for (const answer of [...SCHOOL_PATH, 'Classroom teacher', 'NPQ in Leading Teaching', 'No', 'I’m not sure', 'No']) await choose(element, answer);
    buttonNamed(element, 'See your result')!.click();
    await settle(element);
    expectStep(element, 'You may be eligible: check whether your school is on the RISE or PP50 list');
    expect(text(shadow(element).querySelector('[part~="tag"]'))).to.equal('Check needed');
    await expectAccessible(element);
  });
});

describe('<npq-eligibility-checker> question pages', () => {
  it('shows an error summary that takes focus and links to the field when Continue has no answer', async () => {
    const element = await checker();
    const answered: NpqAnswerDetail[] = [];
    element.addEventListener('npq-answer', (event) => answered.push(event.detail));
    buttonNamed(element, 'Continue')!.click();
    await settle(element);

    const summary = shadow(element).querySelector<HTMLElement>('.error-summary')!;
    expect(text(summary)).to.equal('There is a problem Select an answer');
    expect(focused(element)).to.equal(summary);
    expect(text(shadow(element).querySelector('.error-message'))).to.equal('Error: Select an answer');
    expect(shadow(element).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('npq-field-error');
    expect(answered).to.deep.equal([]);
    await expectAccessible(element);

    summary.querySelector('a')!.click();
    expect(focused(element)).to.equal(shadow(element).querySelector('input[name="answer"]'));

    await choose(element, 'Autumn 2026');
    expect(shadow(element).querySelector('.error-summary')).to.equal(null);
    expect(answered).to.deep.equal([{ question: 'course_start_cohort', step: 1 }]);
  });

  it('goes back with the previous answer still chosen', async () => {
    const element = await checker();
    await choose(element, 'Autumn 2026');
    await choose(element, 'Yes, I work in England');
    buttonNamed(element, 'Back')!.click();
    await settle(element);
    expectStep(element, 'Do you work in England?');
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="england"]')!.checked).to.equal(true);
    buttonNamed(element, 'Back')!.click();
    await settle(element);
    expectStep(element, 'When do you want to start your course?');
    expect(buttonNamed(element, 'Back'), 'no Back on the first question').to.equal(undefined);
  });

  it('shows the hint, the link to the DfE list and the "not sure" option on a list question', async () => {
    const element = await checker();
    for (const answer of [...SCHOOL_PATH, 'Classroom teacher', 'NPQ in Leading Teaching', 'No']) await choose(element, answer);
    expectStep(element, 'Is your school or setting on the DfE’s RISE list?');
    expect(choiceLabels(element)).to.deep.equal(['Yes', 'No', 'I’m not sure']);
    const link = shadow(element).querySelector<HTMLAnchorElement>('.question-link a')!;
    expect(link.href).to.equal('https://www.gov.uk/government/publications/funding-for-national-professional-qualifications-eligible-settings');
    expect(shadow(element).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('npq-field-hint');
    await expectAccessible(element);
  });

  it('uses the heading level the page asks for', async () => {
    const element = await checker({ headingLevel: '4' });
    expect(stepHeading(element)!.tagName).to.equal('H4');
    expect(shadow(element).querySelector('h1, h2, h3')).to.equal(null);
  });
});

/** The sample with `extra` more programmes, so the course question has a long list. */
function sampleWithExtraProgrammes(extra: number): unknown {
  const definition = structuredClone(sample) as { programmes: Record<string, unknown>[] };
  const model = definition.programmes[0]!;
  for (let number = 1; number <= extra; number += 1) {
    definition.programmes.push({ ...structuredClone(model), id: `extra-course-${number}`, code: `XC${number}`, title: `Extra course ${number}` });
  }
  return definition;
}

describe('<npq-eligibility-checker> long lists', () => {
  it('offers a long course list as a drop-down labelled by the question, which the error summary links to', async () => {
    const element = await checker({ definition: sampleWithExtraProgrammes(30) });
    const answered: string[] = [];
    element.addEventListener('npq-answer', (event) => answered.push(event.detail.question));
    for (const answer of [...SCHOOL_PATH, 'Classroom teacher']) await choose(element, answer);
    expectStep(element, 'Which NPQ do you want to take?');
    expect(shadow(element).querySelector('input[name="answer"]'), 'no radios').to.equal(null);
    const select = shadow(element).querySelector<HTMLSelectElement>('select[name="answer"]')!;
    expect(text(select.labels[0])).to.equal('Which NPQ do you want to take?');
    const entries = [...select.options].map((option) => text(option));
    expect(entries.length).to.equal(1 + 11 + 30);
    expect(entries[0]).to.equal('Choose one');
    expect(entries).to.include.members(['NPQ in Leading Teaching', 'Extra course 1', 'Extra course 30']);
    await expectAccessible(element);

    buttonNamed(element, 'Continue')!.click();
    await settle(element);
    const summary = shadow(element).querySelector<HTMLElement>('.error-summary')!;
    expect(text(summary)).to.equal('There is a problem Select an answer');
    expect(focused(element)).to.equal(summary);
    const again = shadow(element).querySelector<HTMLSelectElement>('select[name="answer"]')!;
    expect(again.getAttribute('aria-describedby')).to.contain('npq-field-error');
    summary.querySelector('a')!.click();
    expect(focused(element)).to.equal(again);
    await expectAccessible(element);

    again.value = 'npq-leading-teaching';
    buttonNamed(element, 'Continue')!.click();
    await settle(element);
    expect(answered).to.include('course_identifier');
    for (const answer of ['No', 'I’m not sure', 'No']) await choose(element, answer);
    expectStep(element, 'Check your answers');
    const rows = [...shadow(element).querySelectorAll('.summary-row')].map((row) => text(row.querySelector('dd')));
    expect(rows).to.include('NPQ in Leading Teaching');

    buttonNamed(element, 'Change your answer to: Which NPQ do you want to take?')!.click();
    await settle(element);
    expectStep(element, 'Which NPQ do you want to take?');
    expect(shadow(element).querySelector<HTMLSelectElement>('select[name="answer"]')!.value, 'the answer given is selected').to.equal('npq-leading-teaching');
  });

  it('keeps radios for a list of thirty', async () => {
    const element = await checker({ definition: sampleWithExtraProgrammes(30 - 11) });
    for (const answer of [...SCHOOL_PATH, 'Classroom teacher']) await choose(element, answer);
    expectStep(element, 'Which NPQ do you want to take?');
    expect(shadow(element).querySelector('select'), 'no drop-down').to.equal(null);
    expect(choiceLabels(element)).to.have.length(30);
  });
});

describe('<npq-eligibility-checker> every kind of question', () => {
  it('takes multiple choice, month-year and short text answers and shows them on the summary', async () => {
    const element = await checker({ definition: checkerDefinition() });
    await choose(element, 'Subject or phase lead');
    expectStep(element, 'Which subjects do you lead?');
    expect(text(shadow(element).querySelector('.divider'))).to.equal('or');
    await expectAccessible(element);
    buttonNamed(element, 'Continue')!.click();
    await settle(element);
    expect(text(shadow(element).querySelector('.error-summary li'))).to.equal('Select at least one answer');
    await choose(element, 'Mathematics', 'Science');

    expectStep(element, 'When did you start teaching?');
    await expectAccessible(element);
    const month = shadow(element).querySelector<HTMLInputElement>('input[name="month"]')!;
    const year = shadow(element).querySelector<HTMLInputElement>('input[name="year"]')!;
    month.value = '13';
    year.value = '2021';
    buttonNamed(element, 'Continue')!.click();
    await settle(element);
    expect(text(shadow(element).querySelector('.error-summary li'))).to.equal('Enter a real month and year, for example 09 2021');
    await expectAccessible(element);
    month.value = '9';
    buttonNamed(element, 'Continue')!.click();
    await settle(element);

    expectStep(element, 'How many years have you led a team?');
    const years = shadow(element).querySelector<HTMLInputElement>('input[name="answer"]')!;
    expect(years.inputMode).to.equal('numeric');
    years.value = 'three';
    buttonNamed(element, 'Continue')!.click();
    await settle(element);
    expect(text(shadow(element).querySelector('.error-summary li'))).to.equal('Enter a whole number, like 5');
    await expectAccessible(element);
    years.value = '3';
    buttonNamed(element, 'Continue')!.click();
    await settle(element);

    await choose(element, 'Yes');
    await choose(element, 'NPQ in Headship');
    expectStep(element, 'Check your answers');
    const rows = [...shadow(element).querySelectorAll('.summary-row')].map((row) => text(row.querySelector('dd')));
    expect(rows).to.deep.equal(['Subject or phase lead', 'MathematicsScience', 'September 2021', '3', 'Yes', 'NPQ in Headship']);
    await expectAccessible(element);

    buttonNamed(element, 'See your result')!.click();
    await settle(element);
    expectStep(element, 'You may get funding');
    const apply = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.list a')].find((link) => text(link) === 'Apply for this course');
    expect(apply?.href, 'the programme’s own apply link').to.equal('https://riverside-tsh.example/apply');
    const contact = [...shadow(element).querySelectorAll<HTMLAnchorElement>('.list a')].find((link) => text(link) === 'Email the hub');
    expect(contact?.href).to.equal('mailto:npq@riverside-tsh.example');
    await expectAccessible(element);
  });
});

describe('<npq-eligibility-checker> check your answers', () => {
  async function toSummary(element: NpqEligibilityChecker) {
    for (const answer of [...SCHOOL_PATH, 'Headteacher', 'NPQ in Headship', 'No']) await choose(element, answer);
    expectStep(element, 'Check your answers');
  }

  it('gives every answer a Change link whose name says which answer', async () => {
    const element = await checker();
    await toSummary(element);
    const changes = [...shadow(element).querySelectorAll('.summary-actions button')].map((button) => text(button));
    expect(changes).to.have.length(6);
    expect(changes[2]).to.equal('Change your answer to: Where do you work?');
    await expectAccessible(element);
  });

  it('returns to the summary after a change that needs no new questions', async () => {
    const element = await checker();
    await toSummary(element);
    buttonNamed(element, 'Change your answer to: Where do you work?')!.click();
    await settle(element);
    expectStep(element, 'Where do you work?');
    expect(shadow(element).querySelector<HTMLInputElement>('input[value="a_school"]')!.checked).to.equal(true);
    await choose(element, 'In the central team of an academy trust');
    expectStep(element, 'Check your answers');
    expect(text(shadow(element).querySelector('.summary-list'))).to.contain('In the central team of an academy trust');
  });

  it('asks the new questions a change needs, then returns to the summary', async () => {
    const element = await checker();
    await toSummary(element);
    buttonNamed(element, 'Change your answer to: Where do you work?')!.click();
    await settle(element);
    await choose(element, 'In early years or childcare');
    expectStep(element, 'What kind of early years setting do you work in?');
    await choose(element, 'A nursery school maintained by a local authority');
    expectStep(element, 'Check your answers');
    buttonNamed(element, 'See your result')!.click();
    await settle(element);
    expectStep(element, 'You may get DfE scholarship funding for this NPQ');
  });
});

describe('<npq-eligibility-checker> programme pages, saving and starting again', () => {
  it('skips the course question when the page names the programme', async () => {
    const element = await checker({ programme: 'npq-senco' });
    const asked: string[] = [];
    element.addEventListener('npq-answer', (event) => asked.push(event.detail.question));
    for (const answer of [...SCHOOL_PATH, 'SENCO, or working towards becoming one', 'Yes', 'No']) await choose(element, answer);
    expect(asked).not.to.include('course_identifier');
    expect(asked).to.include('senco_in_role');
    expectStep(element, 'Check your answers');
    const firstRow = shadow(element).querySelector('.summary-row')!;
    expect(text(firstRow)).to.equal('Course NPQ for Special Educational Needs Co-ordinators');
    expect(firstRow.querySelector('button')).to.equal(null);
  });

  it('keeps the answers through a reload, and Start again clears them', async () => {
    const calls = routeFetch({});
    try {
      const first = await checker({ checkerId: 'reload' });
      await choose(first, 'Autumn 2026');
      await choose(first, 'Yes, I work in England');
      first.remove();

      const reloaded = await checker({ checkerId: 'reload' });
      expect(headingText(reloaded)).to.equal('Where do you work?');
      expect(focused(reloaded), 'no focus is taken on load').to.equal(null);
      buttonNamed(reloaded, 'Back')!.click();
      await settle(reloaded);
      expect(shadow(reloaded).querySelector<HTMLInputElement>('input[value="england"]')!.checked).to.equal(true);

      const restarted = oneEvent(reloaded, 'npq-restart');
      buttonNamed(reloaded, 'Start again')!.click();
      expect((await restarted).detail).to.deep.equal({});
      await settle(reloaded);
      expectStep(reloaded, 'When do you want to start your course?');
      expect(text(shadow(reloaded).querySelector('[role="status"]'))).to.equal('Your answers have been cleared.');
      expect(shadow(reloaded).querySelector<HTMLInputElement>('input[value="2026b"]')!.checked).to.equal(false);

      reloaded.remove();
      const again = await checker({ checkerId: 'reload' });
      expect(headingText(again)).to.equal('When do you want to start your course?');
      expect(calls.calls, 'nothing is sent anywhere').to.deep.equal([]);
    } finally {
      calls.restore();
    }
  });

  it('keeps two checkers on one site apart by their ids', async () => {
    const first = await checker({ checkerId: 'sidebar' });
    await choose(first, 'Autumn 2026');
    const second = await checker({ checkerId: 'main' });
    expect(headingText(second)).to.equal('When do you want to start your course?');
  });

  it('sends events without any answer in them', async () => {
    const element = await checker();
    const details: unknown[] = [];
    element.addEventListener('npq-answer', (event) => details.push(event.detail));
    element.addEventListener('npq-outcome', (event) => details.push(event.detail));
    await choose(element, 'Autumn 2026');
    await choose(element, 'No, I work somewhere else');
    expect(details).to.deep.equal([
      { question: 'course_start_cohort', step: 1 },
      { question: 'teacher_catchment', step: 2 },
      { code: 'not_in_england', funding: 'not-funded' } satisfies NpqOutcomeDetail,
    ]);
  });
});

describe('<npq-eligibility-checker> problems', () => {
  it('says so visibly, warns once and reports an unknown programme', async () => {
    const warnings = captureWarnings();
    try {
      const errors: string[] = [];
      const wrapper = await fixture(html`<div @npq-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}>
        <npq-eligibility-checker .definition=${sample} programme="npq-nope"><a href="https://northfield-tsh.example/funding">Funding</a></npq-eligibility-checker>
      </div>`);
      const element = wrapper.querySelector('npq-eligibility-checker')!;
      await settle(element);
      expect(text(shadow(element).querySelector('[part="error"]'))).to.contain('The course “npq-nope” is not in this provider’s programme information.');
      expect(errors).to.deep.equal(['unknown-programme']);
      expect(warnings.messages.filter((message) => message.includes('npq-nope'))).to.have.length(1);
      await expectAccessible(element);
    } finally {
      warnings.restore();
    }
  });

  it('explains that it is not available when the definition has no eligibility section', async () => {
    const warnings = captureWarnings();
    try {
      const { eligibility: _left, ...withoutChecker } = checkerDefinition();
      const element = await checker({ definition: withoutChecker });
      expect(text(shadow(element).querySelector('[part="error"]'))).to.contain('The eligibility checker is not available at the moment');
      expect(warnings.messages.some((message) => message.includes('no usable "eligibility" section'))).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  /** The checker fixture with two legends that are numbers: the section fails its schema. */
  function misshapenSection() {
    const definition = checkerDefinition();
    for (const index of [0, 1]) (definition.eligibility.questions[index] as { legend: unknown }).legend = 42;
    return definition;
  }
  /** The checker fixture with a question leading to one that does not exist: the section fails its rules. */
  function danglingSection() {
    const definition = checkerDefinition();
    definition.eligibility.questions[1]!.next = [{ goTo: 'no_such_question' }];
    return definition;
  }
  const eligibilityWarnings = (messages: string[]) => messages.filter((message) => message.includes('"eligibility" section'));

  it('shows its error with the located problems of the eligibility section, reports them once and keeps doing so quietly', async () => {
    const warnings = captureWarnings();
    try {
      const errors: CustomEvent<{ code: string; issues: { path: string }[] }>[] = [];
      const wrapper = await fixture(html`<div @npq-error=${(event: CustomEvent<{ code: string; issues: { path: string }[] }>) => errors.push(event)}>
        <npq-eligibility-checker .definition=${misshapenSection()}><a href="https://northfield-tsh.example/funding">Funding</a></npq-eligibility-checker>
      </div>`);
      const element = wrapper.querySelector<NpqEligibilityChecker>('npq-eligibility-checker')!;
      await settle(element);
      const error = shadow(element).querySelector('[part="error"][role="alert"]');
      expect(text(error)).to.contain('The eligibility checker is not available at the moment');
      expect(error!.querySelector('slot')!.assignedElements().map((link) => text(link))).to.deep.equal(['Funding']);
      const details = error!.querySelector('details')!;
      expect(text(details.querySelector('summary'))).to.equal('Details for the website editor');
      const listed = [...details.querySelectorAll('li')].map((item) => text(item));
      expect(listed.some((item) => item.startsWith('/eligibility/questions/0/legend: expected'))).to.equal(true, listed.join(' | '));
      expect(listed.some((item) => item.startsWith('/eligibility/questions/1/legend: expected'))).to.equal(true, listed.join(' | '));

      expect(errors.map((event) => event.detail.code)).to.deep.equal(['invalid']);
      expect(errors[0]!.detail.issues.map((issue) => issue.path)).to.include.members(['/eligibility/questions/0/legend', '/eligibility/questions/1/legend']);
      const warned = eligibilityWarnings(warnings.messages);
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('/eligibility/questions/0/legend').and.contain('/eligibility/questions/1/legend');
      await expectAccessible(element);

      element.headingLevel = '3';
      await settle(element);
      expect(errors, 'no second npq-error on a later render').to.have.length(1);
      expect(eligibilityWarnings(warnings.messages), 'no second warning on a later render').to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('warns once for two checkers sharing a broken section, errors from each, and leaves the other widgets working', async () => {
    const warnings = captureWarnings();
    try {
      const errors: { code: string; from: string }[] = [];
      const ready: EventTarget[] = [];
      const wrapper = await fixture(html`<div
        @npq-error=${(event: CustomEvent<{ code: string }>) => errors.push({ code: event.detail.code, from: (event.target as Element).localName })}
        @npq-ready=${(event: Event) => ready.push(event.target!)}
      >
        <npq-programmes .definition=${danglingSection()}>
          <npq-eligibility-checker checker-id="first"></npq-eligibility-checker>
          <npq-eligibility-checker checker-id="second"></npq-eligibility-checker>
          <npq-programme-finder></npq-programme-finder>
          <npq-application-status programme="npq-headship" now="2026-09-20T12:00:00Z"></npq-application-status>
        </npq-programmes>
      </div>`);
      const checkers = [...wrapper.querySelectorAll<NpqEligibilityChecker>('npq-eligibility-checker')];
      const finder = wrapper.querySelector('npq-programme-finder')! as HTMLElement & { updateComplete: Promise<unknown> };
      const badge = wrapper.querySelector('npq-application-status')! as HTMLElement & { updateComplete: Promise<unknown> };
      for (const element of [...checkers, finder, badge]) await element.updateComplete;
      for (const element of checkers) await settle(element);

      expect(ready, 'the <npq-programmes> loads the rest of the file').to.deep.equal([wrapper.querySelector('npq-programmes')]);
      expect(errors).to.deep.equal([
        { code: 'invalid', from: 'npq-eligibility-checker' },
        { code: 'invalid', from: 'npq-eligibility-checker' },
      ]);
      expect(eligibilityWarnings(warnings.messages)).to.have.length(1);
      expect(warnings.messages.join('\n')).to.contain('/eligibility/questions/1/next/0/goTo');
      for (const element of checkers) expect(text(shadow(element).querySelector('[part="error"] details li'))).to.match(/^\/eligibility\/questions\/1\/next\/0\/goTo: expected the id of a question/);

      expect(text(shadow(finder).querySelector('#npq-finder-results'))).to.match(/^2 /);
      expect(shadow(badge).querySelector('[part~="base"]')).to.not.equal(null);
      expect(shadow(badge).querySelector('[part="error"]')).to.equal(null);
    } finally {
      warnings.restore();
    }
  });

  it('works with an eligibility section that only has warnings, and warns once', async () => {
    const warnings = captureWarnings();
    try {
      const definition = { ...checkerDefinition(), eligibility: { ...checkerDefinition().eligibility, colour: 'blue' } };
      const errors: string[] = [];
      const wrapper = await fixture(html`<div @npq-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}>
        <npq-eligibility-checker .definition=${definition} checker-id="first"></npq-eligibility-checker>
      </div>`);
      const element = wrapper.querySelector<NpqEligibilityChecker>('npq-eligibility-checker')!;
      await settle(element);
      expect(headingText(element)).to.equal('What is your role?');
      expect(shadow(element).querySelector('[part="error"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
      const warned = eligibilityWarnings(warnings.messages);
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('/eligibility/colour');
    } finally {
      warnings.restore();
    }
  });

  it('shows the loading state, then its own load error with the fallback content', async () => {
    const calls = routeFetch({ '/hub/missing.json': { status: 404 } });
    const warnings = captureWarnings();
    try {
      const element = await fixture<NpqEligibilityChecker>(
        html`<npq-eligibility-checker src="/hub/missing.json"><a href="https://northfield-tsh.example/funding">Read about funding</a></npq-eligibility-checker>`,
      );
      await oneEvent(element, 'npq-error');
      await settle(element);
      expect(shadow(element).querySelector('[part="error"] slot')).to.not.equal(null);
      await expectAccessible(element);
    } finally {
      calls.restore();
      warnings.restore();
    }
  });
});
