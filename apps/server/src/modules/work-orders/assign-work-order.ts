import type { AssignWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import { isFinishedPhase, type Phase } from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import { checkTeam, checkTechnicians } from './check-references.ts';
import { enqueueAssignedToTechnicians, enqueueRemovedFromTechnicians } from './enqueue-work-order-emails.ts';
import { findRelatedIds, findWorkOrder, toWorkOrder, updateWorkOrderRow } from './work-order-repository.ts';

/**
 * The planner sets the technicians (the first one leads) and the team (seed 001: "Servis merkezi
 * yetkilisi … görevlilere atama yapar. Atanan kişi e-posta ile bilgilendirilir."). Each newly
 * assigned technician gets an e-mail in the same transaction. The status moves separately
 * (a transition), so a planner can line up technicians before confirming the appointment.
 */
export async function assignWorkOrder(
  db: Database,
  actor: Actor,
  id: string,
  input: AssignWorkOrderBody,
): Promise<WorkOrder> {
  return db.transaction(async (tx) => {
    const current = await findWorkOrder(tx, actor, id, true);
    if (!current) throw notFound('work order');
    if (input.version !== undefined && input.version !== current.version) {
      throw versionConflict(toWorkOrder(current, await findRelatedIds(tx, id)));
    }
    if (isFinishedPhase(current.phase as Phase) || current.mergedIntoId) {
      throw new AppError('UNPROCESSABLE', { reason: 'finished' }, [
        { path: 'technicianIds', code: 'order_finished' },
      ]);
    }
    const technicianIds = [...new Set(input.technicianIds)];
    await checkTechnicians(tx, actor, technicianIds, 'technicianIds');
    await checkTeam(tx, actor, input.teamId);
    const row = await updateWorkOrderRow(tx, id, {
      technicianIds,
      ...(input.teamId !== undefined ? { teamId: input.teamId } : {}),
    });
    await insertActivity(tx, actor, {
      workOrderId: id,
      kind: 'assignment',
      data: { technicianIds, teamId: row.teamId, previousTechnicianIds: current.technicianIds },
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: id,
      action: 'update',
      before: auditView(current),
      after: auditView(row),
    });
    const added = technicianIds.filter((t) => !current.technicianIds.includes(t));
    await enqueueAssignedToTechnicians(tx, row, added);
    const removed = current.technicianIds.filter((t) => !technicianIds.includes(t));
    await enqueueRemovedFromTechnicians(tx, row, removed);
    await recordSlaChange(tx, actor, id);
    return toWorkOrder(row, await findRelatedIds(tx, id));
  });
}
