import type { BusinessCalendar } from '@usta/contracts/calendars';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { businessCalendars } from './tables.ts';

export type CalendarRow = typeof businessCalendars.$inferSelect;

export function toBusinessCalendar(row: CalendarRow): BusinessCalendar {
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    weeklyHours: row.weeklyHours as BusinessCalendar['weeklyHours'],
    days: row.days as BusinessCalendar['days'],
    publicHolidays: row.publicHolidays,
    isDefault: row.isDefault,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function selectCalendars(db: Executor, organizationId: string): Promise<CalendarRow[]> {
  return db
    .select()
    .from(businessCalendars)
    .where(eq(businessCalendars.organizationId, organizationId))
    .orderBy(sql`${businessCalendars.isDefault} DESC`, asc(businessCalendars.name));
}

export async function selectCalendar(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(businessCalendars)
    .where(and(eq(businessCalendars.organizationId, organizationId), eq(businessCalendars.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function selectDefaultCalendar(db: Executor, organizationId: string) {
  const [row] = await db
    .select()
    .from(businessCalendars)
    .where(and(eq(businessCalendars.organizationId, organizationId), eq(businessCalendars.isDefault, true)));
  return row ?? null;
}

export async function insertCalendar(db: Executor, values: typeof businessCalendars.$inferInsert) {
  const [row] = await db.insert(businessCalendars).values(values).returning();
  return row!;
}

export async function updateCalendarRow(
  db: Executor,
  id: string,
  patch: Partial<typeof businessCalendars.$inferInsert>,
) {
  const [row] = await db
    .update(businessCalendars)
    .set({ ...patch, version: sql`${businessCalendars.version} + 1`, updatedAt: new Date() })
    .where(eq(businessCalendars.id, id))
    .returning();
  return row!;
}

export async function clearDefaultCalendar(db: Executor, organizationId: string) {
  await db
    .update(businessCalendars)
    .set({ isDefault: false, version: sql`${businessCalendars.version} + 1`, updatedAt: new Date() })
    .where(and(eq(businessCalendars.organizationId, organizationId), eq(businessCalendars.isDefault, true)));
}
