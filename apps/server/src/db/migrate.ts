import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

// Any constant will do, as long as every Usta process uses the same one.
const MIGRATION_LOCK_ID = 0x7573_7461; // "usta"

interface Journal {
  entries: { tag: string }[];
}

export function defaultMigrationsFolder(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Source layout (src/db) and the bundled build (dist/) both sit beside `migrations/`.
  const candidates = [path.resolve(here, '../../migrations'), path.resolve(here, '../migrations')];
  for (const candidate of candidates) {
    try {
      readFileSync(path.join(candidate, 'meta/_journal.json'));
      return candidate;
    } catch {}
  }
  throw new Error(`No migrations folder beside ${here}`);
}

/**
 * Applies the checked-in drizzle-kit migrations in journal order, each in its own transaction,
 * under a session advisory lock, so that processes starting together apply each exactly once.
 */
export async function migrate(pool: pg.Pool, folder = defaultMigrationsFolder()): Promise<string[]> {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as Journal;
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS usta_migrations (
      tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await client.query<{ tag: string }>('SELECT tag FROM usta_migrations')).rows.map((r) => r.tag),
    );
    for (const { tag } of journal.entries) {
      if (done.has(tag)) continue;
      const statements = readFileSync(path.join(folder, `${tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean);
      await client.query('BEGIN');
      try {
        for (const statement of statements) await client.query(statement);
        await client.query('INSERT INTO usta_migrations (tag) VALUES ($1)', [tag]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${tag} failed: ${(error as Error).message}`, { cause: error });
      }
      applied.push(tag);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
  return applied;
}
