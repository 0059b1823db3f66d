/**
 * UK local time (Europe/London, GMT in winter and BST in summer) without a date library. The
 * browser's own time zone data, through `Intl.DateTimeFormat`, tells the offset at any instant;
 * everything else is arithmetic on UTC milliseconds.
 */

export const LONDON = 'Europe/London';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A wall-clock reading in London. `month` counts from 1. */
export interface LondonWallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A cohort's `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, read apart; `hour`/`minute` absent for a date. */
export interface UkDateTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

let londonFormat: Intl.DateTimeFormat | undefined;

function formatter(): Intl.DateTimeFormat {
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return londonFormat;
}

/**
 * Readings already made, by instant. Formatting to parts is the costly step, and a definition's
 * cohorts share a handful of dates, so a finder card or an index build asks for the same ones again.
 */
const readings = new Map<number, Readonly<LondonWallTime>>();
const MAX_READINGS = 4096;

/** What a clock in London showed at an instant. */
export function londonWallTime(instant: Date): LondonWallTime {
  const time = instant.getTime();
  let reading = readings.get(time);
  if (!reading) {
    reading = readWallTime(instant);
    if (readings.size >= MAX_READINGS) readings.clear();
    if (!Number.isNaN(time)) readings.set(time, reading);
  }
  return { ...reading };
}

function readWallTime(instant: Date): LondonWallTime {
  const parts: Record<string, number> = {};
  for (const part of formatter().formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    // Some engines write midnight as 24 even with h23.
    hour: parts.hour === 24 ? 0 : parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** London's offset from UTC at an instant, in minutes: 0 in GMT, 60 in BST. */
export function londonOffsetMinutes(instant: Date): number {
  const wall = londonWallTime(instant);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallAsUtc - wholeSeconds) / MINUTE);
}

/**
 * The instant a London clock shows a wall time. The clock change is handled as Temporal's
 * "compatible" rule does: a time skipped in spring (01:00–01:59 on the last Sunday of March) is
 * read with the winter offset, so 01:30 becomes 02:30 BST; a time that happens twice in autumn
 * (01:00–01:59 on the last Sunday of October) means the first of the two, in BST.
 */
export function londonWallTimeToInstant(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const offsetBefore = londonOffsetMinutes(new Date(wallAsUtc - DAY));
  const offsetAfter = londonOffsetMinutes(new Date(wallAsUtc + DAY));
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wallAsUtc - offset * MINUTE)
    .filter((candidate) => londonOffsetMinutes(new Date(candidate)) * MINUTE === wallAsUtc - candidate)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wallAsUtc - offsetBefore * MINUTE);
}

const UK_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; `undefined` for anything else. */
export function parseUkDateTime(value: string): UkDateTime | undefined {
  const match = UK_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  const parsed: UkDateTime = { year: Number(year), month: Number(month), day: Number(day) };
  if (hour !== undefined && minute !== undefined) {
    parsed.hour = Number(hour);
    parsed.minute = Number(minute);
  }
  return parsed;
}

/** The calendar date `days` after (or before, when negative) a date; months and years roll over. */
export function addCalendarDays(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * When a cohort's applications open: a date alone means from the start (00:00) of that day, a
 * date and time means exactly then.
 */
export function opensInstant(value: UkDateTime): Date {
  return londonWallTimeToInstant(value.year, value.month, value.day, value.hour ?? 0, value.minute ?? 0);
}

/**
 * When a cohort's applications close: a date alone means at the end of that day (00:00 the next
 * day, so the whole day is still open), a date and time means exactly then.
 */
export function closesInstant(value: UkDateTime): Date {
  if (value.hour === undefined || value.minute === undefined) {
    const next = addCalendarDays(value, 1);
    return londonWallTimeToInstant(next.year, next.month, next.day);
  }
  return londonWallTimeToInstant(value.year, value.month, value.day, value.hour, value.minute);
}

/**
 * The instant `days` calendar days before another, at the same London wall time, so a lead time
 * that spans a clock change still starts at the time of day the deadline has.
 */
export function londonDaysBefore(instant: Date, days: number): Date {
  const wall = londonWallTime(instant);
  const date = addCalendarDays(wall, -days);
  return londonWallTimeToInstant(date.year, date.month, date.day, wall.hour, wall.minute);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `2026-09-28` */
export function isoDate(date: { year: number; month: number; day: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** An instant as a London local date, time and offset, for `<time datetime>`: `2026-09-28T17:00+01:00`. */
export function londonIsoDateTime(instant: Date): string {
  const wall = londonWallTime(instant);
  const offset = londonOffsetMinutes(instant);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${isoDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}
