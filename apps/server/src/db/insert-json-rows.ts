import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database.ts';

/**
 * Inserts many rows in one statement, the rows travelling as ONE JSON parameter read with the
 * table's own row type (`jsonb_populate_recordset`). For batches (creates, the SLA job): the
 * ORM's multi-row VALUES list checks and binds every value separately, which cost more CPU than
 * the rest of a batch of creates (bench/results/work-orders.md). Values go through JSON: Dates
 * become ISO timestamps, arrays PostgreSQL arrays, objects jsonb. Columns are those of the first
 * row: all rows must carry the same keys (else it throws); a key left out of every row takes the
 * column's SQL default, a key whose value is `undefined` stores NULL.
 */
export async function insertJsonRows<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const { list, name, json } = statementParts(table, rows);
  await db.execute(
    sql`INSERT INTO ${name} (${list}) SELECT ${list} FROM jsonb_populate_recordset(null::${name}, ${json}::jsonb)`,
  );
}

/** `insertJsonRows` answering the stored rows in the order given, matched back on `matchKey`. */
export async function insertJsonRowsReturning<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  matchKey: keyof T['$inferSelect'] & string,
): Promise<T['$inferSelect'][]> {
  if (rows.length === 0) return [];
  const { list, name, json } = statementParts(table, rows);
  const result = await db.execute<Record<string, unknown>>(
    sql`INSERT INTO ${name} (${list}) SELECT ${list} FROM jsonb_populate_recordset(null::${name}, ${json}::jsonb) RETURNING *`,
  );
  const { columns } = shapeOf(table);
  const stored = result.rows.map((raw) => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = raw[column.name];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as T['$inferSelect'];
  });
  // RETURNING follows the input order in practice, but that is not a promise: match each back.
  const byKey = new Map(stored.map((row) => [String(row[matchKey]), row]));
  return rows.map((row) => byKey.get(String((row as Record<string, unknown>)[matchKey]))!);
}

function statementParts(table: PgTable, rows: readonly object[]) {
  const { names: columnOf } = shapeOf(table);
  const keys = Object.keys(rows[0]!).filter((key) => columnOf[key]);
  const width = Object.keys(rows[0]!).length;
  const json = JSON.stringify(
    rows.map((row) => {
      // A key missing from a later row would store NULL there, not the column's default.
      if (Object.keys(row).length !== width) throw new Error('insertJsonRows: rows differ in their keys');
      const out: Record<string, unknown> = {};
      for (const key of keys) {
        if (!(key in row)) throw new Error(`insertJsonRows: a row lacks ${key}`);
        out[columnOf[key]!] = (row as Record<string, unknown>)[key];
      }
      return out;
    }),
  );
  return {
    list: sql.raw(keys.map((key) => `"${columnOf[key]}"`).join(', ')),
    name: sql.raw(`"${getTableName(table)}"`),
    json,
  };
}

const shapes = new WeakMap<
  PgTable,
  { names: Record<string, string>; columns: [string, ReturnType<typeof getTableColumns>[string]][] }
>();

function shapeOf(table: PgTable) {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table));
    shape = { names: Object.fromEntries(columns.map(([key, column]) => [key, column.name])), columns };
    shapes.set(table, shape);
  }
  return shape;
}
