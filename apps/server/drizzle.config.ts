import { defineConfig } from 'drizzle-kit';

// The foundation's tables. Modules added later generate into their own folders with
// `npm run db:generate -- <module> <name>` (scripts/db-generate.mjs).
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './apps/server/src/modules/organizations/tables.ts',
    './apps/server/src/modules/users/tables.ts',
    './apps/server/src/modules/auth/tables.ts',
    './apps/server/src/modules/audit/tables.ts',
    './apps/server/src/modules/platform/tables.ts',
  ],
  out: './apps/server/migrations',
  migrations: { prefix: 'timestamp' },
});
