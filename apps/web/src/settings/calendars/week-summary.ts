import type { WeeklyHours } from '../../api/calendars-api.ts';
import { WEEKDAYS } from './calendar-form-values.ts';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Open days and working hours of a week, for the list ("5 gün, haftada 42,5 saat"). */
export function summariseWeek(week: WeeklyHours): { days: number; hours: number } {
  let days = 0;
  let total = 0;
  for (const day of WEEKDAYS) {
    const intervals = week[day] ?? [];
    if (intervals.length > 0) days++;
    for (const { from, to } of intervals) total += Math.max(0, minutes(to) - minutes(from));
  }
  return { days, hours: Math.round((total / 60) * 10) / 10 };
}
