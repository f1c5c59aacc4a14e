import type { FieldError } from '@usta/contracts/common';
import { type CalendarFormValues, type IntervalValue, WEEKDAYS } from './calendar-form-values.ts';

/**
 * Errors are kept per row of the form, not per input: `weeklyHours.mon.1` is the second interval
 * of Monday, `days.3` the fourth company day. The server's paths (`weeklyHours.mon.1.from`,
 * `days.3.closesAt`) are folded onto their row so the message sits next to what caused it.
 */
export type RowErrors = Record<string, string>;

const WEEKLY = new RegExp(`^weeklyHours\\.(${WEEKDAYS.join('|')})(?:\\.(\\d+))?`);
const DAY = /^days\.(\d+)/;

/** The row a server path belongs to, or null when the form has no place for it. */
export function rowOfPath(path: string): string | null {
  const weekly = WEEKLY.exec(path);
  if (weekly)
    return weekly[2] === undefined ? `weeklyHours.${weekly[1]}` : `weeklyHours.${weekly[1]}.${weekly[2]}`;
  if (path === 'weeklyHours') return 'weeklyHours';
  const day = DAY.exec(path);
  if (day) return `days.${day[1]}`;
  if (path === 'days') return 'days';
  if (path === 'name' || path === 'timeZone') return path;
  return null;
}

/**
 * The server's field errors (already in the user's language) by row; the rest stay unplaced.
 * A `days.N` beyond the form's rows is unplaced too: the server checks company days merged with
 * the public holidays, and its index then counts those (`days.67` for the first company day).
 */
export function placeServerErrors(
  errors: readonly FieldError[],
  dayCount: number,
): { rows: RowErrors; unplaced: string[] } {
  const rows: RowErrors = {};
  const unplaced: string[] = [];
  for (const error of errors) {
    const row = rowOfPath(error.path);
    const day = DAY.exec(error.path);
    if (row === null || (day && Number(day[1]) >= dayCount)) unplaced.push(error.message);
    else rows[row] ??= error.message;
  }
  return { rows, unplaced };
}

export type ClientErrorCode =
  | 'required'
  | 'invalid_time'
  | 'invalid_date'
  | 'empty_interval'
  | 'overlapping_intervals'
  | 'duplicate_date'
  | 'no_hours';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Format and order of a list of intervals; overlaps are reported on the later interval. */
function checkIntervals(
  intervals: readonly IntervalValue[],
  row: string,
  out: Record<string, ClientErrorCode>,
) {
  const valid: { from: number; to: number; index: number }[] = [];
  intervals.forEach((interval, index) => {
    const key = `${row}.${index}`;
    if (!TIME.test(interval.from) || interval.from === '24:00' || !TIME.test(interval.to)) {
      out[key] = 'invalid_time';
    } else if (minutes(interval.to) <= minutes(interval.from)) {
      out[key] = 'empty_interval';
    } else {
      valid.push({ from: minutes(interval.from), to: minutes(interval.to), index });
    }
  });
  valid.sort((a, b) => a.from - b.from);
  for (let i = 1; i < valid.length; i++) {
    if (valid[i]!.from < valid[i - 1]!.to) out[`${row}.${valid[i]!.index}`] ??= 'overlapping_intervals';
  }
}

/**
 * What the browser checks before saving. Weekly overlaps and "no working time" are left to the
 * server (one rule book, shown on the same rows); company days are checked here in full because
 * the server validates them merged with the public holidays, whose indices are not the form's.
 */
export function checkCalendarForm(values: CalendarFormValues): Record<string, ClientErrorCode> {
  const out: Record<string, ClientErrorCode> = {};
  if (values.name.trim() === '') out.name = 'required';
  for (const day of WEEKDAYS) {
    values.weeklyHours[day].forEach((interval, index) => {
      if (!TIME.test(interval.from) || interval.from === '24:00' || !TIME.test(interval.to)) {
        out[`weeklyHours.${day}.${index}`] = 'invalid_time';
      }
    });
  }
  const seen = new Set<string>();
  values.days.forEach((day, index) => {
    const row = `days.${index}`;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day.date)) out[row] = 'invalid_date';
    else if (seen.has(day.date)) out[row] = 'duplicate_date';
    else if (day.name.trim() === '') out[row] = 'required';
    else if (day.kind === 'half-day' && (!TIME.test(day.closesAt) || day.closesAt === '00:00')) {
      out[row] = 'invalid_time';
    } else if (day.kind === 'working-day') {
      if (day.hours.length === 0) out[row] = 'no_hours';
      const hourErrors: Record<string, ClientErrorCode> = {};
      checkIntervals(day.hours, row, hourErrors);
      const first = Object.values(hourErrors)[0];
      if (first) out[row] ??= first;
    }
    seen.add(day.date);
  });
  return out;
}
