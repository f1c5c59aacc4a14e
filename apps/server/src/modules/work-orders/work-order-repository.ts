import type { WorkOrder } from '@usta/contracts/work-orders';
import type { WorkOrderState } from '@usta/core/work-orders';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { insertJsonRowsReturning } from '../../db/insert-json-rows.ts';
import type { Actor } from '../../http/access.ts';
import { authorisedCustomerCondition } from '../planning/index.ts';
import { workOrderLinks, workOrders } from './tables.ts';

export type WorkOrderRow = typeof workOrders.$inferSelect;
export type WorkOrderInsert = typeof workOrders.$inferInsert;

/**
 * The row rule (OCA's "technicians see only their own orders"): without
 * `work_order:read_all` a user sees only the orders they are assigned to. Every read, edit and
 * transition goes through this condition, so another's order answers 404 like a missing one.
 */
export function visibleTo(actor: Pick<Actor, 'organizationId' | 'userId' | 'permissions'>): SQL {
  const ownCompany = eq(workOrders.organizationId, actor.organizationId);
  if (actor.permissions.has('work_order:read_all')) return ownCompany;
  return and(
    ownCompany,
    sql`${actor.userId}::uuid = ANY(${workOrders.technicianIds})`,
    // …and, when their planning profile names authorised customers, only those customers' orders.
    authorisedCustomerCondition(actor, workOrders.customerId),
  )!;
}

export function toWorkOrder(row: WorkOrderRow, relatedIds: string[] = []): WorkOrder {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customerId,
    contactId: row.contactId,
    deviceId: row.deviceId,
    serviceAddressId: row.serviceAddressId,
    channel: row.channel as WorkOrder['channel'],
    type: row.type as WorkOrder['type'],
    complaint: row.complaint,
    categoryId: row.categoryId,
    impact: row.impact as WorkOrder['impact'],
    urgency: row.urgency as WorkOrder['urgency'],
    priority: row.priority as WorkOrder['priority'],
    status: row.status,
    phase: row.phase as WorkOrder['phase'],
    resumePhase: row.resumePhase as WorkOrder['resumePhase'],
    diagnosis: row.diagnosis,
    workDone: row.workDone,
    resolutionCode: row.resolutionCode,
    approvalId: row.approvalId,
    requestedDate: row.requestedDate,
    teamId: row.teamId,
    technicianIds: row.technicianIds,
    tags: row.tags,
    customCodes: row.customCodes,
    parentId: row.parentId,
    relatedIds,
    mergedIntoId: row.mergedIntoId,
    closedAt: row.closedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export function stateOf(row: WorkOrderRow): WorkOrderState & { status: string } {
  return {
    phase: row.phase as WorkOrderState['phase'],
    resumePhase: row.resumePhase as WorkOrderState['resumePhase'],
    diagnosis: row.diagnosis,
    workDone: row.workDone,
    approvalId: row.approvalId,
    status: row.status,
  };
}

/** An order this actor may see, by id; `lock` takes the row lock for an edit. */
export async function findWorkOrder(
  db: Executor,
  actor: Pick<Actor, 'organizationId' | 'userId' | 'permissions'>,
  id: string,
  lock = false,
): Promise<WorkOrderRow | null> {
  const query = db
    .select()
    .from(workOrders)
    .where(and(visibleTo(actor), eq(workOrders.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findWorkOrderByNumber(
  db: Executor,
  actor: Pick<Actor, 'organizationId' | 'userId' | 'permissions'>,
  number: string,
): Promise<WorkOrderRow | null> {
  const [row] = await db
    .select()
    .from(workOrders)
    .where(and(visibleTo(actor), eq(workOrders.number, number)));
  return row ?? null;
}

/** Orders of the company by id, regardless of the row rule (for link and merge checks). */
export async function findCompanyWorkOrders(
  db: Executor,
  organizationId: string,
  ids: string[],
): Promise<WorkOrderRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), inArray(workOrders.id, ids)));
}

/** New orders in one statement (a batch of creates), answered as stored, in the order given. */
export async function insertWorkOrders(
  db: Executor,
  values: readonly (WorkOrderInsert & { id: string })[],
): Promise<WorkOrderRow[]> {
  return insertJsonRowsReturning(db, workOrders, values, 'id');
}

/**
 * Takes the year's next `count` sequence numbers and answers the first. The counter row stays
 * locked until commit, so the company's creates take their numbers one transaction after
 * another, and a rollback gives them back: no gap, no number twice.
 */
export async function reserveWorkOrderSequences(
  db: Executor,
  organizationId: string,
  year: number,
  count: number,
): Promise<number> {
  const result = await db.execute<{ first: number }>(sql`
    INSERT INTO work_order_counters (organization_id, year, last_sequence)
    VALUES (${organizationId}, ${year}, ${count}::int)
    ON CONFLICT (organization_id, year)
    DO UPDATE SET last_sequence = work_order_counters.last_sequence + ${count}::int
    RETURNING last_sequence - ${count}::int + 1 AS first`);
  return Number(result.rows[0]!.first);
}

export async function updateWorkOrderRow(
  db: Executor,
  id: string,
  patch: Partial<WorkOrderInsert>,
): Promise<WorkOrderRow> {
  const [row] = await db
    .update(workOrders)
    .set({ ...patch, version: sql`${workOrders.version} + 1`, updatedAt: new Date() })
    .where(eq(workOrders.id, id))
    .returning();
  return row!;
}

export async function findRelatedIds(db: Executor, id: string): Promise<string[]> {
  const rows = await db
    .select()
    .from(workOrderLinks)
    .where(or(eq(workOrderLinks.aId, id), eq(workOrderLinks.bId, id)));
  return rows.map((link) => (link.aId === id ? link.bId : link.aId));
}

export async function insertRelatedLink(
  db: Executor,
  organizationId: string,
  first: string,
  second: string,
): Promise<void> {
  await insertRelatedLinks(db, organizationId, [[first, second]]);
}

/** Many "related" links at once (a batch of new orders); each pair stored once, either way round. */
export async function insertRelatedLinks(
  db: Executor,
  organizationId: string,
  pairs: readonly (readonly [string, string])[],
): Promise<void> {
  if (pairs.length === 0) return;
  const values = pairs.map(([first, second]) => {
    const [aId, bId] = first < second ? [first, second] : [second, first];
    return { organizationId, aId, bId };
  });
  await db.insert(workOrderLinks).values(values).onConflictDoNothing();
}

export async function deleteRelatedLink(db: Executor, first: string, second: string): Promise<void> {
  const [aId, bId] = first < second ? [first, second] : [second, first];
  await db.delete(workOrderLinks).where(and(eq(workOrderLinks.aId, aId), eq(workOrderLinks.bId, bId)));
}

/** Open orders of a device, newest first (the create warning and `?deviceId&open=true`). */
export async function findOpenOrdersOfDevice(
  db: Executor,
  organizationId: string,
  deviceId: string,
): Promise<WorkOrderRow[]> {
  return db
    .select()
    .from(workOrders)
    .where(
      and(
        eq(workOrders.organizationId, organizationId),
        eq(workOrders.deviceId, deviceId),
        sql`${workOrders.phase} NOT IN ('closed', 'cancelled')`,
      ),
    )
    .orderBy(sql`${workOrders.createdAt} DESC`)
    .limit(5);
}
