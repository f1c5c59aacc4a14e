import { parseDayNumber, parseMinutes } from './civil-date.ts';
import { isValidTimeZone } from './time-zone.ts';
import { type Calendar, type CalendarDay, WEEKDAY_KEYS, type WorkingInterval } from './types.ts';
import { ValidationError, type ValidationIssue, type ValidationResult } from './validation-error.ts';

type Path = (string | number)[];

/** Check intervals: well-formed times, from < to, no overlaps (touching is fine: 12:00–12:00). */
function checkIntervals(intervals: readonly WorkingInterval[], path: Path, issues: ValidationIssue[]): void {
  const parsed: { from: number; to: number; index: number }[] = [];
  intervals.forEach((interval, index) => {
    const from = parseMinutes(interval?.from);
    const to = parseMinutes(interval?.to);
    if (from === undefined || from === 24 * 60) {
      issues.push({
        path: [...path, index, 'from'],
        code: 'invalid-time',
        message: 'expected HH:MM (00:00–23:59)',
      });
    }
    if (to === undefined) {
      issues.push({
        path: [...path, index, 'to'],
        code: 'invalid-time',
        message: 'expected HH:MM (00:01–24:00)',
      });
    }
    if (from === undefined || to === undefined) return;
    if (to <= from) {
      issues.push({ path: [...path, index], code: 'empty-interval', message: '`to` must be after `from`' });
      return;
    }
    parsed.push({ from, to, index });
  });
  parsed.sort((a, b) => a.from - b.from);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (current.from < previous.to) {
      issues.push({
        path: [...path, current.index],
        code: 'overlapping-intervals',
        message: `overlaps interval ${previous.index}`,
      });
    }
  }
}

function checkDay(day: CalendarDay, path: Path, issues: ValidationIssue[]): void {
  if (parseDayNumber(day?.date) === undefined) {
    issues.push({
      path: [...path, 'date'],
      code: 'invalid-date',
      message: 'expected a real date YYYY-MM-DD',
    });
  }
  if (day.kind === 'half-day') {
    const closesAt = parseMinutes(day.closesAt);
    if (closesAt === undefined || closesAt === 0) {
      issues.push({
        path: [...path, 'closesAt'],
        code: 'invalid-time',
        message: 'expected HH:MM after 00:00',
      });
    }
  } else if (day.kind === 'working-day') {
    if (!Array.isArray(day.hours) || day.hours.length === 0) {
      issues.push({
        path: [...path, 'hours'],
        code: 'no-working-time',
        message: 'a working day needs hours',
      });
    } else {
      checkIntervals(day.hours, [...path, 'hours'], issues);
    }
  } else if (day.kind !== 'holiday') {
    issues.push({
      path: [...path, 'kind'],
      code: 'invalid-value',
      message: 'expected holiday, half-day or working-day',
    });
  }
}

/**
 * Semantic checks the schema layer cannot express. A calendar must have weekly working time:
 * otherwise "add 4 working hours" has no answer (exceptional days alone run out).
 */
export function validateCalendar(calendar: Calendar): ValidationResult<Calendar> {
  const issues: ValidationIssue[] = [];
  if (!isValidTimeZone(calendar?.timeZone)) {
    issues.push({
      path: ['timeZone'],
      code: 'unknown-time-zone',
      message: `unknown time zone '${calendar?.timeZone}'`,
    });
  }
  let hasWorkingTime = false;
  for (const key of WEEKDAY_KEYS) {
    const intervals = calendar?.weeklyHours?.[key];
    if (intervals === undefined) continue;
    if (!Array.isArray(intervals)) {
      issues.push({
        path: ['weeklyHours', key],
        code: 'invalid-value',
        message: 'expected a list of intervals',
      });
      continue;
    }
    if (intervals.length > 0) hasWorkingTime = true;
    checkIntervals(intervals, ['weeklyHours', key], issues);
  }
  if (!hasWorkingTime) {
    issues.push({
      path: ['weeklyHours'],
      code: 'no-working-time',
      message: 'the calendar has no working time',
    });
  }
  const seen = new Map<string, number>();
  (calendar?.days ?? []).forEach((day, index) => {
    checkDay(day, ['days', index], issues);
    const earlier = seen.get(day?.date);
    if (earlier !== undefined) {
      issues.push({
        path: ['days', index, 'date'],
        code: 'duplicate-date',
        message: `same date as days[${earlier}]`,
      });
    } else {
      seen.set(day?.date, index);
    }
  });
  return issues.length === 0 ? { ok: true, value: calendar } : { ok: false, issues };
}

export function assertValidCalendar(calendar: Calendar): void {
  const result = validateCalendar(calendar);
  if (!result.ok) throw new ValidationError(result.issues);
}
