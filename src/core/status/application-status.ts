/**
 * Where a programme's applications stand at an instant: open, closing soon, closed, opening on a
 * date, or full. A pure function of the programme's cohorts and `now`, so any instant can be
 * tested; all dates are UK local time (Europe/London, British Summer Time included).
 *
 * Rules (decided here, relied on by every widget that shows a status):
 * - `opens` as a date means from 00:00 that day; `closes` as a date means to the end of that day
 *   (00:00 the next day). A time means exactly then. Both ends are "at or after": open from the
 *   opening instant itself, closed from the closing instant itself.
 * - "Closing soon" starts `closingSoonDays` (14 when absent, 0 for never) calendar days before
 *   the close, at the same London time of day, so it never drifts by an hour over a clock change.
 * - A cohort's `override` wins over its dates and never changes by itself.
 * - Without a cohort id, the status speaks of the cohort that matters most to an applicant: one
 *   taking applications (the one closing first); else one marked full while its applications
 *   would otherwise run (the hub said so for the current intake); else the next to open; else a
 *   full one whose dates are still ahead; else the one that closed last. No cohorts: closed.
 */
import type { Cohort, Programme } from '../definition/schema.js';
import { closesInstant, londonDaysBefore, opensInstant, parseUkDateTime } from './london-time.js';

export type ApplicationState = 'open' | 'closing-soon' | 'closed' | 'opens' | 'full';

export const APPLICATION_STATES: readonly ApplicationState[] = ['open', 'closing-soon', 'closed', 'opens', 'full'];

/** Days before the close that "Closing soon" starts when a cohort does not say. */
export const DEFAULT_CLOSING_SOON_DAYS = 14;

export interface ApplicationStatus {
  state: ApplicationState;
  /** The cohort it speaks of (next one open or opening), if any. */
  cohort?: Cohort;
  /** When that cohort's applications open (Europe/London wall time resolved to an instant). */
  opensAt?: Date;
  /** When they close: the end of the closing day when the definition gives a date alone. */
  closesAt?: Date;
  /** When "Closing soon" starts for that cohort (equal to `closesAt` when it has no such period). */
  closingSoonAt?: Date;
  /** When the state (or the cohort spoken of) next changes; absent when it never will by itself. */
  nextChangeAt?: Date;
  /** The definition's manual override for that cohort, which won over its dates. */
  override?: { status: 'open' | 'closed' | 'full'; note?: string };
}

/** A cohort's application window as instants. */
export interface ApplicationWindow {
  cohort: Cohort;
  opensAt: Date;
  closesAt: Date;
  closingSoonAt: Date;
}

/** The cohort's window, or `undefined` when its dates cannot be read (the validator reports those). */
export function applicationWindow(cohort: Cohort): ApplicationWindow | undefined {
  const opens = parseUkDateTime(cohort.applications.opens);
  const closes = parseUkDateTime(cohort.applications.closes);
  if (!opens || !closes) return undefined;
  const opensAt = opensInstant(opens);
  const closesAt = closesInstant(closes);
  const days = cohort.applications.closingSoonDays ?? DEFAULT_CLOSING_SOON_DAYS;
  const closingSoonAt = days > 0 ? londonDaysBefore(closesAt, days) : closesAt;
  return { cohort, opensAt, closesAt, closingSoonAt };
}

/** The state of one cohort's applications at an instant. */
export function cohortState(window: ApplicationWindow, now: Date): ApplicationState {
  const override = window.cohort.override?.status;
  if (override) return override;
  const time = now.getTime();
  if (time < window.opensAt.getTime()) return 'opens';
  if (time >= window.closesAt.getTime()) return 'closed';
  if (time >= window.closingSoonAt.getTime()) return 'closing-soon';
  return 'open';
}

/** The cohort with the given id, if the programme has one. */
export function findCohort(programme: Programme, cohortId: string): Cohort | undefined {
  return programme.cohorts.find((cohort) => cohort.id === cohortId);
}

/**
 * Where the programme's applications stand at `now`. With `cohortId`, only that cohort is
 * considered (an unknown id reads as a programme without cohorts: check with `findCohort`).
 */
export function applicationStatus(programme: Programme, now: Date, cohortId?: string): ApplicationStatus {
  const cohorts = cohortId === undefined ? programme.cohorts : programme.cohorts.filter((cohort) => cohort.id === cohortId);
  const windows = cohorts.map(applicationWindow).filter((window): window is ApplicationWindow => window !== undefined);
  const chosen = choose(windows, now);
  if (!chosen) return { state: 'closed' };

  const { window, state } = chosen;
  const status: ApplicationStatus = {
    state,
    cohort: window.cohort,
    opensAt: window.opensAt,
    closesAt: window.closesAt,
    closingSoonAt: window.closingSoonAt,
  };
  if (window.cohort.override) status.override = { ...window.cohort.override };
  const nextChangeAt = nextChange(windows, now, chosen);
  if (nextChangeAt) status.nextChangeAt = nextChangeAt;
  return status;
}

interface Choice {
  window: ApplicationWindow;
  state: ApplicationState;
}

/** Lower sorts first: the group of the state, then a time within the group. */
function priority(window: ApplicationWindow, state: ApplicationState, now: Date): [number, number] {
  const time = now.getTime();
  switch (state) {
    case 'open':
    case 'closing-soon':
      return [0, window.closesAt.getTime()];
    case 'full':
      // Full matters while its applications would otherwise run; before that it waits its turn.
      if (time >= window.closesAt.getTime()) return [4, -window.closesAt.getTime()];
      return time >= window.opensAt.getTime() ? [1, window.closesAt.getTime()] : [3, window.opensAt.getTime()];
    case 'opens':
      return [2, window.opensAt.getTime()];
    default:
      return [4, -window.closesAt.getTime()];
  }
}

function choose(windows: readonly ApplicationWindow[], now: Date): Choice | undefined {
  let best: { choice: Choice; rank: [number, number] } | undefined;
  for (const window of windows) {
    const state = cohortState(window, now);
    const rank = priority(window, state, now);
    // Strictly better only, so among equals the cohort listed first wins.
    if (!best || rank[0] < best.rank[0] || (rank[0] === best.rank[0] && rank[1] < best.rank[1])) {
      best = { choice: { window, state }, rank };
    }
  }
  return best?.choice;
}

/** The first boundary after `now` at which the state or the cohort spoken of differs. */
function nextChange(windows: readonly ApplicationWindow[], now: Date, current: Choice): Date | undefined {
  const boundaries = new Set<number>();
  for (const window of windows) {
    // Overridden cohorts too: a full cohort ranks differently once its dates have passed.
    for (const instant of [window.opensAt, window.closingSoonAt, window.closesAt]) {
      if (instant.getTime() > now.getTime()) boundaries.add(instant.getTime());
    }
  }
  for (const time of [...boundaries].sort((a, b) => a - b)) {
    const then = choose(windows, new Date(time));
    if (then && (then.state !== current.state || then.window.cohort !== current.window.cohort)) return new Date(time);
  }
  return undefined;
}
