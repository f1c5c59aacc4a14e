import type { TransitionWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import {
  allowedStatuses,
  applyTransition,
  checkTransition,
  type TransitionFailureCode,
  type WorkOrderStatusDefinition,
} from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordOlaPhaseChange } from '../ola/index.ts';
import { assertSlaAllowsClose, recordSlaChange } from '../sla/index.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import { toAllowedTransition } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import {
  findRelatedIds,
  findWorkOrder,
  stateOf,
  toWorkOrder,
  updateWorkOrderRow,
  type WorkOrderRow,
} from './work-order-repository.ts';

/**
 * Moves an order to a company status. The status names its phase; the lifecycle rules of
 * `@usta/core/work-orders` decide, and a refusal answers with the guard's code and the statuses
 * this user may choose instead. The change, its activity and the audit event commit together.
 */
export async function transitionWorkOrder(
  db: Database,
  actor: Actor,
  id: string,
  input: TransitionWorkOrderBody,
  now = new Date(),
): Promise<WorkOrder> {
  if (input.startedAt && input.endedAt && Date.parse(input.endedAt) < Date.parse(input.startedAt)) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'endedAt', code: 'end_before_start' }]);
  }
  return db.transaction(async (tx) => {
    const row = await findWorkOrder(tx, actor, id, true);
    if (!row) throw notFound('work order');
    if (input.version !== undefined && input.version !== row.version) {
      throw versionConflict(toWorkOrder(row, await findRelatedIds(tx, id)));
    }
    const statuses = await loadStatuses(tx, actor.organizationId);
    const target = statuses.find((s) => s.code === input.to && s.active);
    const refuse = (code: TransitionFailureCode, requiredPermission?: string) =>
      refusal(code, row, input.to, actor, statuses, requiredPermission);
    // A merged duplicate lives on only as a pointer; it never moves again.
    if (!target || target.code === row.status || row.mergedIntoId) throw refuse('INVALID_TRANSITION');

    const state = stateOf(row);
    const check = checkTransition(state, target.phase, actor, { note: input.note ?? null });
    if (!check.ok) throw refuse(check.code, check.requiredPermission);

    const next = applyTransition(state, target.phase);
    // A breached order closes only with a root cause and a CAPA (issue 4).
    if (next.phase === 'closed') await assertSlaAllowsClose(tx, actor, id);
    const updated = await updateWorkOrderRow(tx, id, {
      status: target.code,
      phase: next.phase,
      resumePhase: next.resumePhase,
      approvalId: next.approvalId,
      closedAt: next.phase === 'closed' ? (row.closedAt ?? now) : null,
    });
    await insertActivity(tx, actor, {
      workOrderId: id,
      kind: 'status_change',
      fromStatus: row.status,
      toStatus: target.code,
      description: input.note?.trim() || null,
      startedAt: input.startedAt ? new Date(input.startedAt) : null,
      endedAt: input.endedAt ? new Date(input.endedAt) : null,
      data: { fromPhase: row.phase, toPhase: next.phase, kind: check.kind },
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: id,
      action: 'update',
      before: auditView(row),
      after: auditView(updated),
    });
    await recordSlaChange(tx, actor, id);
    await recordOlaPhaseChange(tx, actor.organizationId, {
      workOrderId: id,
      fromPhase: row.phase,
      toPhase: next.phase,
      at: now,
    });
    return toWorkOrder(updated, await findRelatedIds(tx, id));
  });
}

function refusal(
  code: TransitionFailureCode,
  row: WorkOrderRow,
  to: string,
  actor: Actor,
  statuses: readonly WorkOrderStatusDefinition[],
  requiredPermission?: string,
): AppError {
  const allowed = allowedStatuses(stateOf(row), actor, statuses).map(toAllowedTransition);
  return new AppError(code, { from: row.status, to }, [], {
    allowedTransitions: allowed,
    ...(requiredPermission ? { requiredPermission } : {}),
  });
}
