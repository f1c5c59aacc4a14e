import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { withClient, withDatabase } from '../../test/global-setup.ts';
import { newTestDatabaseName } from '../../test/harness.ts';
import { findMigrations, migrate } from './migrate.ts';

describe('migrations', () => {
  it('are found across the foundation and module folders, in time order', () => {
    const tags = findMigrations().map((m) => m.tag);
    expect(tags.length).toBeGreaterThanOrEqual(2);
    expect(tags).toEqual([...tags].sort());
  });

  it('apply exactly once when several processes start together', async () => {
    const { adminUrl } = inject('testDatabase');
    const database = newTestDatabaseName('migrate');
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${database}`));
    const pools = [0, 1, 2].map(
      () => new pg.Pool({ connectionString: withDatabase(adminUrl, database), max: 2 }),
    );
    try {
      const applied = await Promise.all(pools.map((pool) => migrate(pool)));
      const all = findMigrations().map((m) => m.tag);
      // One process applied everything; the others found nothing left to do.
      expect(applied.map((a) => a.length).sort()).toEqual([0, 0, all.length]);
      const { rows } = await pools[0]!.query('SELECT tag FROM usta_migrations ORDER BY tag');
      expect(rows.map((r) => r.tag)).toEqual(all);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE ${database} WITH (FORCE)`));
    }
  });
});
