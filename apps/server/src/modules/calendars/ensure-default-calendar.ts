import { createDefaultCalendar } from '@usta/core/calendar';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { insertCalendar, selectDefaultCalendar } from './calendar-repository.ts';

/**
 * Every company starts with the demo calendar of the SLA issue: Europe/Istanbul, Monday–Friday
 * 08:30–12:30 and 13:30–18:00, Turkish public holidays and arife half days (which the holiday
 * source supplies). Created on first use, so new companies need no setup step.
 */
export async function ensureDefaultCalendar(db: Database, organizationId: string) {
  const existing = await selectDefaultCalendar(db, organizationId);
  if (existing) return existing;
  const template = createDefaultCalendar();
  await db.transaction(async (tx) => {
    // Two first requests at once must not both create a default.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`calendar-default:${organizationId}`}))`);
    if (await selectDefaultCalendar(tx, organizationId)) return;
    await insertCalendar(tx, {
      organizationId,
      name: 'Merkez mesai takvimi',
      timeZone: template.timeZone,
      weeklyHours: template.weeklyHours,
      days: [],
      publicHolidays: 'TR',
      isDefault: true,
    });
  });
  return (await selectDefaultCalendar(db, organizationId))!;
}
