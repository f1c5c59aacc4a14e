import type { ListWorkOrdersFullQuery } from '@usta/contracts/work-orders';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { statusInfoOf } from './present-work-order.ts';
import { cachedStatuses } from './status-cache.ts';
import { workOrderStatusCounts, workOrders } from './tables.ts';
import { buildWorkOrderFilter } from './work-order-filters.ts';

/**
 * The list's tabs (seed 002: "üst sekmelerdeki servis durumları"): every active status with the
 * number of orders in it under the current filters (the status filter aside, or the tabs would
 * count only themselves). Retired statuses appear only while orders still carry them.
 */
export async function countWorkOrdersByStatus(
  db: Executor,
  actor: Actor,
  query: Omit<ListWorkOrdersFullQuery, 'cursor' | 'limit' | 'sort'>,
) {
  const { status: _ignored, ...filter } = query;
  const [rows, statuses] = await Promise.all([
    isUnfiltered(filter) && actor.permissions.has('work_order:read_all')
      ? maintainedCounts(db, actor.organizationId)
      : liveCounts(db, actor, filter),
    cachedStatuses(db, actor.organizationId),
  ]);
  const counts = new Map(rows.map((row) => [row.status, row]));
  const items = statuses
    .filter((status) => status.active || counts.has(status.code))
    .map((status) => ({
      ...statusInfoOf({ status: status.code, phase: status.phase }, statuses),
      count: counts.get(status.code)?.n ?? 0,
    }));
  for (const row of rows) {
    if (!statuses.some((status) => status.code === row.status)) {
      items.push({ ...statusInfoOf(row, statuses), count: row.n });
    }
  }
  return { items, total: rows.reduce((sum, row) => sum + row.n, 0) };
}

/** No filter at all (undefined or empty values only): the tab bar as it first opens. */
function isUnfiltered(filter: Record<string, unknown>): boolean {
  return Object.values(filter).every(
    (value) =>
      value === undefined ||
      (typeof value === 'string' && value.trim() === '') ||
      (Array.isArray(value) && value.length === 0),
  );
}

/**
 * The whole company's counts, kept by the trigger on work_orders in every writing transaction
 * (migration status_count_triggers): a handful of rows instead of counting every order — exact,
 * as of the reading statement's snapshot.
 */
async function maintainedCounts(db: Executor, organizationId: string) {
  return db
    .select({
      status: workOrderStatusCounts.status,
      phase: workOrderStatusCounts.phase,
      n: workOrderStatusCounts.n,
    })
    .from(workOrderStatusCounts)
    .where(and(eq(workOrderStatusCounts.organizationId, organizationId), gt(workOrderStatusCounts.n, 0)));
}

/** Under filters (or a technician's row rule) the orders are counted as they are. */
async function liveCounts(db: Executor, actor: Actor, filter: Parameters<typeof buildWorkOrderFilter>[2]) {
  const where = await buildWorkOrderFilter(db, actor, filter);
  return db
    .select({ status: workOrders.status, phase: workOrders.phase, n: sql<number>`count(*)::int` })
    .from(workOrders)
    .where(where)
    .groupBy(workOrders.status, workOrders.phase);
}
