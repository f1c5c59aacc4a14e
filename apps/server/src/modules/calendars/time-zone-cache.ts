import type { Database, Executor } from '../../db/database.ts';
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

const zones = new Map<string, { zone: string; until: number }>();
let generation = 0;

export async function calendarTimeZone(db: Executor, organizationId: string, id?: string): Promise<string> {
  const key = `${organizationId}:${id ?? ''}`;
  const now = Date.now();
  const known = zones.get(key);
  if (known && known.until > now) return known.zone;
  const started = generation;
  const row = id
    ? await selectCalendar(db, organizationId, id)
    : await ensureDefaultCalendar(db as Database, organizationId);
  // An unknown id counts in UTC, as a missing calendar's summary always has.
  const zone = row?.timeZone ?? 'UTC';
  if (started === generation) zones.set(key, { zone, until: now + TIME_ZONE_CACHE_MS });
  return zone;
}

/** After a calendar was created or changed: this process reads zones afresh. */
export function forgetCalendarTimeZones(): void {
  generation++;
  zones.clear();
}
