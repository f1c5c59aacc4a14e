import type { BusinessCalendar } from '@usta/contracts/calendars';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { selectCalendar, selectCalendars, toBusinessCalendar } from './calendar-repository.ts';
import { ensureDefaultCalendar } from './ensure-default-calendar.ts';

export async function listCalendars(db: Database, actor: Actor) {
  await ensureDefaultCalendar(db, actor.organizationId);
  const rows = await selectCalendars(db, actor.organizationId);
  return { items: rows.map(toBusinessCalendar), nextCursor: null };
}

export async function getCalendar(db: Database, actor: Actor, id: string): Promise<BusinessCalendar> {
  const row = await selectCalendar(db, actor.organizationId, id);
  if (!row) throw notFound('calendar');
  return toBusinessCalendar(row);
}
