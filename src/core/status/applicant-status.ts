/**
 * An individual applicant's status, in the Department for Education's NPQ vocabulary: the lead
 * provider's decision on the application (`pending`, `accepted`, `rejected`; an old rejected or
 * unprocessed registration shows as `expired`), the participant's training status (`deferred`,
 * `withdrawn`) and the course outcome (`passed`, `failed`).
 */
export const APPLICANT_STATUSES = ['pending', 'accepted', 'rejected', 'expired', 'deferred', 'withdrawn', 'passed', 'failed'] as const;

export type ApplicantStatus = (typeof APPLICANT_STATUSES)[number];

export function isApplicantStatus(value: unknown): value is ApplicantStatus {
  return typeof value === 'string' && (APPLICANT_STATUSES as readonly string[]).includes(value);
}
