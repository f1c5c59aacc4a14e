import { randomUUID } from 'node:crypto';
import type { Activity } from '@usta/contracts/work-orders';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { insertJsonRowsReturning } from '../../db/insert-json-rows.ts';
import type { Actor } from '../../http/access.ts';
import { workOrderActivities, workOrders } from './tables.ts';

export type ActivityRow = typeof workOrderActivities.$inferSelect;

export interface NewActivity {
  workOrderId: string;
  kind: Activity['kind'];
  visibility?: Activity['visibility'];
  description?: string | null;
  startedAt?: Date | null;
  endedAt?: Date | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  data?: Record<string, unknown>;
}

export async function insertActivity(db: Executor, actor: Actor, input: NewActivity): Promise<ActivityRow> {
  const [row] = await insertActivities(db, [{ actor, activity: input }]);
  return row!;
}

/** Activities of several orders (and actors) in one statement, answered in the order given. */
export async function insertActivities(
  db: Executor,
  entries: readonly { actor: Actor; activity: NewActivity }[],
): Promise<ActivityRow[]> {
  return insertJsonRowsReturning(
    db,
    workOrderActivities,
    entries.map(({ actor, activity: input }) => ({
      id: randomUUID(),
      organizationId: actor.organizationId,
      workOrderId: input.workOrderId,
      kind: input.kind,
      visibility: input.visibility ?? 'internal',
      actorId: actor.userId,
      actorName: actor.name,
      // Millisecond precision (not now()'s microseconds), so keyset cursors built from JS Dates are exact.
      occurredAt: new Date(),
      description: input.description ?? null,
      startedAt: input.startedAt ?? null,
      endedAt: input.endedAt ?? null,
      fromStatus: input.fromStatus ?? null,
      toStatus: input.toStatus ?? null,
      data: input.data ?? {},
    })),
    'id',
  );
}

export function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    workOrderId: row.workOrderId,
    kind: row.kind as Activity['kind'],
    visibility: row.visibility as Activity['visibility'],
    actorId: row.actorId,
    actorName: row.actorName,
    occurredAt: row.occurredAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    endedAt: row.endedAt?.toISOString() ?? null,
    description: row.description,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    data: row.data,
  };
}

/**
 * The timeline of an order, newest first, including the history of every duplicate merged
 * into it: a merge keeps both histories where they were written and shows them together here.
 */
export async function listActivities(
  db: Executor,
  organizationId: string,
  workOrderId: string,
  options: { limit: number; before?: { occurredAt: string; id: string } | undefined },
): Promise<ActivityRow[]> {
  const merged = db
    .select({ id: workOrders.id })
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), eq(workOrders.mergedIntoId, workOrderId)));
  const conditions = [
    eq(workOrderActivities.organizationId, organizationId),
    or(eq(workOrderActivities.workOrderId, workOrderId), inArray(workOrderActivities.workOrderId, merged)),
  ];
  if (options.before) {
    const { occurredAt, id } = options.before;
    conditions.push(
      or(
        lt(workOrderActivities.occurredAt, new Date(occurredAt)),
        and(eq(workOrderActivities.occurredAt, new Date(occurredAt)), sql`${workOrderActivities.id} < ${id}`),
      ),
    );
  }
  return db
    .select()
    .from(workOrderActivities)
    .where(and(...conditions))
    .orderBy(desc(workOrderActivities.occurredAt), desc(workOrderActivities.id))
    .limit(options.limit);
}

/** Count and latest activity per order, for the device history. */
export async function summariseActivities(
  db: Executor,
  organizationId: string,
  workOrderIds: string[],
): Promise<Map<string, { count: number; lastAt: Date | null; last: string | null }>> {
  const result = new Map<string, { count: number; lastAt: Date | null; last: string | null }>();
  if (workOrderIds.length === 0) return result;
  const rows = await db.execute<{
    work_order_id: string;
    n: number;
    last_at: Date | null;
    last: string | null;
  }>(
    sql`SELECT a.work_order_id, count(*)::int AS n, max(a.occurred_at) AS last_at,
          (array_agg(coalesce(a.description, a.kind) ORDER BY a.occurred_at DESC))[1] AS last
        FROM work_order_activities a
        WHERE a.organization_id = ${organizationId}
          AND a.work_order_id IN (${sql.join(
            workOrderIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
        GROUP BY a.work_order_id`,
  );
  for (const row of rows.rows) {
    result.set(row.work_order_id, {
      count: Number(row.n),
      lastAt: row.last_at ? new Date(row.last_at) : null,
      last: row.last,
    });
  }
  return result;
}
