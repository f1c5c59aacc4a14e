import { DAY_MS, formatDayNumber } from './civil-date.ts';
import { getOffsetMs } from './time-zone.ts';

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/**
 * ISO 8601 with the calendar's own offset ('2026-03-19T13:00:00+03:00'), so a due time reads
 * as the local time it is, whatever the process time zone. Lists write four of these per row:
 * the date and offset parts are kept per day and per offset, the time is read off a table of
 * two-digit numbers (no Date, no padding per call).
 */
export function formatInstantWithOffset(instant: number, timeZone: string): string {
  const offsetMs = getOffsetMs(timeZone, instant);
  const wall = instant + offsetMs;
  const day = Math.floor(wall / DAY_MS);
  if (day < FIRST_FOUR_DIGIT_YEAR_DAY || day > LAST_FOUR_DIGIT_YEAR_DAY) return formatByDate(wall, offsetMs);
  const secondOfDay = Math.floor((wall - day * DAY_MS) / 1000);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor(secondOfDay / 60) % 60;
  return `${dateOfDay(day)}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[secondOfDay % 60]}${offsetText(offsetMs)}`;
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
/** Day numbers of 1000-01-01 and 9999-12-31: years written with four digits. */
const FIRST_FOUR_DIGIT_YEAR_DAY = -354_285;
const LAST_FOUR_DIGIT_YEAR_DAY = 2_932_896;

/** Date texts by day number: a page's instants fall on a handful of days. */
const dateTexts = new Map<number, string>();
function dateOfDay(day: number): string {
  let text = dateTexts.get(day);
  if (text === undefined) {
    if (dateTexts.size >= 4096) dateTexts.clear();
    text = formatDayNumber(day);
    dateTexts.set(day, text);
  }
  return text;
}

const offsetTexts = new Map<number, string>();
function offsetText(offsetMs: number): string {
  let text = offsetTexts.get(offsetMs);
  if (text === undefined) {
    const minutes = Math.round(offsetMs / 60_000);
    text = `${minutes < 0 ? '-' : '+'}${pad(minutes / 60)}:${pad(minutes % 60)}`;
    offsetTexts.set(offsetMs, text);
  }
  return text;
}

/** The same text through a Date, for years outside 1000–9999. */
export function formatByDate(wall: number, offsetMs: number): string {
  const local = new Date(wall);
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${offsetText(offsetMs)}`;
}

/** The local wall-clock time 'HH:MM' of an instant in a time zone. */
export function localTimeOf(instant: number, timeZone: string): string {
  const local = new Date(instant + getOffsetMs(timeZone, instant));
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
