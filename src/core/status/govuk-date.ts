/**
 * Dates and times written the GOV.UK way: "28 September 2026", "5pm", "5:30pm", "midday",
 * "midnight". Month names are spelt here rather than taken from `Intl`, so the words are the same
 * in every browser and every locale the visitor's machine is set to.
 */
import {
  addCalendarDays,
  closesInstant,
  isoDate,
  londonIsoDateTime,
  londonWallTime,
  opensInstant,
  parseUkDateTime,
  type UkDateTime,
} from './london-time.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "28 September 2026" (no leading zero, no weekday, no comma). */
export function formatGovukDate(date: { year: number; month: number; day: number }): string {
  return `${date.day} ${MONTHS[date.month - 1] ?? ''} ${date.year}`;
}

/** "5pm", "5:30pm", "9am", "midday" for 12:00, "midnight" for 00:00. */
export function formatGovukTime(hour: number, minute: number): string {
  if (minute === 0 && hour === 0) return 'midnight';
  if (minute === 0 && hour === 12) return 'midday';
  const suffix = hour < 12 ? 'am' : 'pm';
  const clockHour = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${clockHour}${suffix}` : `${clockHour}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** An instant's London date, GOV.UK style. */
export function formatLondonDate(instant: Date): string {
  return formatGovukDate(londonWallTime(instant));
}

/** Text for people and a machine-readable value for `<time datetime>`. */
export interface DisplayMoment {
  /** e.g. "5pm, 28 September 2026" or "28 September 2026". */
  text: string;
  /** A valid HTML date (`2026-09-28`) or global date and time (`2026-09-28T17:00+01:00`). */
  datetime: string;
}

function parsed(value: string | UkDateTime): UkDateTime | undefined {
  return typeof value === 'string' ? parseUkDateTime(value) : value;
}

/**
 * How an opening date reads. A date alone, or 00:00, reads as the day ("1 June 2027"): opening at
 * the first moment of a day is opening on that day. Any other time leads ("9am, 1 June 2027").
 */
export function describeOpening(value: string | UkDateTime): DisplayMoment | undefined {
  const date = parsed(value);
  if (!date) return undefined;
  if (date.hour === undefined || date.minute === undefined) {
    return { text: formatGovukDate(date), datetime: isoDate(date) };
  }
  const datetime = londonIsoDateTime(opensInstant(date));
  if (date.hour === 0 && date.minute === 0) return { text: formatGovukDate(date), datetime };
  return { text: `${formatGovukTime(date.hour, date.minute)}, ${formatGovukDate(date)}`, datetime };
}

/**
 * How a closing date reads. A date alone is the last day applications are taken ("28 September
 * 2026"). A time leads the date ("5pm, 28 September 2026"). A close at 00:00 is written as
 * midnight at the end of the day before ("midnight, 27 September 2026"), because that is how
 * people read "closes at midnight on 27 September"; `datetime` keeps the exact instant.
 */
export function describeClosing(value: string | UkDateTime): DisplayMoment | undefined {
  const date = parsed(value);
  if (!date) return undefined;
  if (date.hour === undefined || date.minute === undefined) {
    return { text: formatGovukDate(date), datetime: isoDate(date) };
  }
  const datetime = londonIsoDateTime(closesInstant(date));
  if (date.hour === 0 && date.minute === 0) {
    return { text: `midnight, ${formatGovukDate(addCalendarDays(date, -1))}`, datetime };
  }
  return { text: `${formatGovukTime(date.hour, date.minute)}, ${formatGovukDate(date)}`, datetime };
}
