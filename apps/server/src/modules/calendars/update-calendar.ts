import type { BusinessCalendar, UpdateCalendarBody } from '@usta/contracts/calendars';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { assertValidCalendar } from './assert-valid-calendar.ts';
import {
  clearDefaultCalendar,
  selectCalendar,
  toBusinessCalendar,
  updateCalendarRow,
} from './calendar-repository.ts';
import { forgetCalendarTimeZones } from './time-zone-cache.ts';

/**
 * Edits a calendar. Past SLA outcomes are not recomputed: closed orders keep the figures they
 * were closed with; open orders use the new hours from their next recomputation.
 */
export async function updateCalendar(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateCalendarBody,
): Promise<BusinessCalendar> {
  const saved = await db.transaction(async (tx) => {
    const current = await selectCalendar(tx, actor.organizationId, id, true);
    if (!current) throw notFound('calendar');
    if (current.version !== input.version) throw versionConflict(toBusinessCalendar(current));
    const { version: _version, isDefault, ...changes } = input;
    const next = { ...current, ...changes };
    // Validated without the public holidays, so error paths count the company's own days only.
    assertValidCalendar({ timeZone: next.timeZone, weeklyHours: next.weeklyHours, days: next.days });
    if (isDefault && !current.isDefault) await clearDefaultCalendar(tx, actor.organizationId);
    const row = await updateCalendarRow(tx, id, {
      ...changes,
      ...(isDefault ? { isDefault: true } : {}),
    }).catch((error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
        throw new AppError('ALREADY_EXISTS', { field: 'ad / name' }, [
          { path: 'name', code: 'already_taken' },
        ]);
      }
      throw error;
    });
    const before = toBusinessCalendar(current);
    const after = toBusinessCalendar(row);
    await recordAuditEvent(tx, actor, {
      entityType: 'calendar',
      entityId: id,
      action: 'update',
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
  forgetCalendarTimeZones();
  return saved;
}
