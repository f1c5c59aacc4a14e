import type { ListWorkOrdersFullQuery } from '@usta/contracts/work-orders';
import type { Actor } from '../../http/access.ts';
import { listColumnsText, withSlaSummaries } from './list-page-rows.ts';
import { freeTextParts } from './work-order-filters.ts';

/**
 * The windowed first attempt of the default list view (a free-text search, newest or oldest
 * first, within one status or none, by a user who sees the whole company) as a named prepared
 * statement whose text is built once per shape. This is the benchmark's page and the most common
 * search; every other list query is built by Drizzle in list-work-orders.ts.
 *
 * Same rows as `pageQuery(…, windowed = true)` there: the window (company, status, cursor, in
 * index order, SEARCH_WINDOW rows) and then the free text — the company and status conditions
 * of the full WHERE are already those of the window. The limits are literals, not parameters, so
 * that the plan PostgreSQL keeps for the statement (a generic plan after five runs) knows them:
 * the plan stays the backward walk of the (company, status, created) index whatever the words
 * (bench/work-orders/explain-list.ts checks it under `plan_cache_mode = force_generic_plan`).
 */

/** Filters other than these send the query down the general (Drizzle) path. */
const FAST_KEYS = new Set(['q', 'status', 'sort', 'cursor', 'limit']);

/**
 * Distinct statement texts named per process (each is prepared once per pooled connection and
 * keeps its plan there, so this bounds the backends' memory too); further shapes run unnamed.
 * The default UI asks a handful: direction × status or none × cursor or none × 1–3 words.
 */
const MAX_SHAPES = 64;
const shapes = new Map<string, { name: string; text: string }>();

export interface PageStatement {
  name?: string;
  text: string;
  values: unknown[];
}

/** Only q, status (≤ 1), a creation-order sort, cursor and limit, by a user who sees all. */
function fastShape(actor: Actor, query: ListWorkOrdersFullQuery): boolean {
  if (!actor.permissions.has('work_order:read_all')) return false;
  if (query.sort !== '-createdAt' && query.sort !== 'createdAt') return false;
  if ((query.status?.length ?? 0) > 1) return false;
  for (const [key, value] of Object.entries(query)) {
    if (FAST_KEYS.has(key) || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    return false;
  }
  return true;
}

/** Whether the windowed search has a prepared statement (a free-text query of that shape). */
export function fastWindowApplies(actor: Actor, query: ListWorkOrdersFullQuery): boolean {
  return Boolean(query.q?.trim()) && fastShape(actor, query);
}

/**
 * The tab view without free text (one status or none, newest or oldest first) as a prepared
 * statement: a walk of the (company, status, created) or (company, created) index whatever the
 * values, so its generic plan is the plan; null when the query has another shape. Same rows as
 * the plain Drizzle query of list-work-orders.ts.
 */
export function fastPlainStatement(
  actor: Actor,
  query: ListWorkOrdersFullQuery,
  cursor: { v: string; id: string } | null,
): PageStatement | null {
  if (query.q?.trim() || !fastShape(actor, query)) return null;
  const values: unknown[] = [actor.organizationId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const descending = query.sort === '-createdAt';
  const status = query.status?.[0];
  const statusParam = status === undefined ? null : param(status);
  const cursorParams = cursor ? [param(cursor.v), param(cursor.id)] : null;
  const key = ['plain', descending ? 'd' : 'a', statusParam ? 's' : '', cursor ? 'c' : '', query.limit].join(
    ':',
  );
  return named(key, values, () => {
    const order = creationOrder(descending);
    const where = windowConditions(statusParam, cursorParams, descending);
    const page = `SELECT ${listColumnsText('"work_orders"')} FROM "work_orders" WHERE ${where} ORDER BY ${order} LIMIT ${query.limit + 1}`;
    return withSlaSummaries(page, order, '$1');
  });
}

function creationOrder(descending: boolean): string {
  const dir = descending ? 'DESC' : 'ASC';
  return `"work_orders"."created_at" ${dir}, "work_orders"."id" ${dir}`;
}

/** Company (always `$1`), status and cursor, as the index walk's condition. */
function windowConditions(
  statusParam: string | null,
  cursorParams: string[] | null,
  descending: boolean,
): string {
  return [
    `"work_orders"."organization_id" = $1`,
    statusParam ? `"work_orders"."status" = ${statusParam}` : null,
    cursorParams
      ? `("work_orders"."created_at", "work_orders"."id") ${descending ? '<' : '>'} (${cursorParams[0]}::timestamptz, ${cursorParams[1]}::uuid)`
      : null,
  ]
    .filter(Boolean)
    .join(' and ');
}

/** The statement of a shape: its text built once, named while the per-process set has room. */
function named(key: string, values: unknown[], build: () => string): PageStatement {
  const known = shapes.get(key);
  if (known) return { name: known.name, text: known.text, values };
  const text = build();
  if (shapes.size >= MAX_SHAPES) return { text, values };
  // The key is the name: one text per name, as a prepared statement must be.
  const statement = { name: `wo_list_${key}`, text };
  shapes.set(key, statement);
  return { name: statement.name, text, values };
}

/**
 * The statement, or null when the text needs the customers module (a phone, tax number or
 * e-mail) or matches nothing. `cursor` is the decoded cursor, `window` SEARCH_WINDOW.
 */
export function fastWindowStatement(
  actor: Actor,
  query: ListWorkOrdersFullQuery,
  cursor: { v: string; id: string } | null,
  window: number,
): PageStatement | null {
  const free = freeTextParts(query.q!.trim());
  if (free.needsCustomers || (free.likePatterns.length === 0 && !free.number)) return null;
  const values: unknown[] = [actor.organizationId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const descending = query.sort === '-createdAt';
  const status = query.status?.[0];
  const key = [
    'window',
    descending ? 'd' : 'a',
    status === undefined ? '' : 's',
    cursor ? 'c' : '',
    query.limit,
    window,
    free.likePatterns.length,
    free.number ? 'n' : '',
  ].join(':');

  // Parameters in the order the text uses them.
  const statusParam = status === undefined ? null : param(status);
  const cursorParams = cursor ? [param(cursor.v), param(cursor.id)] : null;
  const likeParams = free.likePatterns.map(param);
  const numberParam = free.number ? param(free.number) : null;
  return named(key, values, () => {
    const order = creationOrder(descending);
    const alternatives = [
      likeParams.length > 0
        ? `(${likeParams.map((p) => `"work_orders"."search_key" LIKE ${p}`).join(' and ')})`
        : null,
      numberParam ? `"work_orders"."number" = ${numberParam}` : null,
    ].filter(Boolean);
    // The window reads only what the (company, status, created, id) index carries (INCLUDE
    // search_key, number): the text is tested without reading the table, which is then read for
    // the page's rows alone (migration status_window_covers_search).
    const windowed = `SELECT "id", "created_at", "search_key", "number" FROM "work_orders" WHERE ${windowConditions(statusParam, cursorParams, descending)} ORDER BY ${order} LIMIT ${window}`;
    const hits = `SELECT "id", "created_at" FROM (${windowed}) AS "work_orders" WHERE (${alternatives.join(' or ')}) ORDER BY ${order} LIMIT ${query.limit + 1}`;
    const page = `SELECT ${listColumnsText('"work_orders"')} FROM (${hits}) AS "hit" JOIN "work_orders" ON "work_orders"."id" = "hit"."id" WHERE "work_orders"."organization_id" = $1 ORDER BY ${order} LIMIT ${query.limit + 1}`;
    return withSlaSummaries(page, order, '$1');
  });
}
