import type { WorkOrderSlaSummary } from '@usta/contracts/sla';
import type { ListWorkOrdersFullQuery, WorkOrderListItem } from '@usta/contracts/work-orders';
import { and, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { AppError } from '../../http/errors.ts';
import { loadSlaSummaries, slaDueCursorValue, slaDueSortExpression } from '../sla/index.ts';
import { toListItem } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import { workOrders } from './tables.ts';
import { buildWorkOrderFilter } from './work-order-filters.ts';
import type { WorkOrderRow } from './work-order-repository.ts';

type SortKey =
  | 'createdAt'
  | 'updatedAt'
  | 'number'
  | 'priority'
  | 'requestedDate'
  | 'customerName'
  | 'slaDue';

/**
 * Each sortable column: its SQL expression, its SQL type for the cursor value, and how to read
 * the value from a row. Nullable columns sort through a sentinel so keyset comparison works.
 */
const SORTS: Record<
  SortKey,
  { expr: SQL; type: SQL; value: (row: WorkOrderRow, sla?: WorkOrderSlaSummary | null) => string }
> = {
  createdAt: {
    expr: sql`${workOrders.createdAt}`,
    type: sql`timestamptz`,
    value: (r) => r.createdAt.toISOString(),
  },
  updatedAt: {
    expr: sql`${workOrders.updatedAt}`,
    type: sql`timestamptz`,
    value: (r) => r.updatedAt.toISOString(),
  },
  number: { expr: sql`${workOrders.number}`, type: sql`text`, value: (r) => r.number },
  priority: { expr: sql`${workOrders.priority}`, type: sql`text`, value: (r) => r.priority },
  customerName: {
    // Turkish alphabetical order (Çağrı after Can), as the users list sorts names.
    expr: sql`(${workOrders.customerName} COLLATE "tr-TR-x-icu")`,
    type: sql`text COLLATE "tr-TR-x-icu"`,
    value: (r) => r.customerName,
  },
  requestedDate: {
    expr: sql`coalesce(${workOrders.requestedDate}, '9999-12-31'::date)`,
    type: sql`date`,
    value: (r) => r.requestedDate ?? '9999-12-31',
  },
  // Due soonest: the stored SLA state's next due time (issue 4), orders without one last.
  slaDue: {
    // A getter: the SLA module's table is read when a query is built, not at import time.
    get expr() {
      return slaDueSortExpression(workOrders.id);
    },
    type: sql`timestamptz`,
    value: (_r, sla) => slaDueCursorValue(sla),
  },
};

interface Cursor {
  v: string;
  id: string;
}

/**
 * The page query itself, separate so the benchmark can EXPLAIN exactly what the API runs.
 * Keyset pagination on (sort column, id); a cursor is the last row's pair.
 */
export async function buildListQuery(db: Executor, actor: Actor, query: ListWorkOrdersFullQuery) {
  const descending = query.sort.startsWith('-');
  const sort = SORTS[query.sort.replace(/^-/u, '') as SortKey];
  const { cursor: rawCursor, limit, sort: _sort, ...filter } = query;
  const cursor = decodeCursor<Cursor>(rawCursor);
  if (cursor && (typeof cursor.v !== 'string' || typeof cursor.id !== 'string')) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'cursor', code: 'invalid' }]);
  }
  const where = await buildWorkOrderFilter(db, actor, filter);
  const after = cursor
    ? descending
      ? sql`(${sort.expr}, ${workOrders.id}) < (${cursor.v}::${sort.type}, ${cursor.id}::uuid)`
      : sql`(${sort.expr}, ${workOrders.id}) > (${cursor.v}::${sort.type}, ${cursor.id}::uuid)`
    : undefined;
  const direction = descending ? sql`DESC` : sql`ASC`;
  return {
    sort,
    query: db
      .select()
      .from(workOrders)
      .where(and(where, after))
      .orderBy(sql`${sort.expr} ${direction}`, sql`${workOrders.id} ${direction}`)
      .limit(limit + 1),
  };
}

export async function listWorkOrders(
  db: Executor,
  actor: Actor,
  query: ListWorkOrdersFullQuery,
): Promise<{ items: WorkOrderListItem[]; nextCursor: string | null }> {
  const { sort, query: pageQuery } = await buildListQuery(db, actor, query);
  const [rows, statuses] = await Promise.all([pageQuery, loadStatuses(db, actor.organizationId)]);
  const limit = query.limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const sla = await loadSlaSummaries(db, actor.organizationId, page.map((row) => row.id));
  return {
    items: page.map((row) => ({ ...toListItem(row, statuses), sla: sla.get(row.id) ?? null })),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ v: sort.value(last, sla.get(last.id)), id: last.id }) : null,
  };
}
