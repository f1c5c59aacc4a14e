/**
 * Business calendars as plain data, so they can be stored per company, team and contract, sent
 * over the API and edited in the UI. Every instant at the API of this module is an epoch
 * millisecond number (UTC); local dates are 'YYYY-MM-DD' strings and local times 'HH:MM' strings
 * in the calendar's own time zone, never in the process time zone.
 */

export type WeekdayKey = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** ISO order: Monday first, matching how Turkish (and most European) calendars print a week. */
export const WEEKDAY_KEYS: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Local wall-clock interval, `from` inclusive, `to` exclusive; `to` may be '24:00'. */
export interface WorkingInterval {
  from: string;
  to: string;
}

/** Several intervals a day allow a lunch break (08:30–12:30, 13:30–18:00). */
export type WeeklyHours = Partial<Record<WeekdayKey, readonly WorkingInterval[]>>;

export type HolidaySource = 'public' | 'company';

/** A closed day: public holiday (bayram) or company holiday. */
export interface HolidayDay {
  date: string;
  kind: 'holiday';
  name: string;
  source?: HolidaySource;
}

/** The day's usual hours, cut off at `closesAt` (arife: closes at 13:00). */
export interface HalfDay {
  date: string;
  kind: 'half-day';
  closesAt: string;
  name: string;
  source?: HolidaySource;
}

/** An exceptional working day (a Saturday worked to bridge a holiday) or special hours. */
export interface ExceptionalWorkingDay {
  date: string;
  kind: 'working-day';
  hours: readonly WorkingInterval[];
  name: string;
}

export type CalendarDay = HolidayDay | HalfDay | ExceptionalWorkingDay;

export interface Calendar {
  id?: string;
  name?: string;
  /** IANA time zone, e.g. 'Europe/Istanbul'. */
  timeZone: string;
  weeklyHours: WeeklyHours;
  /** Dated exceptions; at most one entry per date (see `mergeCalendarDays`). */
  days?: readonly CalendarDay[];
}

/** A stretch of working time, as instants (epoch ms), `end` exclusive. */
export interface WorkingSpan {
  start: number;
  end: number;
}
