import { statusMessages } from './status-tag.js';

/**
 * Everything `<npq-application-status>` says, under the `status` namespace: the tag wording from
 * the shared status tag, then the banner's and the error's. `{name}` placeholders are filled with
 * text (or a `<time>` for dates).
 */
export const applicationStatusMessages = {
  ...statusMessages,
  bannerHeading: 'Applications for {programme}',
  cohortLine: '{cohort} cohort, starting {date}',
  funded: 'DfE scholarship funding is available for this cohort to teachers who are eligible.',
  apply: 'Apply for {programme}',
  howToApply: 'Find out how to apply for {programme}',
  registerInterest: 'Register interest in {programme}',
  findOutMore: 'Find out more about {programme}',
  applicantHeading: 'Your progress',
  applicantHeadingProgramme: 'Your progress: {programme}',
  applicantPendingBody: 'You have registered with the Department for Education. Next, apply to us for this course.',
  applicantAcceptedBody: 'We have accepted your application. We will be in touch about starting the course.',
  applicantRejectedBody: 'We are not able to offer you a place on this course. Contact us if you would like to talk about it.',
  applicantExpiredBody: 'Your registration has expired. You can register again when applications next open.',
  applicantDeferredBody: 'You have paused your course and can resume it later.',
  applicantWithdrawnBody: 'You have withdrawn from this course.',
  applicantPassedBody: 'You have passed this course.',
  applicantFailedBody: 'You did not pass the assessment this time. Contact us about your options.',
  unavailableTitle: 'Application dates are not available at the moment',
  unavailableBody: 'Check the course page, or contact us.',
  unknownProgramme: 'The programme "{programme}" is not in the programme definition. Programmes it has: {known}.',
  noProgramme: 'No programme was named: add a programme attribute, e.g. programme="npq-headship".',
  unknownCohort: 'The programme "{programme}" has no cohort "{cohort}". Cohorts it has: {known}.',
  unknownApplicantStatus: 'The applicant status "{value}" is not one the DfE uses. Use one of: {known}.',
};

export type ApplicationStatusMessages = typeof applicationStatusMessages;
