import type { UpdateWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import { isFinishedPhase, type Phase, type PriorityMatrix, resolvePriority } from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import {
  checkAddress,
  checkCategory,
  checkContact,
  checkTeam,
  checkTechnicians,
  requireCustomer,
  requireDevice,
} from './check-references.ts';
import { enqueueAssignedToTechnicians } from './enqueue-work-order-emails.ts';
import { loadPriorityMatrix } from './settings-repository.ts';
import {
  findRelatedIds,
  findWorkOrder,
  toWorkOrder,
  updateWorkOrderRow,
  type WorkOrderInsert,
} from './work-order-repository.ts';

/** What a technician (`work_order:work` without `work_order:update`) may write: their findings. */
const TECHNICIAN_FIELDS = new Set(['diagnosis', 'workDone', 'resolutionCode', 'customCodes', 'version']);
const ASSIGNMENT_FIELDS = new Set(['technicianIds', 'teamId']);

/**
 * Edits an order's data (never its status: that is a transition). Optimistic concurrency: an
 * edit made against an older version gets 409 with the current record, and nothing is written.
 */
export async function updateWorkOrder(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateWorkOrderBody,
): Promise<WorkOrder> {
  return db.transaction(async (tx) => {
    const current = await findWorkOrder(tx, actor, id, true);
    if (!current) throw notFound('work order');
    checkMayEdit(actor, input);
    if (current.version !== input.version) {
      throw versionConflict(toWorkOrder(current, await findRelatedIds(tx, id)));
    }
    if (isFinishedPhase(current.phase as Phase) || current.mergedIntoId) {
      throw new AppError('UNPROCESSABLE', { reason: 'finished' }, [
        { path: 'version', code: 'order_finished' },
      ]);
    }

    const patch: Partial<WorkOrderInsert> = {};
    const customer = await requireCustomer(tx, actor, current.customerId);
    if (input.contactId !== undefined) {
      await checkContact(tx, actor, customer.id, input.contactId);
      patch.contactId = input.contactId;
    }
    if (input.serviceAddressId !== undefined) {
      checkAddress(customer, input.serviceAddressId);
      patch.serviceAddressId = input.serviceAddressId;
    }
    if (input.deviceId !== undefined) {
      const device = input.deviceId ? await requireDevice(tx, actor, customer.id, input.deviceId) : null;
      patch.deviceId = device?.id ?? null;
      patch.deviceType = device?.deviceType ?? null;
    }
    if (input.categoryId !== undefined) {
      await checkCategory(tx, actor, input.categoryId);
      patch.categoryId = input.categoryId;
    }
    if (input.technicianIds !== undefined) {
      await checkTechnicians(tx, actor, input.technicianIds, 'technicianIds');
      patch.technicianIds = input.technicianIds;
    }
    if (input.teamId !== undefined) await checkTeam(tx, actor, input.teamId);
    for (const key of [
      'complaint',
      'requestedDate',
      'teamId',
      'diagnosis',
      'workDone',
      'resolutionCode',
    ] as const) {
      if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key];
    }
    if (input.tags !== undefined) patch.tags = [...new Set(input.tags)];
    if (input.customCodes !== undefined) patch.customCodes = input.customCodes;
    Object.assign(patch, await priorityPatch(tx, actor, current, input));

    const row = await updateWorkOrderRow(tx, id, patch);
    const before = auditView(current);
    const after = auditView(row);
    const changed = Object.keys(after).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (changed.length > 0) {
      // A priority change carries its values: the SLA clock reads it as an event (see `loadSlaEvents`).
      const data: Record<string, unknown> = { fields: changed };
      if (row.priority !== current.priority) data.priority = { from: current.priority, to: row.priority };
      await insertActivity(tx, actor, { workOrderId: id, kind: 'edit', data });
    }
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    const added = row.technicianIds.filter((t) => !current.technicianIds.includes(t));
    await enqueueAssignedToTechnicians(tx, row, added);
    if (row.priority !== current.priority) await recordSlaChange(tx, actor, id);
    return toWorkOrder(row, await findRelatedIds(tx, id));
  });
}

function checkMayEdit(actor: Actor, input: UpdateWorkOrderBody): void {
  const sent = Object.keys(input).filter((key) => input[key as keyof UpdateWorkOrderBody] !== undefined);
  if (sent.some((key) => ASSIGNMENT_FIELDS.has(key)) && !actor.permissions.has('work_order:assign')) {
    throw forbidden();
  }
  if (actor.permissions.has('work_order:update')) return;
  if (actor.permissions.has('work_order:work') && sent.every((key) => TECHNICIAN_FIELDS.has(key))) return;
  throw forbidden();
}

/** Impact and urgency pair with the stored other one; a manual priority wins over both. */
async function priorityPatch(
  tx: Parameters<typeof loadPriorityMatrix>[0],
  actor: Actor,
  current: { impact: string | null; urgency: string | null; priority: string; priorityOverridden: boolean },
  input: UpdateWorkOrderBody,
): Promise<Partial<WorkOrderInsert>> {
  if (input.impact === undefined && input.urgency === undefined && input.priority === undefined) return {};
  const impact = input.impact !== undefined ? input.impact : current.impact;
  const urgency = input.urgency !== undefined ? input.urgency : current.urgency;
  if ((impact == null) !== (urgency == null)) {
    const path = impact == null ? 'impact' : 'urgency';
    throw new AppError('VALIDATION_FAILED', {}, [{ path, code: `${path}_required` }]);
  }
  const overridden = input.priority !== undefined ? true : current.priorityOverridden;
  const matrix: PriorityMatrix = await loadPriorityMatrix(tx, actor.organizationId);
  const priority = resolvePriority(
    {
      impact: impact as 'high' | null,
      urgency: urgency as 'high' | null,
      override: overridden ? (input.priority ?? (current.priority as 'P1')) : null,
    },
    matrix,
  );
  return { impact, urgency, priority, priorityOverridden: overridden };
}
