import { OLA_KINDS, type OlaTask, type olaTaskListQuerySchema } from '@usta/contracts/ola';
import { and, asc, desc, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { findOrderSummaries } from '../work-orders/index.ts';
import { olaClock } from './record-phase-change.ts';
import { olaTasks } from './tables.ts';

const LIMIT = 500;

/** Open tasks by due time (the team's queue), or done ones newest first, with their clock. */
export async function listOlaTasks(
  db: Database,
  actor: Actor,
  query: z.infer<typeof olaTaskListQuerySchema>,
  now = Date.now(),
): Promise<{ items: OlaTask[] }> {
  const open = query.open !== 'false';
  const conditions: SQL[] = [
    eq(olaTasks.organizationId, actor.organizationId),
    open ? isNull(olaTasks.completedAt) : isNotNull(olaTasks.completedAt),
  ];
  if (query.kind) conditions.push(eq(olaTasks.kind, query.kind));
  if (query.workOrderId) conditions.push(eq(olaTasks.workOrderId, query.workOrderId));
  const rows = await db
    .select()
    .from(olaTasks)
    .where(and(...conditions))
    .orderBy(open ? asc(olaTasks.dueAt) : desc(olaTasks.completedAt))
    .limit(LIMIT);
  const orders = new Map(
    (
      await findOrderSummaries(
        db,
        actor.organizationId,
        rows.map((r) => r.workOrderId),
      )
    ).map((o) => [o.id, o]),
  );
  const clock = olaClock(db, actor.organizationId);
  const items: OlaTask[] = [];
  for (const row of rows) {
    const order = orders.get(row.workOrderId);
    if (!order) continue;
    const done = row.completedAt !== null;
    // An order merged away (cancelled without a transition) leaves its task open: not in the queue.
    if (!done && order.phase !== OLA_KINDS[row.kind as OlaTask['kind']].phase) continue;
    const usedMs = row.usedMs ?? (await clock(row, now));
    const late = done ? row.completedAt!.getTime() > row.dueAt.getTime() : now > row.dueAt.getTime();
    items.push({
      id: row.id,
      kind: row.kind as OlaTask['kind'],
      workOrderId: row.workOrderId,
      workOrderNumber: order.number,
      customerName: order.customerName,
      startedAt: row.startedAt.toISOString(),
      dueAt: row.dueAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
      completedBy: row.completedBy,
      state: done ? (late ? 'missed' : 'met') : late ? 'breached' : 'running',
      usedMinutes: Math.round(usedMs / 60_000),
      targetMinutes: Math.round(row.targetMs / 60_000),
    });
  }
  return { items };
}
