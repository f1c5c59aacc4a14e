import type { CalendarYear } from '@usta/contracts/calendars';
import {
  type CalendarDay,
  compileCalendar,
  formatDayNumber,
  localTimeOf,
  parseDayNumber,
} from '@usta/core/calendar';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { selectCalendar } from './calendar-repository.ts';
import { buildCoreCalendar } from './to-core-calendar.ts';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Every day of a year with its working time and the holiday behind it, for the year view. */
export async function describeCalendarYear(
  db: Database,
  actor: Actor,
  id: string,
  year: number,
): Promise<CalendarYear> {
  const row = await selectCalendar(db, actor.organizationId, id);
  if (!row) throw notFound('calendar');
  const calendar = buildCoreCalendar(row, year);
  const compiled = compileCalendar(calendar);
  const exceptions = new Map<string, CalendarDay>((calendar.days ?? []).map((d) => [d.date, d]));
  const first = parseDayNumber(`${year}-01-01`)!;
  const last = parseDayNumber(`${year}-12-31`)!;
  const days: CalendarYear['days'] = [];
  let workingMinutesTotal = 0;
  let workingDays = 0;
  for (let day = first; day <= last; day++) {
    const date = formatDayNumber(day);
    const plan = compiled.planDay(day);
    const intervals: { from: string; to: string }[] = [];
    for (let i = 0; i + 1 < plan.spans.length; i += 2) {
      intervals.push({
        from: localTimeOf(plan.spans[i]!, calendar.timeZone),
        to: endTime(plan.spans[i + 1]!, calendar.timeZone),
      });
    }
    const minutes = Math.round(plan.total / 60_000);
    workingMinutesTotal += minutes;
    if (minutes > 0) workingDays++;
    const exception = exceptions.get(date);
    days.push({
      date,
      weekday: WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!,
      kind: exception ? exception.kind : minutes > 0 ? 'working' : 'closed',
      name: exception?.name ?? null,
      source:
        exception && 'source' in exception ? (exception.source ?? 'company') : exception ? 'company' : null,
      intervals,
      workingMinutes: minutes,
    });
  }
  return {
    calendarId: row.id,
    year,
    timeZone: calendar.timeZone,
    workingDays,
    workingHours: Math.round((workingMinutesTotal / 60) * 10) / 10,
    days,
  };
}

/** A span ending at local midnight reads 24:00, not 00:00. */
function endTime(instant: number, timeZone: string): string {
  const time = localTimeOf(instant, timeZone);
  return time === '00:00' ? '24:00' : time;
}
