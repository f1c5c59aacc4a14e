/**
 * Public entry for the field app's sync (issue 7, `modules/sync`): what it may read about an
 * order and the use cases it runs, re-exported by `index.ts`. The sync module never touches
 * this module's tables; every change goes through the same use cases the office uses.
 */
import type { Activity, AddActivityBody } from '@usta/contracts/work-orders';
import type { Phase } from '@usta/core/work-orders';
import { defaultStatusForPhase, isFinishedPhase } from '@usta/core/work-orders';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity, toActivity } from './activity-repository.ts';
import { addActivity } from './add-activity.ts';
import { recordApproval } from './record-approval.ts';
import { loadStatuses } from './settings-repository.ts';
import { workOrderActivities, workOrders } from './tables.ts';
import { transitionWorkOrder } from './transition-work-order.ts';
import { updateWorkOrder } from './update-work-order.ts';
import { findWorkOrder, type WorkOrderRow } from './work-order-repository.ts';

export type { WorkOrderRow as FieldOrderRow };
export { addActivity, recordApproval, transitionWorkOrder, updateWorkOrder };

/**
 * The order for a field command, row-locked: `visible` says whether the row rule (assignment,
 * authorised customers) still lets this actor see it. Null only for an id that is not this
 * company's, which answers like a missing one.
 */
export async function lockOrderForField(
  tx: Executor,
  actor: Actor,
  id: string,
): Promise<{ row: WorkOrderRow; visible: boolean } | null> {
  const visible = await findWorkOrder(tx, actor, id, true);
  if (visible) return { row: visible, visible: true };
  const [row] = await tx
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, actor.organizationId), eq(workOrders.id, id)))
    .for('update');
  return row ? { row, visible: false } : null;
}

/**
 * `addActivity` for an order the sync transaction has already locked and checked (`lockOrderForField`):
 * the same rules (visible row, write permission, SLA first response on a customer-visible reply)
 * without re-locking and re-reading the order in a savepoint of its own.
 */
export async function addFieldActivity(
  tx: Executor,
  actor: Actor,
  locked: { row: WorkOrderRow; visible: boolean },
  input: AddActivityBody,
): Promise<Activity> {
  if (!locked.visible) throw notFound('work order');
  if (!actor.permissions.has('work_order:update') && !actor.permissions.has('work_order:work')) {
    throw forbidden();
  }
  const row = await insertActivity(tx, actor, {
    workOrderId: locked.row.id,
    kind: input.kind,
    visibility: input.visibility,
    description: input.description,
    startedAt: input.startedAt ? new Date(input.startedAt) : null,
    endedAt: input.endedAt ? new Date(input.endedAt) : null,
    data:
      input.startedAt && input.endedAt
        ? { minutes: Math.round((Date.parse(input.endedAt) - Date.parse(input.startedAt)) / 60_000) }
        : {},
  });
  if (row.visibility === 'customer') await recordSlaChange(tx, actor, locked.row.id);
  return toActivity(row);
}

export async function readOrderVersion(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<number | null> {
  const [row] = await db
    .select({ version: workOrders.version })
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), eq(workOrders.id, id)));
  return row?.version ?? null;
}

/** The company's status for a phase (its first active one), for a field step's transition. */
export async function statusForPhase(db: Executor, organizationId: string, phase: Phase) {
  return defaultStatusForPhase(await loadStatuses(db, organizationId), phase) ?? null;
}

export async function loadStatusDefinitions(db: Executor, organizationId: string) {
  return loadStatuses(db, organizationId);
}

/**
 * When each report field was last edited on the order, from the timeline's edit entries
 * (`data.fields` lists the changed fields), with who edited.
 */
export async function lastFieldEdits(
  db: Executor,
  organizationId: string,
  workOrderId: string,
): Promise<Map<string, { at: Date; activityId: string; actorId: string | null }>> {
  const rows = await db
    .select({
      id: workOrderActivities.id,
      occurredAt: workOrderActivities.occurredAt,
      actorId: workOrderActivities.actorId,
      data: workOrderActivities.data,
    })
    .from(workOrderActivities)
    .where(
      and(
        eq(workOrderActivities.organizationId, organizationId),
        eq(workOrderActivities.workOrderId, workOrderId),
        eq(workOrderActivities.kind, 'edit'),
        sql`${workOrderActivities.data} ?| array['fields']`,
      ),
    )
    .orderBy(desc(workOrderActivities.occurredAt), desc(workOrderActivities.id))
    .limit(100);
  const result = new Map<string, { at: Date; activityId: string; actorId: string | null }>();
  for (const row of rows) {
    const fields = (row.data as { fields?: unknown }).fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields) {
      if (typeof field === 'string' && !result.has(field)) {
        result.set(field, { at: row.occurredAt, activityId: row.id, actorId: row.actorId });
      }
    }
  }
  return result;
}

/**
 * The open orders assigned to a technician (the field app's day), requested date first, then
 * priority and age. `changedSince` keeps those whose row or timeline changed after it.
 */
export async function listFieldOrders(
  db: Executor,
  actor: Actor,
  options: { changedSince?: Date | null; limit?: number } = {},
): Promise<WorkOrderRow[]> {
  const rows = await db
    .select()
    .from(workOrders)
    .where(
      and(
        eq(workOrders.organizationId, actor.organizationId),
        sql`${actor.userId}::uuid = ANY(${workOrders.technicianIds})`,
        sql`${workOrders.phase} NOT IN ('closed', 'cancelled')`,
        sql`${workOrders.mergedIntoId} IS NULL`,
      ),
    )
    .orderBy(asc(workOrders.requestedDate), asc(workOrders.priority), asc(workOrders.createdAt))
    .limit(options.limit ?? 200);
  return rows.filter((row) => !isFinishedPhase(row.phase as Phase));
}

/** Timeline entries of an order for the phone (notes, time entries, steps), newest first. */
export async function listFieldActivities(
  db: Executor,
  organizationId: string,
  workOrderId: string,
  limit = 50,
) {
  return db
    .select()
    .from(workOrderActivities)
    .where(
      and(
        eq(workOrderActivities.organizationId, organizationId),
        eq(workOrderActivities.workOrderId, workOrderId),
      ),
    )
    .orderBy(desc(workOrderActivities.occurredAt), desc(workOrderActivities.id))
    .limit(limit);
}

/** The latest timeline time of each order (for the changes feed's "changed since"). */
export async function ordersWithActivitySince(
  db: Executor,
  organizationId: string,
  since: Date,
): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ id: workOrderActivities.workOrderId })
    .from(workOrderActivities)
    .where(
      and(eq(workOrderActivities.organizationId, organizationId), gt(workOrderActivities.occurredAt, since)),
    );
  return new Set(rows.map((r) => r.id));
}

/** Earlier orders of a device, newest first, for the phone's service history. */
export async function listDeviceOrders(db: Executor, organizationId: string, deviceId: string, limit = 10) {
  return db
    .select({
      id: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      createdAt: workOrders.createdAt,
      diagnosis: workOrders.diagnosis,
      workDone: workOrders.workDone,
      complaint: workOrders.complaint,
    })
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), eq(workOrders.deviceId, deviceId)))
    .orderBy(desc(workOrders.createdAt))
    .limit(limit);
}

/** The use cases take the database; inside a sync transaction they run as savepoints. */
export const asDatabase = (tx: Executor): Database => tx as Database;

/** Whether the actor may see the order under the row rule (for other modules' order sub-resources). */
export async function isOrderVisible(db: Executor, actor: Actor, id: string): Promise<boolean> {
  return (await findWorkOrder(db, actor, id)) !== null;
}
