import type { WorkOrderSlaSummary } from '@usta/contracts/sla';
import type { ListWorkOrdersFullQuery, WorkOrderListItem } from '@usta/contracts/work-orders';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { AppError } from '../../http/errors.ts';
import { loadSlaSummaries, slaDueCursorValue, slaDueSortExpression } from '../sla/index.ts';
import { toListItem } from './present-work-order.ts';
import { cachedStatuses } from './status-cache.ts';
import { workOrders } from './tables.ts';
import { buildWorkOrderFilter } from './work-order-filters.ts';
import { visibleTo, type WorkOrderRow } from './work-order-repository.ts';

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

/** Every column a list row needs: all but the search key (written, never read back). */
const { searchKey: _searchKey, ...LIST_COLUMNS } = getTableColumns(workOrders);
const COLUMN_NAMES = Object.entries(LIST_COLUMNS).map(([key, column]) => [key, column.name] as const);
const SELECT_LIST = sql.raw(COLUMN_NAMES.map(([, name]) => `"work_orders"."${name}"`).join(', '));

/**
 * How many of the newest orders (in the list's order) the first attempt at a free-text page
 * looks through. See `windowed` below.
 */
export const SEARCH_WINDOW = 2_000;

/**
 * The page query itself, separate so the benchmark can EXPLAIN exactly what the API runs.
 * Keyset pagination on (sort column, id); a cursor is the last row's pair.
 *
 * `windowed`: for a free-text search in creation order (the default tab view), within one status
 * or none, the planner cannot know how common a term is and sometimes intersects the trigram
 * index with the status index — reading every order that contains a common word (≈40 ms for
 * "bakım" at 1M orders, bench/results/work-orders.md). The windowed query instead walks the
 * (company, status, created) index from the cursor and filters the next SEARCH_WINDOW orders only:
 * if that yields a full page it is exactly the page the plain query would return (same order,
 * same filter, nothing skipped); otherwise the caller runs the plain query.
 */
export async function buildListQuery(
  db: Executor,
  actor: Actor,
  query: ListWorkOrdersFullQuery,
  windowed = false,
): Promise<{ sql: string; params: unknown[] }> {
  return dialect.sqlToQuery(pageQuery(actor, await pageParts(db, actor, query), windowed).query);
}

type PageParts = Awaited<ReturnType<typeof pageParts>>;

async function pageParts(db: Executor, actor: Actor, query: ListWorkOrdersFullQuery) {
  const descending = query.sort.startsWith('-');
  const sort = SORTS[query.sort.replace(/^-/u, '') as SortKey];
  if (!sort) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'sort', code: 'invalid' }]);
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
  const order = sql`${sort.expr} ${direction}, ${workOrders.id} ${direction}`;
  return { sort, where, after, order, limit, statuses: filter.status ?? [] };
}

function pageQuery(
  actor: Actor,
  parts: PageParts,
  windowed: boolean,
): { sort: PageParts['sort']; query: SQL } {
  const { sort, where, after, order, limit, statuses } = parts;
  if (!windowed) {
    return {
      sort,
      query: sql`SELECT ${SELECT_LIST} FROM ${workOrders} WHERE ${and(where, after)} ORDER BY ${order} LIMIT ${limit + 1}`,
    };
  }
  // The orders in index order, before any text filter; aliased as the table, so the full WHERE
  // (text, other filters) applies to it unchanged.
  const window = sql`SELECT * FROM ${workOrders} WHERE ${and(
    visibleTo(actor),
    statuses.length === 1 ? eq(workOrders.status, statuses[0]!) : undefined,
    statuses.length > 1 ? inArray(workOrders.status, statuses) : undefined,
    after,
  )} ORDER BY ${order} LIMIT ${SEARCH_WINDOW}`;
  return {
    sort,
    query: sql`SELECT ${SELECT_LIST} FROM (${window}) AS ${workOrders} WHERE ${where} ORDER BY ${order} LIMIT ${limit + 1}`,
  };
}

const dialect = new PgDialect();
/** `date` stays the 'YYYY-MM-DD' string the contract carries (pg would make a local Date). */
const DATE_OID = 1082;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? (value: string) => value
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * Runs a page query straight on the pool (no ORM row mapping on the hottest read) and gives
 * rows in the repository's shape.
 */
async function runPage(db: Executor, query: SQL): Promise<WorkOrderRow[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const client = '$client' in db ? (db.$client as pg.Pool) : null;
  if (!client) {
    const result = await db.execute(query);
    return result.rows.map(toRow);
  }
  const result = await client.query({ text, values: params, types });
  return result.rows.map(toRow);
}

function toRow(raw: Record<string, unknown>): WorkOrderRow {
  const row: Record<string, unknown> = {};
  for (const [key, name] of COLUMN_NAMES) row[key] = raw[name];
  return row as WorkOrderRow;
}

/** When the windowed first attempt applies (see buildListQuery). */
function canWindow(actor: Actor, query: ListWorkOrdersFullQuery): boolean {
  return (
    Boolean(query.q?.trim()) &&
    (query.sort === '-createdAt' || query.sort === 'createdAt') &&
    (query.status?.length ?? 0) <= 1 &&
    // The row rule of technicians is not in the index: a window over the company's orders could
    // hold none of theirs.
    actor.permissions.has('work_order:read_all')
  );
}

export async function listWorkOrders(
  db: Executor,
  actor: Actor,
  query: ListWorkOrdersFullQuery,
): Promise<{ items: WorkOrderListItem[]; nextCursor: string | null }> {
  const statusesPromise = cachedStatuses(db, actor.organizationId);
  statusesPromise.catch(() => undefined); // awaited below; not unhandled if the page fails first
  const parts = await pageParts(db, actor, query);
  const { sort, limit } = parts;
  let rows: WorkOrderRow[] | null = null;
  if (canWindow(actor, query)) {
    const found = await runPage(db, pageQuery(actor, parts, true).query);
    if (found.length > limit) rows = found;
  }
  rows ??= await runPage(db, pageQuery(actor, parts, false).query);
  const statuses = await statusesPromise;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const sla = await loadSlaSummaries(
    db,
    actor.organizationId,
    page.map((row) => row.id),
  );
  return {
    items: page.map((row) => ({ ...toListItem(row, statuses), sla: sla.get(row.id) ?? null })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ v: sort.value(last, sla.get(last.id)), id: last.id })
        : null,
  };
}
