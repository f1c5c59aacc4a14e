import type { MergeWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import { checkMerge, defaultStatusForPhase, type Phase } from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import { loadStatuses } from './settings-repository.ts';
import {
  findRelatedIds,
  findWorkOrder,
  toWorkOrder,
  updateWorkOrderRow,
  type WorkOrderRow,
} from './work-order-repository.ts';

const candidate = (row: WorkOrderRow) => ({
  id: row.id,
  customerId: row.customerId,
  phase: row.phase as Phase,
  mergedIntoId: row.mergedIntoId,
});

/**
 * Merges a duplicate (`id`) into a survivor. The duplicate ends cancelled with `mergedIntoId`;
 * its activities stay where they were written and show on the survivor's timeline too, so both
 * histories are kept. Its number keeps answering: GET by it points to the survivor. Both orders'
 * stored SLA states are recomputed in the same transaction.
 */
export async function mergeWorkOrders(
  db: Database,
  actor: Actor,
  id: string,
  input: MergeWorkOrderBody,
): Promise<WorkOrder> {
  return db.transaction(async (tx) => {
    // Lock both rows in id order, so two opposite merges cannot deadlock.
    const [firstId, secondId] = id < input.survivorId ? [id, input.survivorId] : [input.survivorId, id];
    const first = await findWorkOrder(tx, actor, firstId, true);
    const second = firstId === secondId ? first : await findWorkOrder(tx, actor, secondId, true);
    const locked = [first, second].filter((row): row is WorkOrderRow => row !== null);
    const duplicate = locked.find((row) => row.id === id);
    const survivor = locked.find((row) => row.id === input.survivorId);
    if (!duplicate) throw notFound('work order');
    if (!survivor)
      throw new AppError('NOT_FOUND', { entity: 'work order' }, [{ path: 'survivorId', code: 'not_found' }]);
    const check = checkMerge(candidate(duplicate), candidate(survivor), actor);
    if (!check.ok) {
      if (check.code === 'FORBIDDEN') throw new AppError('FORBIDDEN');
      throw new AppError('MERGE_REFUSED', { reason: check.code }, [], { reason: check.code });
    }
    const statuses = await loadStatuses(tx, actor.organizationId);
    const cancelled = defaultStatusForPhase(statuses, 'cancelled')!;
    const merged = await updateWorkOrderRow(tx, duplicate.id, {
      mergedIntoId: survivor.id,
      status: cancelled.code,
      phase: 'cancelled',
      resumePhase: null,
      approvalId: null,
    });
    const note = input.note?.trim() || null;
    await insertActivity(tx, actor, {
      workOrderId: duplicate.id,
      kind: 'merge',
      fromStatus: duplicate.status,
      toStatus: cancelled.code,
      description: note,
      data: { mergedIntoId: survivor.id, mergedIntoNumber: survivor.number },
    });
    await insertActivity(tx, actor, {
      workOrderId: survivor.id,
      kind: 'merge',
      description: note,
      data: { duplicateId: duplicate.id, duplicateNumber: duplicate.number },
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: duplicate.id,
      action: 'update',
      before: auditView(duplicate),
      after: auditView(merged),
    });
    const touched = await updateWorkOrderRow(tx, survivor.id, {});
    // The SLA hook, like every other change: the cancelled duplicate's clock stops and its
    // escalations are dropped; the survivor's stored state is refreshed in this transaction.
    await recordSlaChange(tx, actor, duplicate.id);
    await recordSlaChange(tx, actor, survivor.id);
    return toWorkOrder(touched, await findRelatedIds(tx, survivor.id));
  });
}
