import { OLA_KINDS, type OlaKind } from '@usta/contracts/ola';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { completeOpenTask } from './record-phase-change.ts';
import { olaTasks } from './tables.ts';

/** Who may mark a task of each kind done by hand (the final check ends with the order's phase). */
const COMPLETES: Record<OlaKind, 'stock:write' | null> = { part_shipment: 'stock:write', final_check: null };

/** The warehouse marks a part shipment done ("sevk edildi"): the task's clock stops now. */
export async function completeOlaTask(db: Database, actor: Actor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [task] = await tx
      .select()
      .from(olaTasks)
      .where(and(eq(olaTasks.organizationId, actor.organizationId), eq(olaTasks.id, id)));
    if (!task) throw notFound('OLA task');
    const kind = task.kind as OlaKind;
    const permission = COMPLETES[kind];
    if (!permission) {
      throw new AppError('UNPROCESSABLE', { reason: 'ola_completes_with_phase' }, [
        { path: 'kind', code: 'ola_completes_with_phase' },
      ]);
    }
    if (!actor.permissions.has(permission)) throw forbidden();
    if (task.completedAt) {
      throw new AppError('UNPROCESSABLE', { reason: 'ola_task_done' }, [
        { path: 'id', code: 'ola_task_done' },
      ]);
    }
    await completeOpenTask(tx, actor.organizationId, task.workOrderId, kind, now, actor.userId);
    await recordAuditEvent(tx, actor, {
      entityType: 'ola_task',
      entityId: task.id,
      action: 'update',
      before: { completedAt: null },
      after: { completedAt: now.toISOString(), team: OLA_KINDS[kind].team },
    });
    return { id: task.id, completedAt: now.toISOString() };
  });
}
