/**
 * The full definition validator: every section, the eligibility section included. The CLI, the
 * embed builder and hosts' own checks use it; widgets load definitions through load.ts, which
 * leaves the eligibility section to the checker.
 */
import { validateDefinitionCore, type ValidationResult } from './validate-core.js';
import { validateEligibilitySection } from '../eligibility/section.js';

export {
  MAX_DEFINITION_CHARS,
  MAX_DEPTH,
  MAX_LISTED_ISSUES,
  fromValibot,
  parseDefinitionText,
  type Definition,
  type ParseResult,
  type ValidationResult,
} from './validate-core.js';

/** Validates a parsed definition. Never throws; keeps every programme that is valid. */
export function validateDefinition(input: unknown): ValidationResult {
  return validateDefinitionCore(input, validateEligibilitySection);
}
