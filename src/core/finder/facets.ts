/**
 * The finder's facets. Programme facets are properties of the programme as a whole; cohort facets
 * belong to one cohort, so "Spring 2027" + "Leeds" + "Funding available" asks for one cohort that
 * is all three, not three different cohorts of the same programme.
 */

export const PROGRAMME_FACETS = ['group', 'role', 'phase', 'mode'] as const;
export const COHORT_FACETS = ['venue', 'start', 'funding', 'status'] as const;
export const FACET_KEYS = [...PROGRAMME_FACETS, ...COHORT_FACETS] as const;

export type ProgrammeFacetKey = (typeof PROGRAMME_FACETS)[number];
export type CohortFacetKey = (typeof COHORT_FACETS)[number];
export type FacetKey = (typeof FACET_KEYS)[number];

/** The one option of the "funding available" facet. */
export const FUNDED = 'funded';
/** The one option of the "applications open now" facet. */
export const OPEN_NOW = 'open';

/** Selected option values per facet; a facet with no values does not filter. */
export type FinderFilters = Partial<Record<FacetKey, readonly string[]>>;

/** The bit of a facet in the pass/fail masks used while filtering. */
export const FACET_BIT: Readonly<Record<FacetKey, number>> = Object.fromEntries(
  FACET_KEYS.map((key, position) => [key, 1 << position]),
) as Record<FacetKey, number>;

export function isFacetKey(value: string): value is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(value);
}

/** The values a facet can take, each with a small integer id used by the filter loops. */
export class FacetVocabulary {
  readonly values: string[] = [];
  /** Names from the data (venues); enums and terms are labelled by the widget's messages. */
  readonly labels: (string | undefined)[] = [];
  readonly #ids = new Map<string, number>();

  constructor(values: Iterable<string> = [], labels?: ReadonlyMap<string, string>) {
    for (const value of values) this.add(value, labels?.get(value));
  }

  add(value: string, label?: string): number {
    const known = this.#ids.get(value);
    if (known !== undefined) return known;
    const id = this.values.length;
    this.#ids.set(value, id);
    this.values.push(value);
    this.labels.push(label);
    return id;
  }

  id(value: string): number | undefined {
    return this.#ids.get(value);
  }

  get size(): number {
    return this.values.length;
  }
}

/** A term of the English school year, derived from a cohort's start date. */
export type Season = 'spring' | 'summer' | 'autumn';

const SEASON_ORDER: readonly Season[] = ['spring', 'summer', 'autumn'];

/** January–March spring, April–July summer, August–December autumn. */
export function seasonOfMonth(month: number): Season {
  return month <= 3 ? 'spring' : month <= 7 ? 'summer' : 'autumn';
}

/** "2026-10-01" → "2026-autumn": the value of the start facet. */
export function startTermOf(date: string): string {
  const year = date.slice(0, 4);
  return `${year}-${seasonOfMonth(Number(date.slice(5, 7)))}`;
}

/** Splits a start facet value; undefined when it is not one. */
export function parseStartTerm(value: string): { year: number; season: Season } | undefined {
  const match = /^(\d{4})-(spring|summer|autumn)$/.exec(value);
  return match ? { year: Number(match[1]), season: match[2] as Season } : undefined;
}

/** Chronological order of start terms. */
export function compareStartTerms(a: string, b: string): number {
  const first = parseStartTerm(a);
  const second = parseStartTerm(b);
  if (!first || !second) return a < b ? -1 : a > b ? 1 : 0;
  return first.year - second.year || SEASON_ORDER.indexOf(first.season) - SEASON_ORDER.indexOf(second.season);
}
