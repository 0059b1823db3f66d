import { validateDefinition, type Definition } from '../../../src/core/definition/validate.js';
import type { Eligibility } from '../../../src/core/eligibility/schema.js';

export type SampleDefinition = Definition & { eligibility: Eligibility };

/** The bundled sample definition (served from the project root), validated. */
export async function loadSampleDefinition(): Promise<SampleDefinition> {
  const response = await fetch('/demo/data/programmes.json');
  if (!response.ok) throw new Error(`demo/data/programmes.json answered ${response.status}`);
  const result = validateDefinition(await response.json());
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (!result.definition?.eligibility || errors.length > 0) {
    throw new Error(`the sample definition's eligibility section is not usable:\n${result.issues.map((issue) => issue.message).join('\n')}`);
  }
  return result.definition as SampleDefinition;
}
