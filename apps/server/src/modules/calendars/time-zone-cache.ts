import type { Database, Executor } from '../../db/database.ts';
import { ProcessCache } from '../../db/process-cache.ts';
import { selectCalendar } from './calendar-repository.ts';
import { ensureDefaultCalendar } from './ensure-default-calendar.ts';

/**
 * The time zone of a calendar (or of the company's default one), kept per process for at most
 * TIME_ZONE_CACHE_MS: every work-order list page with SLA summaries shows their times in the
 * calendar's zone, and a zone changes perhaps once in a company's life. Creating or editing a
 * calendar empties this process's cache after its commit; another API process sees the change
 * within the bound — the trade docs/decisions/0005 made for sessions and statuses.
 */
export const TIME_ZONE_CACHE_MS = 5_000;

const zones = new ProcessCache<string>(TIME_ZONE_CACHE_MS);

export function calendarTimeZone(db: Executor, organizationId: string, id?: string): Promise<string> {
  return zones.get(`${organizationId}:${id ?? ''}`, async () => {
    const row = id
      ? await selectCalendar(db, organizationId, id)
      : await ensureDefaultCalendar(db as Database, organizationId);
    // An unknown id counts in UTC, as a missing calendar's summary always has.
    return row?.timeZone ?? 'UTC';
  });
}

/** After a calendar was created or changed: this process reads zones afresh. */
export function forgetCalendarTimeZones(): void {
  zones.forget();
}
