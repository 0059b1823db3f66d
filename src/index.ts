// Classes and core, without defining any element (import `npq-widgets/all.js` for that).
export * from './core/index.js';
export { NpqElement } from './internal/npq-element.js';
export { defineElement } from './internal/define.js';
export { definitionContext, type DefinitionState } from './internal/definition-context.js';
export type { NpqErrorCode, NpqErrorDetail, NpqReadyDetail, NpqEventDetails } from './internal/events.js';
export { VERSION } from './internal/version.js';
export { NpqProgrammes } from './elements/npq-programmes/npq-programmes.js';
export { NpqApplicationStatus } from './elements/npq-application-status/npq-application-status.js';
export { NpqContentExplorer } from './elements/npq-content-explorer/npq-content-explorer.js';
export type { NpqProgrammeSelectDetail } from './elements/npq-content-explorer/events.js';
export { explorerMessages, type ExplorerMessages } from './elements/npq-content-explorer/messages.js';
export { NpqEligibilityChecker } from './elements/npq-eligibility-checker/npq-eligibility-checker.js';
export type { NpqAnswerDetail, NpqOutcomeDetail, NpqRestartDetail } from './elements/npq-eligibility-checker/events.js';
export { checkerMessages, type CheckerMessages } from './elements/npq-eligibility-checker/messages.js';
export { NpqProgrammeFinder } from './elements/npq-programme-finder/npq-programme-finder.js';
export type { NpqFilterChangeDetail } from './elements/npq-programme-finder/events.js';
export { finderMessages, type FinderMessages } from './elements/npq-programme-finder/messages.js';
