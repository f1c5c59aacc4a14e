import type { WorkOrderListSla, WorkOrderSlaSummary } from '@usta/contracts/sla';
import { formatInstantWithOffset } from '@usta/core/calendar';
import { and, eq, getTableName, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { calendarTimeZone } from '../calendars/index.ts';
import type { WorkOrderSlaRow } from './recompute-order-sla.ts';
import { workOrderSla } from './tables.ts';

/**
 * An instant with the calendar's offset, as `/sla/preview` writes it. Milliseconds are kept
 * when there are any: `nextDueAt` is also the keyset cursor of the "due soonest" sort.
 */
export function withOffset(date: Date | number, timeZone: string): string {
  const time = typeof date === 'number' ? date : date.getTime();
  const text = formatInstantWithOffset(time, timeZone);
  const ms = time % 1000;
  if (ms === 0) return text;
  return `${text.slice(0, 19)}.${String((ms + 1000) % 1000).padStart(3, '0')}${text.slice(19)}`;
}

/** The stored columns a summary is made of (and the calendar its times are shown in). */
type SlaSummaryRow = Pick<
  WorkOrderSlaRow,
  | 'policyId'
  | 'calendarId'
  | 'state'
  | 'paused'
  | 'warned'
  | 'breached'
  | 'percentUsed'
  | 'businessMsUsed'
  | 'closedOutcome'
> & {
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  nextDueAt: Date | null;
  computedAt: Date;
};

/**
 * The stored columns a list row's summary is made of, instants as epoch milliseconds (the list
 * reads PostgreSQL's text and skips the Date).
 */
export type SlaListRow = Pick<WorkOrderSlaRow, 'calendarId' | 'state' | 'percentUsed' | 'closedOutcome'> & {
  responseDueAt: number | null;
  resolutionDueAt: number | null;
  nextDueAt: number | null;
};

function at(instant: Date | number | null, timeZone: string): string | null {
  return instant === null || instant === undefined ? null : withOffset(instant, timeZone);
}

/** The summary of a stored row; times with the offset of `timeZone` (UTC when not given). */
export function toSummary(row: SlaSummaryRow, timeZone = 'UTC'): WorkOrderSlaSummary {
  return {
    policyId: row.policyId,
    responseDueAt: at(row.responseDueAt, timeZone),
    resolutionDueAt: at(row.resolutionDueAt, timeZone),
    nextDueAt: at(row.nextDueAt, timeZone),
    state: row.state as WorkOrderSlaSummary['state'],
    paused: row.paused,
    warned: row.warned,
    breached: row.breached,
    percentUsed: row.percentUsed,
    businessTimeUsedMs: row.businessMsUsed,
    closedOutcome: row.closedOutcome ?? null,
    computedAt: at(row.computedAt, timeZone)!,
  };
}

/** What a list row shows of a stored row; times with the offset of `timeZone`. */
function toListSla(row: SlaListRow, timeZone: string): WorkOrderListSla {
  return {
    state: row.state as WorkOrderListSla['state'],
    responseDueAt: at(row.responseDueAt, timeZone),
    resolutionDueAt: at(row.resolutionDueAt, timeZone),
    nextDueAt: at(row.nextDueAt, timeZone),
    percentUsed: row.percentUsed,
    closedOutcome: row.closedOutcome ?? null,
  };
}

/** The time zones of the calendars the rows were computed on (kept per process, calendars/time-zone-cache.ts). */
async function timeZonesOf(
  db: Executor,
  organizationId: string,
  rows: readonly Pick<WorkOrderSlaRow, 'calendarId'>[],
) {
  const ids = [...new Set(rows.map((r) => r.calendarId ?? ''))];
  const zones = new Map<string, string>();
  for (const id of ids) zones.set(id, await calendarTimeZone(db, organizationId, id || undefined));
  return zones;
}

/** The stored summaries of a page of orders, keyed by order id; times carry the calendar's offset. */
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
  const zones = await timeZonesOf(db, organizationId, rows);
  return new Map(
    rows.map((row) => [row.workOrderId, toSummary(row, zones.get(row.calendarId ?? '') ?? 'UTC')]),
  );
}

/**
 * The summary columns for a list that reads them in its own page statement (one round trip):
 * `LEFT JOIN work_order_sla AS <alias> ON <alias>.work_order_id = … AND <alias>.organization_id = …`
 * and these columns, in the order of `SLA_LIST_FIELDS`. The values are read back with
 * `listSlasOfStoredRows`. `state` is NOT NULL: null there means the order has no summary.
 */
