import type { Cohort, Programme } from '../../../src/core/definition/schema.js';

/** A cohort with the given application dates; everything else plausible. */
export function cohort(id: string, opens: string, closes: string, extra: Partial<Cohort> = {}): Cohort {
  return {
    id,
    label: `Cohort ${id}`,
    starts: '2027-10-01',
    funded: true,
    ...extra,
    applications: { opens, closes, ...extra.applications },
  };
}

/** A valid programme with the given cohorts. */
export function programme(cohorts: Cohort[], extra: Partial<Programme> = {}): Programme {
  return {
    id: 'npq-headship',
    code: 'NPQH',
    title: 'NPQ in Headship',
    group: 'leadership',
    isNpq: true,
    summary: 'For headteachers and those about to become one.',
    audience: { roles: ['senior-leader', 'headteacher'], phases: ['primary', 'secondary'] },
    length: { taughtMonths: 18, assessmentMonths: 3 },
    hours: { total: 120 },
    delivery: { modes: ['blended'] },
    contentAreas: [],
    cohorts,
    ...extra,
  };
}

/** An instant written in UTC, e.g. `at('2026-09-28T16:00:00Z')`. */
export const at = (iso: string): Date => new Date(iso);
