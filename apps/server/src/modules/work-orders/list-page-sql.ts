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

/** Distinct statement texts kept per process (each is prepared once per pooled connection). */
const MAX_SHAPES = 256;
const shapes = new Map<string, { name: string; text: string }>();
let unnamed = 0;

export interface PageStatement {
  name?: string;
  text: string;
  values: unknown[];
}

/** Whether the fast statement applies: only q, status (≤ 1), a creation-order sort, cursor, limit. */
export function fastWindowApplies(actor: Actor, query: ListWorkOrdersFullQuery): boolean {
  if (!actor.permissions.has('work_order:read_all')) return false;
  if (query.sort !== '-createdAt' && query.sort !== 'createdAt') return false;
  if ((query.status?.length ?? 0) > 1 || !query.q?.trim()) return false;
  for (const [key, value] of Object.entries(query)) {
    if (FAST_KEYS.has(key) || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    return false;
  }
  return true;
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
    descending ? 'd' : 'a',
    status === undefined ? '' : 's',
    cursor ? 'c' : '',
    query.limit,
    window,
    free.likePatterns.length,
    free.number ? 'n' : '',
  ].join(':');

  let statement = shapes.get(key);
  const dir = descending ? 'DESC' : 'ASC';
  const order = `"work_orders"."created_at" ${dir}, "work_orders"."id" ${dir}`;
  // Parameters in the order the text uses them.
  const statusParam = status === undefined ? null : param(status);
  const cursorParams = cursor ? [param(cursor.v), param(cursor.id)] : null;
  const likeParams = free.likePatterns.map(param);
  const numberParam = free.number ? param(free.number) : null;
  if (statement === undefined) {
    const windowWhere = [
      `"work_orders"."organization_id" = $1`,
      statusParam ? `"work_orders"."status" = ${statusParam}` : null,
      cursorParams
        ? `("work_orders"."created_at", "work_orders"."id") ${descending ? '<' : '>'} (${cursorParams[0]}::timestamptz, ${cursorParams[1]}::uuid)`
        : null,
    ].filter(Boolean);
    const alternatives = [
      likeParams.length > 0
        ? `(${likeParams.map((p) => `"work_orders"."search_key" LIKE ${p}`).join(' and ')})`
        : null,
      numberParam ? `"work_orders"."number" = ${numberParam}` : null,
    ].filter(Boolean);
    const windowed = `SELECT * FROM "work_orders" WHERE ${windowWhere.join(' and ')} ORDER BY ${order} LIMIT ${window}`;
    const page = `SELECT ${listColumnsText('"work_orders"')} FROM (${windowed}) AS "work_orders" WHERE (${alternatives.join(' or ')}) ORDER BY ${order} LIMIT ${query.limit + 1}`;
    const text = withSlaSummaries(page, order, '$1');
    if (shapes.size >= MAX_SHAPES) {
      unnamed++;
      return { text, values };
    }
    // The key is the name: one text per name, as a prepared statement must be.
    statement = { name: `wo_list_${key}`, text };
    shapes.set(key, statement);
  }
  return { name: statement.name, text: statement.text, values };
}

/** How many shapes ran unnamed because the per-process set was full (for the benchmark). */
export function unnamedShapeCount(): number {
  return unnamed;
}
