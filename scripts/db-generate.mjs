#!/usr/bin/env node
// Generates a migration for one module from its own tables.ts into its own migrations folder:
//   npm run db:generate -- <module> <name> [--custom]
// A module owns its tables and its migrations; drizzle-kit sees only that module's schema, so
// two modules can be changed at the same time without their migrations colliding.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [moduleName, name, ...rest] = process.argv.slice(2);
if (!moduleName || !name) {
  console.error('usage: npm run db:generate -- <module> <migration-name> [--custom]');
  process.exit(2);
}
const moduleDir = `apps/server/src/modules/${moduleName}`;
if (!existsSync(path.join(moduleDir, 'tables.ts'))) {
  console.error(`${moduleDir}/tables.ts does not exist`);
  process.exit(2);
}
mkdirSync('.tmp', { recursive: true });
const config = `.tmp/drizzle-${moduleName}.config.ts`;
writeFileSync(
  config,
  `import { defineConfig } from 'drizzle-kit';
export default defineConfig({
  dialect: 'postgresql',
  schema: './${moduleDir}/tables.ts',
  out: './${moduleDir}/migrations',
  migrations: { prefix: 'timestamp' },
});
`,
);
const result = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config, '--name', name, ...rest], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
