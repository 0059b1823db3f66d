/**
 * Text the eligibility checker shows. Hosts override any of it with `checker.<key>` in the
 * definition's `messages`, or through the element's `messages` property. Questions, answers and
 * outcomes themselves come from the definition's `eligibility` section.
 */
export const checkerMessages = {
  back: 'Back',
  continue: 'Continue',
  answerYes: 'Yes',
  answerNo: 'No',
  answerNotSure: 'I’m not sure',
  monthLabel: 'Month',
  yearLabel: 'Year',
  monthYearHint: 'For example, 09 2021',
  /** The first, empty entry of a long list shown as a drop-down. */
  selectPrompt: 'Choose one',

  errorSummaryTitle: 'There is a problem',
  errorChoose: 'Select an answer',
  errorChooseSome: 'Select at least one answer',
  errorMonthYearMissing: 'Enter a month and year',
  errorMonthYearInvalid: 'Enter a real month and year, for example 09 2021',
  errorTextMissing: 'Enter an answer',
  errorTextNumber: 'Enter a whole number, like 5',
  errorTextTooLong: 'Enter an answer of 500 characters or fewer',
  errorPrefix: 'Error:',

  checkHeading: 'Check your answers',
  checkIntro: 'Check your answers before you see your result.',
  checkProgramme: 'Course',
  change: 'Change',
  changeContext: 'your answer to: {question}',
  seeResult: 'See your result',

  resultFor: 'Result for {programme}',
  resultForCohort: 'Result for {programme}, {cohort}',
  fundingFunded: 'Likely to be funded',
  fundingReview: 'Decided by the DfE',
  fundingNotFunded: 'Not funded',
  fundingUnknown: 'Check needed',
  whyHeading: 'Why',
  nextStepsHeading: 'What to do next',
  alternativesHeading: 'Other NPQs',
  suitableHeading: 'NPQs that suit your role',
  suitableIntro: 'From the role you chose, these NPQs may suit you:',
  caveat:
    'This checker is a guide, not a decision. The DfE decides scholarship funding when you register, and your provider confirms whether you have a funded place.',
  undecidedTitle: 'We cannot give you a result from these answers',
  undecidedBody: 'Some information the funding rules need is missing. Contact the provider to check whether you could get funding.',
  changeAnswers: 'Change your answers',
  startAgain: 'Start again',
  restarted: 'Your answers have been cleared.',
  questionsChanged: 'The questions have changed since you last answered them, so your answers have been cleared. Please answer them again.',

  notConfiguredTitle: 'The eligibility checker is not available at the moment',
  notConfiguredBody: 'Contact the provider to ask whether you could get funding.',
  unknownProgrammeTitle: 'The eligibility checker is not available for this course',
  unknownProgrammeBody: 'The course “{id}” is not in this provider’s programme information.',
};

export type CheckerMessages = typeof checkerMessages;