export const SLA_LIST_FIELDS = [
  'calendarId',
  'responseDueAt',
  'resolutionDueAt',
  'nextDueAt',
  'state',
  'percentUsed',
  'closedOutcome',
] as const satisfies readonly (keyof SlaListRow)[];

/**
 * `LEFT JOIN` text of the stored summary of `orderId` (SQL expressions, e.g. a column and `$1`):
 * one primary-key lookup per page row, whatever the statistics say. As a plain join, a prepared
 * statement's generic plan once estimated ten page rows and nine summaries and materialised the
 * company's whole summary table under a nested loop (84 ms; bench/results/work-orders.md); the
 * LATERAL subquery with LIMIT 1 is not flattened, so it stays a lookup by key.
 */
export function slaSummaryJoinText(alias: string, orderId: string, organizationId: string): string {
  const table = getTableName(workOrderSla);
  return `LEFT JOIN LATERAL (SELECT * FROM "${table}" WHERE "${table}"."${workOrderSla.workOrderId.name}" = ${orderId} AND "${table}"."${workOrderSla.organizationId.name}" = ${organizationId} LIMIT 1) AS ${alias} ON true`;
}

/**
 * The select list of `SLA_LIST_FIELDS` from the joined table; instants as PostgreSQL's text
 * (`2026-12-04 09:30:00+00` in a UTC session), which the reader turns into epoch milliseconds
 * directly rather than through a Date or an ISO string.
 */
export function slaListSelectText(alias: string): string {
  return SLA_LIST_FIELDS.map((field) =>
    workOrderSla[field].columnType === 'PgTimestamp'
      ? `${alias}."${workOrderSla[field].name}"::text`
      : `${alias}."${workOrderSla[field].name}"`,
  ).join(', ');
}

/**
 * What list rows read through `slaSummaryJoinText` show of their summaries (null where an order
 * has none), in the same order; times with their calendar's offset, as `loadSlaSummaries` gives
 * them.
 */
export async function listSlasOfStoredRows(
  db: Executor,
  organizationId: string,
  rows: readonly (SlaListRow | null)[],
): Promise<(WorkOrderListSla | null)[]> {
  const stored = rows.filter((row): row is SlaListRow => row !== null);
  if (stored.length === 0) return rows.map(() => null);
  const zones = await timeZonesOf(db, organizationId, stored);
  return rows.map((row) => (row ? toListSla(row, zones.get(row.calendarId ?? '') ?? 'UTC') : null));
}

/**
 * "Due soonest": the stored next due time of the order (`work_orders.id` = `orderId`), orders
 * without a pending target last. For the work-order list's keyset sort (type timestamptz).
 */
export function slaDueSortExpression(orderId: SQL | unknown): SQL {
  return sql`coalesce((select ${workOrderSla.nextDueAt} from ${workOrderSla} where ${workOrderSla.workOrderId} = ${orderId}), 'infinity'::timestamptz)`;
}

/** The cursor value of the "due soonest" sort that follows every pending due time. */
export const NO_PENDING_DUE = 'infinity';

/**
 * The company's next `size` pending due times after the cursor's `(due, order id)` pair, in that
 * order, from the (company, next due, order) index alone: a subquery of `order_id` and `due_at`.
 * Sorting every matching order by `slaDueSortExpression` cost 3.5 s over 1,000,000 orders
 * (bench/results/work-orders.md); the list first looks for its page among these.
 */
export function pendingDueWindow(
  organizationId: string,
  after: { v: string; id: string } | null,
  size: number,
): SQL {
  const s = workOrderSla;
  const where = and(
    eq(s.organizationId, organizationId),
    isNotNull(s.nextDueAt),
    after
      ? sql`(${s.nextDueAt}, ${s.workOrderId}) > (${after.v}::timestamptz, ${after.id}::uuid)`
      : undefined,
  );
  return sql`SELECT ${s.workOrderId} AS order_id, ${s.nextDueAt} AS due_at FROM ${s} WHERE ${where} ORDER BY ${s.nextDueAt} ASC, ${s.workOrderId} ASC LIMIT ${sql.raw(String(size))}`;
}

/**
 * The order of "due soonest" over rows whose summaries are joined as `alias`
 * (`slaSummaryJoinText`) and whose order rows are `orders` (quoted): SQL text. Only for rows
 * with a pending due time (the window's).
 */
export function pendingDueOrderText(alias: string, orders: string): string {
  return `${alias}."${workOrderSla.nextDueAt.name}" ASC, ${orders}."id" ASC`;
}

/** The cursor value of the "due soonest" sort for an order's summary. */
export function slaDueCursorValue(
  summary: Pick<WorkOrderSlaSummary, 'nextDueAt'> | null | undefined,
): string {
  return summary?.nextDueAt ?? NO_PENDING_DUE;
}
