import type { Programme } from '../definition/schema.js';

/** How a programme's hours are spent; `unassigned` is what the given parts leave of the total. */
export type HoursPart = 'synchronous' | 'inPerson' | 'selfStudy' | 'unassigned';

export interface HoursShare {
  part: HoursPart;
  hours: number;
}

export interface HoursBreakdown {
  total: number;
  /** Parts with hours, in a fixed order; empty when the definition gives only a total. */
  shares: HoursShare[];
}

/** Hours are published in quarter hours at the finest; rounding hides floating-point dust. */
const roundHours = (value: number) => Math.round(value * 100) / 100;

/** Splits a programme's total hours into its live online, in-person and self-study parts. */
export function hoursBreakdown(hours: Programme['hours']): HoursBreakdown {
  const given: HoursShare[] = [
    { part: 'synchronous', hours: hours.synchronous ?? 0 },
    { part: 'inPerson', hours: hours.inPerson ?? 0 },
    { part: 'selfStudy', hours: hours.selfStudy ?? 0 },
  ];
  const shares = given.filter((share) => share.hours > 0).map((share) => ({ ...share, hours: roundHours(share.hours) }));
  if (shares.length === 0) return { total: roundHours(hours.total), shares };
  const rest = roundHours(hours.total - shares.reduce((sum, share) => sum + share.hours, 0));
  if (rest > 0) shares.push({ part: 'unassigned', hours: rest });
  return { total: roundHours(hours.total), shares };
}
