import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { migrate } from '../src/db/migrate.ts';

export interface TestDatabase {
  adminUrl: string;
  template: string;
  /** Every database this run makes is named `usta_t_<runId>_…`, so teardown finds them all. */
  runId: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabase;
  }
}

/**
 * One database server per test run — the embedded PostgreSQL 18, or the server DATABASE_URL
 * names — and one migrated template database; every test file clones its own from it.
 */
export default async function setup(project: TestProject) {
  let stopServer = async () => {};
  let adminUrl = process.env.DATABASE_URL;
  let dataDir: string | null = null;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(tmpdir(), 'usta-test-pg-'));
    const server = await startEmbeddedPostgres(dataDir);
    adminUrl = server.url;
    stopServer = () => server.stop();
  }
  const runId = `${process.pid}${Date.now().toString(36)}`;
  const template = `usta_tpl_${runId}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${template}`));
  const pool = new pg.Pool({ connectionString: withDatabase(adminUrl, template), max: 1 });
  await migrate(pool);
  await pool.end();
  project.provide('testDatabase', { adminUrl, template, runId });

  return async () => {
    await withClient(adminUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`,
        [`usta_t_${runId}_%`, template],
      );
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
    await stopServer();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
