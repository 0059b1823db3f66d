export * from './definition/schema.js';
export * from './definition/definition-schema.js';
export * from './definition/issues.js';
export * from './definition/validate.js';
export * from './definition/load.js';
export * from './safe-url.js';
export * from './status/application-status.js';
export {
  londonWallTime,
  londonOffsetMinutes,
  londonWallTimeToInstant,
  londonIsoDateTime,
  parseUkDateTime,
  type LondonWallTime,
  type UkDateTime,
} from './status/london-time.js';
export * from './status/govuk-date.js';
export * from './explorer/index.js';
export * from './status/applicant-status.js';
export * from './finder/index.js';
export * from './eligibility/schema.js';
export * from './eligibility/evaluate.js';
export * from './eligibility/semantics.js';
export { eligibilityOf, type EligibilitySection } from './eligibility/section.js';
export * from './eligibility/mermaid.js';
export * from './eligibility/navigation.js';
