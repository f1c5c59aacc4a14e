import { escapeLikePattern, searchTerms } from '@usta/core/text';
import { type AnyColumn, asc, desc, type SQL, sql } from 'drizzle-orm';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { AppError } from './errors.ts';

/**
 * Keyset pagination over one sort expression plus the id (as in users/list-users.ts, for any
 * of a list's sorts). The expression must never be NULL (coalesce it), and the cursor carries
 * its value as PostgreSQL printed it, so timestamps keep their microseconds and compare exactly.
 */
export interface SortSpec {
  name: string;
  expression: SQL;
  /** The type the cursor's text is cast back to; a text expression's COLLATE rules the comparison. */
  type: 'text' | 'timestamptz' | 'date';
  descending: boolean;
  orderBy(id: AnyColumn): SQL[];
}

export function sortSpec(name: string, expression: SQL, type: SortSpec['type']): SortSpec {
  const descending = name.startsWith('-');
  return {
    name,
    expression,
    type,
    descending,
    orderBy: (id) => (descending ? [sql`${expression} DESC`, desc(id)] : [sql`${expression} ASC`, asc(id)]),
  };
}

/**
 * The same order as `column`, written so no index matches it. Searching by name while listing in
 * name order puts the matches in one stretch of that order ("Çağrı …" after every "A…", "B…",
 * "C…"), so walking the name-order index and filtering row by row reads everything before it
 * (560 ms on 200,000 customers); taking the matches from the trigram index and sorting them costs
 * what the matches cost (20 ms). Time orders are not correlated with names: the planner chooses.
 */
export function hiddenFromIndexes(column: SQL | AnyColumn, type: SortSpec['type']): SQL {
  if (type === 'text') return sql`(${column} || '')`;
  if (type === 'date') return sql`(${column} + 0)`;
  return sql`(${column} + interval '0 seconds')`;
}

/** Whether a search box's text has a word a trigram index can look up (three letters or more). */
export function usesTrigrams(q: string | undefined): boolean {
  return q !== undefined && searchTerms(q).some((term) => term.length >= 3);
}

/** The condition "after the cursor row" in the spec's direction. */
export function seekAfter(spec: SortSpec, id: AnyColumn, after: { value: string; id: string }): SQL {
  const value = sql`CAST(${after.value} AS ${sql.raw(spec.type)})`;
  return spec.descending
    ? sql`(${spec.expression}, ${id}) < (${value}, ${after.id}::uuid)`
    : sql`(${spec.expression}, ${id}) > (${value}, ${after.id}::uuid)`;
}

interface Cursor {
  s: string;
  v: string;
  id: string;
}

/** A cursor made for another sort is refused, not misread. */
export function readCursor(cursor: string | undefined, sort: string) {
  const decoded = decodeCursor<Cursor>(cursor);
  if (!decoded) return undefined;
  const valid =
    decoded.s === sort && typeof decoded.v === 'string' && /^[0-9a-f-]{36}$/iu.test(String(decoded.id));
  if (!valid) throw new AppError('VALIDATION_FAILED', {}, [{ path: 'cursor', code: 'invalid' }]);
  return { value: decoded.v, id: decoded.id };
}

/** Slices the `limit + 1` rows fetched into a page and the cursor of the next one. */
export function pageOf<T>(
  rows: { row: T; sortValue: string }[],
  limit: number,
  sort: string,
  idOf: (row: T) => string,
) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map((entry) => entry.row),
    nextCursor:
      rows.length > limit && last ? encodeCursor({ s: sort, v: last.sortValue, id: idOf(last.row) }) : null,
  };
}

/** `%term%` with the term's LIKE wildcards escaped (backslash is LIKE's default escape). */
export function likeAnywhere(term: string): string {
  return `%${escapeLikePattern(term)}%`;
}
