import type { RecordApprovalBody } from '@usta/contracts/work-orders';
import { isFinishedPhase, type Phase } from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { insertActivity } from './activity-repository.ts';
import { workOrderApprovals } from './tables.ts';
import { findWorkOrder, updateWorkOrderRow } from './work-order-repository.ts';

/**
 * Records the customer's approval (signature, QR confirmation or an approved quote), which the
 * `customer_approval → final_check` guard asks for. Going back to rework later voids it
 * (`applyTransition`), and a new approval must then be recorded.
 */
export async function recordApproval(
  db: Database,
  actor: Actor,
  workOrderId: string,
  input: RecordApprovalBody,
) {
  return db.transaction(async (tx) => {
    const order = await findWorkOrder(tx, actor, workOrderId, true);
    if (!order) throw notFound('work order');
    if (!actor.permissions.has('work_order:update') && !actor.permissions.has('work_order:work')) {
      throw forbidden();
    }
    if (isFinishedPhase(order.phase as Phase) || order.mergedIntoId) {
      throw new AppError('UNPROCESSABLE', { reason: 'finished' }, [
        { path: 'method', code: 'order_finished' },
      ]);
    }
    const [approval] = await tx
      .insert(workOrderApprovals)
      .values({
        organizationId: actor.organizationId,
        workOrderId,
        method: input.method,
        approvedBy: input.approvedBy,
        reference: input.reference ?? null,
        note: input.note ?? null,
        recordedBy: actor.userId,
      })
      .returning();
    await updateWorkOrderRow(tx, workOrderId, { approvalId: approval!.id });
    await insertActivity(tx, actor, {
      workOrderId,
      kind: 'approval',
      visibility: 'customer',
      description: input.note ?? null,
      data: { approvalId: approval!.id, method: input.method, approvedBy: input.approvedBy },
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: workOrderId,
      action: 'update',
      before: { approvalId: order.approvalId },
      after: { approvalId: approval!.id },
    });
    return {
      id: approval!.id,
      workOrderId,
      method: input.method,
      approvedBy: approval!.approvedBy,
      reference: approval!.reference,
      note: approval!.note,
      createdAt: approval!.createdAt.toISOString(),
    };
  });
}
