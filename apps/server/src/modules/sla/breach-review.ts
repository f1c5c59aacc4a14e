import type {
  BreachRootCause,
  BreachRootCauseBody,
  Capa,
  CreateCapaBody,
  ListCapaQuery,
  UpdateCapaBody,
  WorkOrderSlaRecord,
} from '@usta/contracts/sla';
import { isUuid } from '@usta/core/text';
import { and, asc, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findActiveUsersByIds } from '../users/index.ts';
import { findVisibleSlaSubject, listSlaSubjects } from '../work-orders/index.ts';
import { toSummary } from './order-summaries.ts';
import { selectPolicy } from './policy-repository.ts';
import {
  slaBreachRootCauses,
  slaCapas,
  slaEscalationSteps,
  workOrderSla,
  workOrderWatchers,
} from './tables.ts';

type CapaRow = typeof slaCapas.$inferSelect;
type CauseRow = typeof slaBreachRootCauses.$inferSelect;

const toCause = (row: CauseRow): BreachRootCause => ({
  workOrderId: row.workOrderId,
  code: row.code as BreachRootCause['code'],
  text: row.text,
  recordedBy: row.recordedBy,
  recordedAt: row.updatedAt.toISOString(),
});

async function toCapas(db: Executor, organizationId: string, rows: CapaRow[]): Promise<Capa[]> {
  const owners = new Map(
    (await findActiveUsersByIds(db, organizationId, [...new Set(rows.map((r) => r.ownerId))])).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const orders = new Map(
    (await listSlaSubjects(db, organizationId, [...new Set(rows.map((r) => r.workOrderId))])).map((o) => [
      o.id,
      o.number,
    ]),
  );
  return rows.map((r) => ({
    id: r.id,
    workOrderId: r.workOrderId,
    workOrderNumber: orders.get(r.workOrderId) ?? null,
    action: r.action,
    ownerId: r.ownerId,
    ownerName: owners.get(r.ownerId) ?? null,
    dueDate: r.dueDate,
    status: r.status,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Records (or replaces) why a breached order missed its target. 404 for an order the user may not see. */
export async function recordRootCause(
  db: Database,
  actor: Actor,
  workOrderId: string,
  body: BreachRootCauseBody,
): Promise<BreachRootCause> {
  return db.transaction(async (tx) => {
    const order = await findVisibleSlaSubject(tx, actor, workOrderId);
    if (!order) throw notFound('work order');
    const [before] = await tx
      .select()
      .from(slaBreachRootCauses)
      .where(eq(slaBreachRootCauses.workOrderId, order.id));
    const now = new Date();
    const [row] = await tx
      .insert(slaBreachRootCauses)
      .values({
        workOrderId: order.id,
        organizationId: actor.organizationId,
        code: body.code,
        text: body.text,
        recordedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: slaBreachRootCauses.workOrderId,
        set: { code: body.code, text: body.text, recordedBy: actor.userId, updatedAt: now },
      })
      .returning();
    await recordAuditEvent(tx, actor, {
      entityType: 'sla_root_cause',
      entityId: order.id,
      action: before ? 'update' : 'create',
      before: before ? { code: before.code, text: before.text } : null,
      after: { code: body.code, text: body.text },
    });
    return toCause(row!);
  });
}

export async function createCapa(db: Database, actor: Actor, body: CreateCapaBody): Promise<Capa> {
  return db.transaction(async (tx) => {
    const order = await findVisibleSlaSubject(tx, actor, body.workOrderId);
    if (!order) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'workOrderId', code: 'not_found' }]);
    if ((await findActiveUsersByIds(tx, actor.organizationId, [body.ownerId])).length === 0) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'ownerId', code: 'unknown_user' }]);
    }
    const [row] = await tx
      .insert(slaCapas)
      .values({
        organizationId: actor.organizationId,
        workOrderId: order.id,
        action: body.action,
        ownerId: body.ownerId,
        dueDate: body.dueDate,
      })
      .returning();
    await recordAuditEvent(tx, actor, {
      entityType: 'capa',
      entityId: row!.id,
      action: 'create',
      after: { ...body },
    });
    return (await toCapas(tx, actor.organizationId, [row!]))[0]!;
  });
}

