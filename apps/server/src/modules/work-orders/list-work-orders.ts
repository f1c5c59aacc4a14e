import type { WorkOrderListSla } from '@usta/contracts/sla';
import type { ListWorkOrdersFullQuery, WorkOrderListItem } from '@usta/contracts/work-orders';
import { isUuid } from '@usta/core/text';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { AppError } from '../../http/errors.ts';
import {
  NO_PENDING_DUE,
  pendingDueOrderText,
  pendingDueWindow,
  slaDueCursorValue,
  slaDueSortExpression,
} from '../sla/index.ts';
import {
  type ListRow,
  listColumnsText,
  listItemsOf,
  readListRows,
  SLA_ALIAS,
  slaSummariesOf,
  withSlaSummaries,
} from './list-page-rows.ts';
import {
  fastPlainStatement,
  fastWindowApplies,
  fastWindowStatement,
  type PageStatement,
} from './list-page-sql.ts';
import { cachedStatuses } from './status-cache.ts';
import { workOrders } from './tables.ts';
import { buildWorkOrderFilter } from './work-order-filters.ts';
import { visibleTo } from './work-order-repository.ts';

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
 * the value from a list item (the same text the repository row gives). Nullable columns sort
 * through a sentinel so keyset comparison works.
 */
const SORTS: Record<
  SortKey,
  { expr: SQL; type: SQL; value: (item: WorkOrderListItem, sla?: WorkOrderListSla | null) => string }
> = {
  createdAt: {
    expr: sql`${workOrders.createdAt}`,
    type: sql`timestamptz`,
    value: (r) => r.createdAt,
  },
  updatedAt: {
    expr: sql`${workOrders.updatedAt}`,
    type: sql`timestamptz`,
    value: (r) => r.updatedAt,
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

/** The columns a list item shows (list-page-rows.ts), read by every page query. */
const SELECT_LIST = sql.raw(listColumnsText('"work_orders"'));

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
): Promise<{ sql: string; params: unknown[]; name?: string }> {
  const sortAndCursor = readSortAndCursor(query);
  let statement =
    windowed && fastWindowApplies(actor, query)
      ? fastWindowStatement(actor, query, sortAndCursor.cursor, SEARCH_WINDOW)
      : windowed
        ? null
        : fastPlainStatement(actor, query, sortAndCursor.cursor);
  if (!statement) {
    const parts = await pageParts(db, actor, query, sortAndCursor);
    statement = drizzleStatement(pageQuery(actor, parts, windowed), actor.organizationId);
  }
  return { sql: statement.text, params: statement.values, name: statement.name };
}

/** The sort and the decoded cursor; a bad sort or cursor is a 400 before any query runs. */
function readSortAndCursor(query: ListWorkOrdersFullQuery) {
  const descending = query.sort.startsWith('-');
  const sort = SORTS[query.sort.replace(/^-/u, '') as SortKey];
  if (!sort) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'sort', code: 'invalid' }]);
  const cursor = decodeCursor<Cursor>(query.cursor);
  if (
    cursor &&
    (typeof cursor.v !== 'string' || typeof cursor.id !== 'string' || !validSlaDue(query, cursor))
  ) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'cursor', code: 'invalid' }]);
  }
  return { sort, descending, cursor };
}

/** A "due soonest" cursor is a due time (or the end marker) and an order id: both go into casts. */
function validSlaDue(query: ListWorkOrdersFullQuery, cursor: Cursor): boolean {
  if (query.sort !== 'slaDue') return true;
  return isUuid(cursor.id) && (cursor.v === NO_PENDING_DUE || !Number.isNaN(Date.parse(cursor.v)));
}

/**
 * How many of the next pending due times (after the cursor) the first attempt at a "due soonest"
 * page looks through; see `readSlaDueWindow`.
 */
const SLA_DUE_WINDOW = 2_000;

/**
 * The first attempt at a "due soonest" page: the next SLA_DUE_WINDOW pending due times from the
 * SLA module's index, joined to their orders and filtered. A full page from there is exactly
 * the page the plain query (every matching order sorted by its due time) returns — same order,
 * nothing skipped — at the cost of an index walk instead of a sort of the company's orders. A
 * short one (a filter that few of the soonest due orders pass, the window running into the
 * orders without a due time) leaves the page to the plain query. Null when the cursor is already
 * past every due time.
 */
