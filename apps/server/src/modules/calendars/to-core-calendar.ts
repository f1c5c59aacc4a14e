import {
  type Calendar,
  type CalendarDay,
  mergeCalendarDays,
  turkishPublicHolidays,
} from '@usta/core/calendar';
import type { CalendarRow } from './calendar-repository.ts';

// Public holidays are computed for a window around today; the year view asks for its own year.
const WINDOW_BEFORE = 3;
const WINDOW_AFTER = 6;
let holidayWindow: { from: number; to: number; days: CalendarDay[] } | null = null;

function publicHolidaysAround(year: number): CalendarDay[] {
  if (!holidayWindow || year - 1 < holidayWindow.from || year + 1 > holidayWindow.to) {
    const from = Math.min(year, new Date().getUTCFullYear()) - WINDOW_BEFORE;
    const to = Math.max(year, new Date().getUTCFullYear()) + WINDOW_AFTER;
    holidayWindow = { from, to, days: turkishPublicHolidays(from, to) };
  }
  return holidayWindow.days;
}

// The core caches compiled calendars by object identity, so one object per stored version.
const cache = new Map<string, Calendar>();

/** The stored calendar as the core computes with it: company days over the public holidays. */
export function toCoreCalendar(row: CalendarRow, aroundYear = new Date().getUTCFullYear()): Calendar {
  const key = `${row.id}:${row.version}:${aroundYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const calendar = buildCoreCalendar(row, aroundYear);
  if (cache.size > 500) cache.clear();
  cache.set(key, calendar);
  return calendar;
}

export function buildCoreCalendar(
  row: Pick<CalendarRow, 'id' | 'name' | 'timeZone' | 'weeklyHours' | 'days' | 'publicHolidays'>,
  aroundYear = new Date().getUTCFullYear(),
): Calendar {
  const publicDays = row.publicHolidays === 'TR' ? publicHolidaysAround(aroundYear) : [];
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    weeklyHours: row.weeklyHours,
    // Company days win over public ones on the same date (a company may work a holiday).
    days: mergeCalendarDays(publicDays, row.days),
  };
}
