import { isFinishedPhase, type Phase } from '@usta/core/work-orders';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import { statusForPhase } from './field-sync-entry.ts';
import { transitionWorkOrder } from './transition-work-order.ts';
import { findWorkOrder, updateWorkOrderRow } from './work-order-repository.ts';

/** The phases an order walks through to reach "assigned" from where it stands. */
const PATH_TO_ASSIGNMENT: Partial<Record<Phase, Phase[]>> = {
  intake: ['planning', 'assignment'],
  pre_inspection: ['planning', 'assignment'],
  planning: ['assignment'],
};

/**
 * A visit booked on the planning desk dispatches the order to its technician: the technician is
 * added to the order's assignment (the row rule that lets them see it, in the web and in the
 * field app, and apply commands to it), a technician who no longer has a visit for it is taken
 * off, and an order still before assignment moves to the company's "assigned" status so the
 * technician can set off. In the caller's transaction; the visit's own notification tells the
 * technicians, so no assignment mail is sent on top. Finished or merged orders are left alone.
 */
export async function assignForVisit(
  tx: Executor,
  actor: Actor,
  change: { workOrderId: string; add: string; remove?: string | undefined },
): Promise<void> {
  const current = await findWorkOrder(tx, actor, change.workOrderId, true);
  if (!current || current.mergedIntoId || isFinishedPhase(current.phase as Phase)) return;
  const kept = current.technicianIds.filter((id) => id !== change.remove || id === change.add);
  const technicianIds = kept.includes(change.add) ? kept : [...kept, change.add];
  if (technicianIds.join() !== current.technicianIds.join()) {
    const row = await updateWorkOrderRow(tx, current.id, { technicianIds });
    await insertActivity(tx, actor, {
      workOrderId: current.id,
      kind: 'assignment',
      data: {
        technicianIds,
        teamId: row.teamId,
        previousTechnicianIds: current.technicianIds,
        source: 'visit',
      },
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: current.id,
      action: 'update',
      before: auditView(current),
      after: auditView(row),
    });
    await recordSlaChange(tx, actor, current.id);
  }
  for (const phase of PATH_TO_ASSIGNMENT[current.phase as Phase] ?? []) {
    const status = await statusForPhase(tx, actor.organizationId, phase);
    if (!status) return;
    await transitionWorkOrder(tx as Database, actor, current.id, { to: status.code });
  }
}