async function readSlaDueWindow(
  db: Database,
  actor: Actor,
  where: SQL,
  cursor: Cursor | null,
  limit: number,
): Promise<ListRow[] | null> {
  if (cursor?.v === NO_PENDING_DUE) return null;
  const due = pendingDueWindow(actor.organizationId, cursor, SLA_DUE_WINDOW);
  const order = pendingDueOrderText(SLA_ALIAS, '"work_orders"');
  const statement = drizzleStatement(
    {
      order: sql.raw(order),
      query: sql`SELECT ${SELECT_LIST} FROM (${due}) AS "due" JOIN ${workOrders} ON ${workOrders.id} = "due"."order_id" WHERE ${where} ORDER BY "due"."due_at" ASC, "due"."order_id" ASC LIMIT ${limit + 1}`,
    },
    actor.organizationId,
  );
  const rows = await readListRows(db, statement);
  return rows.length > limit ? rows : null;
}

type PageParts = Awaited<ReturnType<typeof pageParts>>;

async function pageParts(
  db: Executor,
  actor: Actor,
  query: ListWorkOrdersFullQuery,
  { sort, descending, cursor }: ReturnType<typeof readSortAndCursor>,
) {
  const { cursor: _rawCursor, limit, sort: _sort, ...filter } = query;
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

function pageQuery(actor: Actor, parts: PageParts, windowed: boolean): { order: SQL; query: SQL } {
  const { where, after, order, limit, statuses } = parts;
  if (!windowed) {
    return {
      order,
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
    order,
    query: sql`SELECT ${SELECT_LIST} FROM (${window}) AS ${workOrders} WHERE ${where} ORDER BY ${order} LIMIT ${limit + 1}`,
  };
}

const dialect = new PgDialect();

/**
 * A Drizzle-built page query as one unnamed statement with the rows' SLA summaries joined (its
 * filters vary too much to prepare; PostgreSQL plans it for its values each time).
 */
function drizzleStatement(
  { order, query }: { order: SQL; query: SQL },
  organizationId: string,
): PageStatement {
  const { sql: page, params } = dialect.sqlToQuery(query);
  // ORDER BY carries no parameter (columns and literals), so its text stands alone.
  const { sql: orderText } = dialect.sqlToQuery(order);
  return {
    text: withSlaSummaries(page, orderText, `$${params.length + 1}`),
    values: [...params, organizationId],
  };
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
  db: Database,
  actor: Actor,
  query: ListWorkOrdersFullQuery,
): Promise<{ items: WorkOrderListItem[]; nextCursor: string | null }> {
  const statusesPromise = cachedStatuses(db, actor.organizationId);
  statusesPromise.catch(() => undefined); // awaited below; not unhandled if the page fails first
  const sortAndCursor = readSortAndCursor(query);
  const { limit } = query;
  let rows: ListRow[] | null = null;
  let parts: PageParts | null = null;
  if (canWindow(actor, query)) {
    // The default view's search: a prepared statement built once per shape, else Drizzle's.
    let statement = fastWindowApplies(actor, query)
      ? fastWindowStatement(actor, query, sortAndCursor.cursor, SEARCH_WINDOW)
      : null;
    if (!statement) {
      parts = await pageParts(db, actor, query, sortAndCursor);
      statement = drizzleStatement(pageQuery(actor, parts, true), actor.organizationId);
    }
    const found = await readListRows(db, statement);
    if (found.length > limit) rows = found;
  }
  if (query.sort === 'slaDue') {
    parts = await pageParts(db, actor, query, sortAndCursor);
    rows = await readSlaDueWindow(db, actor, parts.where, sortAndCursor.cursor, limit);
  }
  if (!rows) {
    // The tab view without text is prepared too; every other shape is Drizzle's.
    let statement = fastPlainStatement(actor, query, sortAndCursor.cursor);
    if (!statement) {
      parts ??= await pageParts(db, actor, query, sortAndCursor);
      statement = drizzleStatement(pageQuery(actor, parts, false), actor.organizationId);
    }
    rows = await readListRows(db, statement);
  }
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  const [statuses, summaries] = await Promise.all([
    statusesPromise,
    slaSummariesOf(db, actor.organizationId, page),
  ]);
  const items = listItemsOf(page, statuses, summaries);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({ v: sortAndCursor.sort.value(last, last.sla), id: last.id })
        : null,
  };
}
