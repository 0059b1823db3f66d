/**
 * The benchmark's programme definitions: the seeded generator's programmes plus the sample hub's
 * eligibility questions, so every size is the same file on every run and machine.
 */
import { readFileSync } from 'node:fs';
import { generateDefinition } from '../src/core/finder/generate.js';

/** Programme counts the benchmark runs at. */
export const SIZES = [10, 100, 1_000, 10_000] as const;
export const SEED = 20_261_123;
/** The fixed "now" every page uses, so application states (and so the results) never drift. */
export const BENCH_NOW = '2026-06-15T11:00:00Z';

/**
 * The sample definition names the coaching offer `npq-early-headship-coaching-offer`; the
 * generator calls it `early-headship-coaching-offer`. Renamed so the rules reach it.
 */
const ID_RENAMES: Record<string, string> = { 'npq-early-headship-coaching-offer': 'early-headship-coaching-offer' };

function sampleEligibility(): unknown {
  const sample = JSON.parse(readFileSync(new URL('../demo/data/programmes.json', import.meta.url), 'utf8')) as { eligibility?: unknown };
  if (sample.eligibility === undefined) throw new Error('bench: demo/data/programmes.json has no "eligibility" section to benchmark the checker with');
  return JSON.parse(JSON.stringify(sample.eligibility), (_key, value: unknown) =>
    typeof value === 'string' && Object.hasOwn(ID_RENAMES, value) ? ID_RENAMES[value] : value,
  );
}

/** The definition file for `programmes` programmes, as JSON text. */
export function benchDefinitionText(programmes: number): string {
  return JSON.stringify({ ...generateDefinition({ programmes, seed: SEED, year: 2026 }), eligibility: sampleEligibility() });
}