export async function updateCapa(
  db: Database,
  actor: Actor,
  id: string,
  body: UpdateCapaBody,
): Promise<Capa> {
  if (!isUuid(id)) throw notFound('CAPA');
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(slaCapas)
      .where(and(eq(slaCapas.organizationId, actor.organizationId), eq(slaCapas.id, id)))
      .for('update');
    if (!current || !(await findVisibleSlaSubject(tx, actor, current.workOrderId))) throw notFound('CAPA');
    if (current.version !== body.version)
      throw versionConflict((await toCapas(tx, actor.organizationId, [current]))[0]);
    if (body.ownerId && (await findActiveUsersByIds(tx, actor.organizationId, [body.ownerId])).length === 0) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'ownerId', code: 'unknown_user' }]);
    }
    const [row] = await tx
      .update(slaCapas)
      .set({
        ...(body.action !== undefined ? { action: body.action } : {}),
        ...(body.ownerId !== undefined ? { ownerId: body.ownerId } : {}),
        ...(body.dueDate !== undefined ? { dueDate: body.dueDate } : {}),
        ...(body.status !== undefined ? { status: body.status } : {}),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(slaCapas.id, id))
      .returning();
    const view = (r: CapaRow) => ({
      action: r.action,
      ownerId: r.ownerId,
      dueDate: r.dueDate,
      status: r.status,
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'capa',
      entityId: id,
      action: 'update',
      before: view(current),
      after: view(row!),
    });
    return (await toCapas(tx, actor.organizationId, [row!]))[0]!;
  });
}

/** CAPA list, newest first, keyset-paged; filters by order, owner, status, overdue. */
export async function listCapas(db: Database, actor: Actor, query: ListCapaQuery) {
  const cursor = decodeCursor<{ t: string; id: string }>(query.cursor);
  const conditions: (SQL | undefined)[] = [eq(slaCapas.organizationId, actor.organizationId)];
  if (query.workOrderId) conditions.push(eq(slaCapas.workOrderId, query.workOrderId));
  if (query.ownerId) conditions.push(eq(slaCapas.ownerId, query.ownerId));
  if (query.status) conditions.push(eq(slaCapas.status, query.status));
  if (query.overdue === 'true')
    conditions.push(and(eq(slaCapas.status, 'open'), sql`${slaCapas.dueDate} < current_date`));
  if (query.overdue === 'false')
    conditions.push(sql`not (${slaCapas.status} = 'open' and ${slaCapas.dueDate} < current_date)`);
  if (cursor) {
    conditions.push(
      or(
        lt(slaCapas.createdAt, new Date(cursor.t)),
        and(eq(slaCapas.createdAt, new Date(cursor.t)), lt(slaCapas.id, cursor.id)),
      ),
    );
  }
  const rows = await db
    .select()
    .from(slaCapas)
    .where(and(...conditions))
    .orderBy(desc(slaCapas.createdAt), desc(slaCapas.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: await toCapas(db, actor.organizationId, page),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ t: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}

/** The stored SLA record of an order: summary, escalation steps, watchers, root cause, CAPAs. */
export async function getWorkOrderSlaRecord(
  db: Database,
  actor: Actor,
  workOrderId: string,
): Promise<WorkOrderSlaRecord> {
  const order = await findVisibleSlaSubject(db, actor, workOrderId);
  if (!order) throw notFound('work order');
  const [stored] = await db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
  const [steps, watchers, causes, capas, policy] = await Promise.all([
    db
      .select()
      .from(slaEscalationSteps)
      .where(eq(slaEscalationSteps.workOrderId, order.id))
      .orderBy(asc(slaEscalationSteps.dueAt)),
    db.select().from(workOrderWatchers).where(eq(workOrderWatchers.workOrderId, order.id)),
    db.select().from(slaBreachRootCauses).where(eq(slaBreachRootCauses.workOrderId, order.id)),
    db.select().from(slaCapas).where(eq(slaCapas.workOrderId, order.id)).orderBy(asc(slaCapas.createdAt)),
    stored ? selectPolicy(db, actor.organizationId, stored.policyId) : null,
  ]);
  const names = new Map(
    (
      await findActiveUsersByIds(
        db,
        actor.organizationId,
        watchers.map((w) => w.userId),
      )
    ).map((u) => [u.id, u.name]),
  );
  return {
    summary: stored ? toSummary(stored) : null,
    policyName: policy?.name ?? null,
    steps: steps
      .filter((s) => s.action !== 'check')
      .map((s) => ({
        ruleId: s.ruleId,
        metric: s.metric as 'firstResponse' | 'resolution',
        action: s.action as 'notify',
        cycle: s.cycle,
        dueAt: s.dueAt.toISOString(),
        doneAt: s.doneAt?.toISOString() ?? null,
        outcome: s.outcome,
      })),
    watchers: watchers.map((w) => ({
      userId: w.userId,
      name: names.get(w.userId) ?? null,
      ruleId: w.ruleId,
      addedAt: w.createdAt.toISOString(),
    })),
    rootCause: causes[0] ? toCause(causes[0]) : null,
    capaRequired: Boolean(stored?.breached),
    capas: await toCapas(db, actor.organizationId, capas),
  };
}
