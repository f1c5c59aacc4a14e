import { defineConfig } from 'vitest/config';

// Three tiers (STYLE.md habit 9): pure unit tests, integration tests on a real PostgreSQL,
// and end-to-end journeys in Chromium. Integration and e2e share one database server per run
// (embedded PostgreSQL 18, or DATABASE_URL), and every test file gets a database of its own.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/**/*.test.ts', 'apps/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**', '**/dist/**'],
          environment: 'node',
          // Property tests run hundreds of cases: CPU-bound, and a busy 2-core machine is slow.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int',
          include: ['apps/server/**/*.int.test.ts'],
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['apps/server/test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
