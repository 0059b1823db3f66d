/**
 * The eligibility section as parsed JSON, kept with the definition it came with. Widgets load
 * definitions without validating that section (only the checker needs it), and the checker
 * validates it from here. Not a field of the definition, so no code mistakes it for validated data.
 */
const eligibilityValues = new WeakMap<object, unknown>();

export function keepEligibilityValue(definition: object, value: unknown): void {
  eligibilityValues.set(definition, value);
}

/** The section as it was in the file; `undefined` when the file has none. */
export function eligibilityValueOf(definition: object): unknown {
  return eligibilityValues.get(definition);
}
