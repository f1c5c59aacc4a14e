import type { CreateCalendarBody } from '@usta/contracts/calendars';
import type { BusinessCalendar, CalendarDayEntry } from '../../api/calendars-api.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface IntervalValue {
  from: string;
  to: string;
}

export type CompanyDayKind = CalendarDayEntry['kind'];

/** One company day as the form holds it: every kind's fields, so switching kind loses nothing. */
export interface CompanyDayValue {
  date: string;
  kind: CompanyDayKind;
  name: string;
  closesAt: string;
  hours: IntervalValue[];
}

export interface CalendarFormValues {
  name: string;
  timeZone: string;
  weeklyHours: Record<Weekday, IntervalValue[]>;
  publicHolidays: boolean;
  days: CompanyDayValue[];
  isDefault: boolean;
}

/** The demo company's hours: Monday–Friday with a lunch break, the usual Turkish office day. */
export const OFFICE_DAY: readonly IntervalValue[] = [
  { from: '08:30', to: '12:30' },
  { from: '13:30', to: '18:00' },
];

const copy = (intervals: readonly IntervalValue[]) => intervals.map(({ from, to }) => ({ from, to }));

export function officeWeek(): Record<Weekday, IntervalValue[]> {
  return {
    mon: copy(OFFICE_DAY),
    tue: copy(OFFICE_DAY),
    wed: copy(OFFICE_DAY),
    thu: copy(OFFICE_DAY),
    fri: copy(OFFICE_DAY),
    sat: [],
    sun: [],
  };
}

/** 24/7: every day from midnight to midnight (`24:00` is the end of the day). */
export function alwaysOpenWeek(): Record<Weekday, IntervalValue[]> {
  const day = () => [{ from: '00:00', to: '24:00' }];
  return { mon: day(), tue: day(), wed: day(), thu: day(), fri: day(), sat: day(), sun: day() };
}

export function newCalendarValues(): CalendarFormValues {
  return {
    name: '',
    timeZone: 'Europe/Istanbul',
    weeklyHours: officeWeek(),
    publicHolidays: true,
    days: [],
    isDefault: false,
  };
}

export function newCompanyDay(date: string): CompanyDayValue {
  return { date, kind: 'holiday', name: '', closesAt: '13:00', hours: copy(OFFICE_DAY) };
}

export function toFormValues(calendar: BusinessCalendar): CalendarFormValues {
  const weeklyHours = Object.fromEntries(
    WEEKDAYS.map((day) => [day, copy(calendar.weeklyHours[day] ?? [])]),
  ) as Record<Weekday, IntervalValue[]>;
  return {
    name: calendar.name,
    timeZone: calendar.timeZone,
    weeklyHours,
    publicHolidays: calendar.publicHolidays === 'TR',
    days: calendar.days.map((day) => ({
      date: day.date,
      kind: day.kind,
      name: day.name,
      closesAt: day.kind === 'half-day' ? day.closesAt : '13:00',
      hours: day.kind === 'working-day' ? copy(day.hours) : copy(OFFICE_DAY),
    })),
    isDefault: calendar.isDefault,
  };
}

function toDayEntry(day: CompanyDayValue): CalendarDayEntry {
  const name = day.name.trim();
  if (day.kind === 'half-day') return { date: day.date, kind: 'half-day', closesAt: day.closesAt, name };
  if (day.kind === 'working-day')
    return { date: day.date, kind: 'working-day', hours: copy(day.hours), name };
  return { date: day.date, kind: 'holiday', name };
}

/**
 * The body shared by create and edit. Days keep the form's order, so the server's `days.3.…`
 * paths still name the fourth row.
 */
export function toCalendarBody(values: CalendarFormValues): CreateCalendarBody {
  return {
    name: values.name.trim(),
    timeZone: values.timeZone,
    weeklyHours: Object.fromEntries(WEEKDAYS.map((day) => [day, copy(values.weeklyHours[day])])),
    days: values.days.map(toDayEntry),
    publicHolidays: values.publicHolidays ? 'TR' : 'none',
    isDefault: values.isDefault,
  };
}
