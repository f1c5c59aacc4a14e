/**
 * Public entry of the calendars module: other modules (SLA, scheduling, maintenance plans)
 * count working time through `loadCalendar`, never through the table.
 */
import type { Calendar } from '@usta/core/calendar';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { selectCalendar } from './calendar-repository.ts';
import { ensureDefaultCalendar } from './ensure-default-calendar.ts';
import { toCoreCalendar } from './to-core-calendar.ts';

export { calendarTimeZone } from './time-zone-cache.ts';

/** The calendar with that id, or the organisation's default when no id is given. */
export async function loadCalendar(
  db: Database,
  organizationId: string,
  id?: string,
): Promise<Calendar & { id: string }> {
  const row = id
    ? await selectCalendar(db, organizationId, id)
    : await ensureDefaultCalendar(db, organizationId);
  if (!row) throw notFound('calendar');
  // The same object for the same stored version, so the core's compiled-calendar cache holds.
  return toCoreCalendar(row) as Calendar & { id: string };
}
