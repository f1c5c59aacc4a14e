import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

// Any constant will do, as long as every Usta process uses the same one.
const MIGRATION_LOCK_ID = 0x7573_7461; // "usta"

interface Journal {
  entries: { tag: string }[];
}

interface Migration {
  tag: string;
  file: string;
}

/**
 * The foundation's migrations live in `apps/server/migrations`; every later module owns its own
 * folder, `src/modules/<module>/migrations` (a module owns its tables). Tags start with the
 * time they were generated, so sorting all folders' tags gives the one global order.
 */
export function findMigrations(serverRoot = locateServerRoot()): Migration[] {
  const folders = [path.join(serverRoot, 'migrations')];
  const modules = path.join(serverRoot, 'src', 'modules');
  if (existsSync(modules)) {
    for (const name of readdirSync(modules).sort()) {
      const folder = path.join(modules, name, 'migrations');
      if (existsSync(path.join(folder, 'meta', '_journal.json'))) folders.push(folder);
    }
  }
  const migrations = folders.flatMap((folder) => {
    const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as Journal;
    return journal.entries.map(({ tag }) => ({ tag, file: path.join(folder, `${tag}.sql`) }));
  });
  return migrations.sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

function locateServerRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // src/db when run from source, dist/ when bundled.
  for (const candidate of [path.resolve(here, '../..'), path.resolve(here, '..')]) {
    if (existsSync(path.join(candidate, 'migrations', 'meta', '_journal.json'))) return candidate;
  }
  throw new Error(`No migrations folder near ${here}`);
}

/**
 * Applies the checked-in drizzle-kit migrations in tag order, each in its own transaction,
 * under a session advisory lock, so that processes starting together apply each exactly once.
 */
export async function migrate(pool: pg.Pool, migrations = findMigrations()): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(`CREATE TABLE IF NOT EXISTS usta_migrations (
      tag text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await client.query<{ tag: string }>('SELECT tag FROM usta_migrations')).rows.map((r) => r.tag),
    );
    for (const { tag, file } of migrations) {
      if (done.has(tag)) continue;
      const statements = readFileSync(file, 'utf8')
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
