import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { checkerDefinition } from '../test/fixtures/checker-definition.js';

const meta: Meta = {
  title: 'Widgets/npq-eligibility-checker',
  component: 'npq-eligibility-checker',
};
export default meta;

type Story = StoryObj;

const SAMPLE = 'data/programmes.json';
const fallback = html`<p><a href="https://northfield-tsh.example/npqs/funding">Read about NPQ funding</a></p>`;

/** Each story has its own checker id, so answers saved by one story never show in another. */
const sampleChecker = (id: string, programme = '') =>
  html`<npq-eligibility-checker src=${SAMPLE} checker-id=${`story-${id}`} programme=${programme}>${fallback}</npq-eligibility-checker>`;
const kindsChecker = (id: string) =>
  html`<npq-eligibility-checker .definition=${checkerDefinition()} checker-id=${`story-${id}`}></npq-eligibility-checker>`;

/** Waits until the checker shows a page, then answers with the given labels ("!" + a button name presses it). */
async function answer(canvas: HTMLElement, steps: readonly string[], options = { fresh: true }): Promise<void> {
  const element = canvas.querySelector('npq-eligibility-checker')!;
  const root = () => element.shadowRoot!;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  for (let tries = 0; tries < 200 && !root().querySelector('#npq-step-heading'); tries += 1) await frame();
  // Stories start afresh every time they are shown.
  const startAgain = [...root().querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Start again');
  if (startAgain && options.fresh) {
    startAgain.click();
    await frame();
  }
  for (const step of steps) {
    if (step.startsWith('!')) {
      const name = step.slice(1);
      [...root().querySelectorAll('button')].find((button) => button.textContent?.trim() === name)?.click();
    } else {
      const labels = [...root().querySelectorAll<HTMLLabelElement>('.choice-label')];
      labels.find((label) => label.textContent?.trim() === step)?.click();
      [...root().querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Continue')?.click();
    }
    await frame();
    await frame();
  }
}

const IN_SCHOOL = ['Autumn 2026', 'Yes, I work in England', 'In a school'];

/** The first question (single choice with option hints), from the bundled sample definition. */
export const FirstQuestion: Story = {
  render: () => sampleChecker('first'),
  play: ({ canvasElement }) => answer(canvasElement, []),
};

/** Continue without an answer: the error summary takes focus and links to the field. */
export const ErrorSummary: Story = {
  render: () => sampleChecker('error'),
  play: ({ canvasElement }) => answer(canvasElement, ['!Continue']),
};

/** A choice question with an "or" divider before "None of these". */
export const SingleChoiceWithDivider: Story = {
  render: () => sampleChecker('divider'),
  play: ({ canvasElement }) => answer(canvasElement, ['Autumn 2026', 'Yes, I work in England']),
};

/** Yes / no / not sure, with a link to the DfE's list. */
export const YesNoNotSure: Story = {
  render: () => sampleChecker('yes-no'),
  play: ({ canvasElement }) => answer(canvasElement, [...IN_SCHOOL, 'Classroom teacher', 'NPQ in Leading Teaching', 'No']),
};

/** Multiple choice (checkboxes), from a small definition that uses every kind of question. */
export const MultipleChoice: Story = {
  render: () => kindsChecker('multiple'),
  play: ({ canvasElement }) => answer(canvasElement, ['Subject or phase lead']),
};

/** Month and year. */
export const MonthYear: Story = {
  render: () => kindsChecker('month-year'),
  play: ({ canvasElement }) => answer(canvasElement, ['Subject or phase lead', 'Mathematics']),
};

/** Short text (a whole number here), with the label as the page heading. */
export const ShortText: Story = {
  render: () => kindsChecker('short-text'),
  play: async ({ canvasElement }) => {
    await answer(canvasElement, ['Subject or phase lead', 'Mathematics']);
    const root = canvasElement.querySelector('npq-eligibility-checker')!.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[name="month"]')!.value = '9';
    root.querySelector<HTMLInputElement>('input[name="year"]')!.value = '2019';
    await answer(canvasElement, ['!Continue'], { fresh: false });
  },
};

/** Check your answers, with a Change link per answer. */
export const CheckAnswers: Story = {
  render: () => sampleChecker('check'),
  play: ({ canvasElement }) => answer(canvasElement, [...IN_SCHOOL, 'Headteacher', 'NPQ in Headship', 'No']),
};

/** Positive: likely to be funded, with next steps and the suitable programmes for the role. */
export const OutcomePositive: Story = {
  render: () => sampleChecker('positive'),
  play: ({ canvasElement }) => answer(canvasElement, [...IN_SCHOOL, 'Headteacher', 'NPQ in Headship', 'No', '!See your result']),
};

/** Neutral: the DfE reviews funding case by case. */
export const OutcomeNeutralReview: Story = {
  render: () => sampleChecker('review'),
  play: ({ canvasElement }) =>
    answer(canvasElement, [
      'Autumn 2026',
      'Yes, I work in England',
      'In another education setting',
      'I work in a hospital school or independent hospital education organisation',
      'Headteacher',
      'NPQ in Headship',
      'No',
      '!See your result',
    ]),
};

/** Neutral: "not sure" gives an honest "may be eligible, check the list". */
export const OutcomeNeutralNotSure: Story = {
  render: () => sampleChecker('not-sure'),
  play: ({ canvasElement }) =>
    answer(canvasElement, [...IN_SCHOOL, 'Classroom teacher', 'NPQ in Leading Teaching', 'No', 'I’m not sure', 'No', '!See your result']),
};

/** Negative, from the funding rules, with the NPQs the same answers would fund instead. */
export const OutcomeNegativeWithAlternatives: Story = {
  render: () => sampleChecker('negative'),
  play: ({ canvasElement }) => answer(canvasElement, [...IN_SCHOOL, 'Classroom teacher', 'NPQ in Leading Literacy', 'No', 'No', 'No', '!See your result']),
};

/** Negative, straight from a question that ends the checker (a terminal page). */
export const OutcomeTerminal: Story = {
  render: () => sampleChecker('terminal'),
  play: ({ canvasElement }) => answer(canvasElement, ['Autumn 2026', 'No, I work somewhere else']),
};

/** On a programme's own page: the course question is skipped. */
export const OnAProgrammePage: Story = {
  render: () => sampleChecker('programme', 'npq-senco'),
  play: ({ canvasElement }) => answer(canvasElement, [...IN_SCHOOL, 'SENCO, or working towards becoming one', 'Yes', 'No']),
};

/** `programme` names a course the definition does not have. */
export const UnknownProgramme: Story = {
  render: () => sampleChecker('unknown', 'npq-nope'),
};

/** The definition cannot be loaded: a plain message and the fallback link. */
export const LoadError: Story = {
  render: () => html`<npq-eligibility-checker src="data/missing.json">${fallback}</npq-eligibility-checker>`,
};

/**
 * The definition's eligibility section has an error (a next step to a question that does not
 * exist): the checker shows its error with the fallback link, and the located problem for the
 * website editor.
 */
export const BrokenEligibilitySection: Story = {
  render: () => {
    const definition = checkerDefinition();
    definition.eligibility.questions[1]!.next = [{ goTo: 'no_such_question' }];
    return html`<npq-eligibility-checker .definition=${definition} checker-id="story-broken-section">${fallback}</npq-eligibility-checker>`;
  },
};

/** The hub changed its questions after the visitor answered: they are told, and start again. */
export const QuestionsChanged: Story = {
  render: () => kindsChecker('questions-changed'),
  play: async ({ canvasElement }) => {
    await answer(canvasElement, ['Headteacher', 'Mathematics']);
    const changed = checkerDefinition();
    changed.eligibility.questions[0]!.legend = 'What is your current role?';
    (canvasElement.querySelector('npq-eligibility-checker') as HTMLElement & { definition: unknown }).definition = changed;
  },
};

/** A provider with more than 30 courses: the course question is a drop-down labelled by the question. */
export const LongCourseList: Story = {
  render: () => html`<npq-eligibility-checker checker-id="story-long-list"></npq-eligibility-checker>`,
  play: async ({ canvasElement }) => {
    const sample = (await (await fetch(SAMPLE)).json()) as { programmes: Record<string, unknown>[] };
    const model = sample.programmes[0]!;
    for (let number = 1; number <= 30; number += 1) {
      sample.programmes.push({ ...structuredClone(model), id: `partner-course-${number}`, code: `PC${number}`, title: `Partner course ${number}` });
    }
    (canvasElement.querySelector('npq-eligibility-checker') as HTMLElement & { definition: unknown }).definition = sample;
    await answer(canvasElement, [...IN_SCHOOL, 'Headteacher']);
  },
};
