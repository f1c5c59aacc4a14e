import type { WorkOrderSlaSummary } from '@usta/contracts/sla';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { WorkOrderSlaRow } from './recompute-order-sla.ts';
import { workOrderSla } from './tables.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toSummary(row: WorkOrderSlaRow): WorkOrderSlaSummary {
  return {
    policyId: row.policyId,
    responseDueAt: iso(row.responseDueAt),
    resolutionDueAt: iso(row.resolutionDueAt),
    nextDueAt: iso(row.nextDueAt),
    state: row.state as WorkOrderSlaSummary['state'],
    paused: row.paused,
    warned: row.warned,
    breached: row.breached,
    percentUsed: row.percentUsed,
    businessTimeUsedMs: row.businessMsUsed,
    closedOutcome: row.closedOutcome ?? null,
    computedAt: row.computedAt.toISOString(),
  };
}

/** The stored summaries of a page of orders: one query, keyed by order id. */
export async function loadSlaSummaries(
  db: Executor,
  organizationId: string,
  workOrderIds: readonly string[],
): Promise<Map<string, WorkOrderSlaSummary>> {
  if (workOrderIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(workOrderSla)
    .where(
      and(
        eq(workOrderSla.organizationId, organizationId),
        inArray(workOrderSla.workOrderId, [...workOrderIds]),
      ),
    );
  return new Map(rows.map((row) => [row.workOrderId, toSummary(row)]));
}

/**
 * "Due soonest": the stored next due time of the order (`work_orders.id` = `orderId`), orders
 * without a pending target last. For the work-order list's keyset sort (type timestamptz).
 */
export function slaDueSortExpression(orderId: SQL | unknown): SQL {
  return sql`coalesce((select ${workOrderSla.nextDueAt} from ${workOrderSla} where ${workOrderSla.workOrderId} = ${orderId}), 'infinity'::timestamptz)`;
}

/** The cursor value of the "due soonest" sort for an order's summary. */
export function slaDueCursorValue(summary: WorkOrderSlaSummary | null | undefined): string {
  return summary?.nextDueAt ?? 'infinity';
}
