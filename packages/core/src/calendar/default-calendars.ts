import { turkishPublicHolidays } from './holidays-tr.ts';
import type { Calendar, CalendarDay, WeeklyHours, WorkingInterval } from './types.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Istanbul';

const OFFICE_DAY: readonly WorkingInterval[] = [
  { from: '08:30', to: '12:30' },
  { from: '13:30', to: '18:00' },
];

export interface DefaultCalendarOptions {
  timeZone?: string;
  /** Holidays are materialised per year so a company can see and edit them. */
  fromYear?: number;
  toYear?: number;
}

/**
 * The demo company's calendar: Europe/Istanbul, Monday–Friday 08:30–12:30 and 13:30–18:00,
 * the public holidays of Türkiye and the arife half days (closing 13:00). Holidays default to
 * 2024–2030; pass the years you need for older or later data.
 */
export function createDefaultCalendar(options: DefaultCalendarOptions = {}): Calendar {
  const weeklyHours: WeeklyHours = {
    mon: OFFICE_DAY,
    tue: OFFICE_DAY,
    wed: OFFICE_DAY,
    thu: OFFICE_DAY,
    fri: OFFICE_DAY,
  };
  return {
    id: 'default',
    name: 'Varsayılan çalışma takvimi',
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
    weeklyHours,
    days: turkishPublicHolidays(options.fromYear ?? 2024, options.toYear ?? 2030),
  };
}

/** Round the clock, every day, no holidays (P1 hotlines, OLAs of a 24/7 control room). */
export function createAlwaysOpenCalendar(timeZone: string = DEFAULT_TIME_ZONE): Calendar {
  const allDay: readonly WorkingInterval[] = [{ from: '00:00', to: '24:00' }];
  return {
    id: '24x7',
    name: '7/24',
    timeZone,
    weeklyHours: {
      mon: allDay,
      tue: allDay,
      wed: allDay,
      thu: allDay,
      fri: allDay,
      sat: allDay,
      sun: allDay,
    },
    days: [],
  };
}

/**
 * Layer dated exceptions: a later list replaces an earlier one date by date (company holidays
 * and exceptional working days over the public holidays), keeping one entry per date.
 */
export function mergeCalendarDays(...layers: readonly (readonly CalendarDay[])[]): CalendarDay[] {
  const byDate = new Map<string, CalendarDay>();
  for (const layer of layers) for (const day of layer) byDate.set(day.date, day);
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
