/**
 * The eligibility section of a loaded definition, validated when the checker first asks for it.
 * Widgets load definitions without this section's schema and rules, so pages without the checker
 * do not ship them; the messages and paths are the same as the full validator's.
 */
import type { DefinitionIssue } from '../definition/issues.js';
import type { Programme } from '../definition/schema.js';
import { eligibilityValueOf } from '../definition/eligibility-value.js';
import { IssueLog, optionalSection, type Definition } from '../definition/validate-core.js';
import { EligibilitySchema, type Eligibility } from './schema.js';
import { checkEligibility } from './semantics.js';

export interface EligibilitySection {
  /** Absent when the definition has no eligibility section, or when it has errors. */
  eligibility?: Eligibility;
  /** The section's problems, located under `/eligibility`. */
  issues: DefinitionIssue[];
}

/** Validates the section's shape, then its references and flow, into `log`; returns it when it has no errors. */
export function validateEligibilitySection(value: unknown, programmes: readonly Programme[], log: IssueLog): Eligibility | undefined {
  const section = optionalSection(EligibilitySchema, value, 'eligibility', log);
  const issues: DefinitionIssue[] = [];
  const eligibility = checkEligibility(section, programmes, issues);
  log.add(issues);
  return eligibility;
}

/** Several checkers on a page share one definition: its section is validated once. */
const sections = new WeakMap<Definition, EligibilitySection>();

/**
 * The usable eligibility section of a definition and its problems. A definition from the full
 * `validateDefinition` already carries its section (its problems were reported with the file's).
 */
export function eligibilityOf(definition: Definition): EligibilitySection {
  if (definition.eligibility) return { eligibility: definition.eligibility, issues: [] };
  let section = sections.get(definition);
  if (!section) {
    const value = eligibilityValueOf(definition);
    const log = new IssueLog();
    const eligibility = value === undefined ? undefined : validateEligibilitySection(value, definition.programmes, log);
    section = { ...(eligibility && { eligibility }), issues: log.finish() };
    sections.set(definition, section);
  }
  return section;
}
