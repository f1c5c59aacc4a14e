/** Helpers shared by the calendar and SLA tests (not exported from the module entry). */
import { DAY_MS, MINUTE_MS, parseDayNumber } from './civil-date.ts';
import { createDefaultCalendar } from './default-calendars.ts';
import { wallToInstant } from './time-zone.ts';
import type { Calendar } from './types.ts';

/** '2026-03-19 09:00' in `timeZone` → epoch ms, without looking at the process time zone. */
export function localInstant(text: string, timeZone = 'Europe/Istanbul'): number {
  const [date = '', time = '00:00'] = text.split(' ');
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const day = parseDayNumber(date);
  if (day === undefined) throw new Error(`bad date ${text}`);
  return wallToInstant(timeZone, day * DAY_MS + (hours * 60 + minutes) * MINUTE_MS);
}

/** Epoch ms → '2026-03-19 09:00' in `timeZone`. */
export function formatLocal(instant: number, timeZone = 'Europe/Istanbul'): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

export const istanbul: Calendar = createDefaultCalendar({ fromYear: 2025, toYear: 2028 });

/** New York office with a lunch break and a Sunday night shift that crosses the DST switch. */
export const newYork: Calendar = {
  timeZone: 'America/New_York',
  weeklyHours: {
    mon: [
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '17:00' },
    ],
    tue: [{ from: '09:00', to: '17:00' }],
    wed: [{ from: '09:00', to: '17:00' }],
    thu: [{ from: '09:00', to: '17:00' }],
    fri: [{ from: '09:00', to: '17:00' }],
    sun: [{ from: '01:00', to: '04:00' }],
  },
  days: [{ date: '2026-11-26', kind: 'holiday', name: 'Thanksgiving' }],
};
