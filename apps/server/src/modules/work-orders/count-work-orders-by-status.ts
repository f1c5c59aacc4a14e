import type { ListWorkOrdersFullQuery } from '@usta/contracts/work-orders';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { statusInfoOf } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import { workOrders } from './tables.ts';
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
  const where = await buildWorkOrderFilter(db, actor, filter);
  const [rows, statuses] = await Promise.all([
    db
      .select({ status: workOrders.status, phase: workOrders.phase, n: sql<number>`count(*)::int` })
      .from(workOrders)
      .where(where)
      .groupBy(workOrders.status, workOrders.phase),
    loadStatuses(db, actor.organizationId),
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
