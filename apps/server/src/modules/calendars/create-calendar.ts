import type { BusinessCalendar, CreateCalendarBody } from '@usta/contracts/calendars';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertValidCalendar } from './assert-valid-calendar.ts';
import { clearDefaultCalendar, insertCalendar, toBusinessCalendar } from './calendar-repository.ts';
import { forgetCalendarTimeZones } from './time-zone-cache.ts';

export async function createCalendar(
  db: Database,
  actor: Actor,
  input: CreateCalendarBody,
): Promise<BusinessCalendar> {
  // Validated without the public holidays, so error paths count the company's own days only.
  assertValidCalendar({ timeZone: input.timeZone, weeklyHours: input.weeklyHours, days: input.days });
  const saved = await db.transaction(async (tx) => {
    if (input.isDefault) await clearDefaultCalendar(tx, actor.organizationId);
    const row = await insertCalendar(tx, { organizationId: actor.organizationId, ...input }).catch(
      (error: unknown) => {
        if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
          throw new AppError('ALREADY_EXISTS', { field: 'ad / name' }, [
            { path: 'name', code: 'already_taken' },
          ]);
        }
        throw error;
      },
    );
    const calendar = toBusinessCalendar(row);
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...after } = calendar;
    await recordAuditEvent(tx, actor, { entityType: 'calendar', entityId: row.id, action: 'create', after });
    return calendar;
  });
  forgetCalendarTimeZones();
  return saved;
}
