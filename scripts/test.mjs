#!/usr/bin/env node
// The whole test suite, as CI runs it: lint and format, types, unit tests, the web build,
// integration tests on a real PostgreSQL (embedded, or DATABASE_URL), end-to-end in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const reports = '.tmp/test-reports';
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

function step(title, command, args, env = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n── ${title} ──\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(
    `── ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  return result.status === 0;
}

function vitest(project, { label = project, paths = [], env = {} } = {}) {
  const report = `${reports}/${label.replace(/\W+/gu, '-')}.json`;
  const ok = step(
    `${label} tests`,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      ...paths,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  try {
    const summary = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
    totals.skipped += summary.numPendingTests + summary.numTodoTests;
    if (summary.numTotalTests === 0) return false; // a tier that ran nothing is a failure, not a pass
  } catch {
    totals.failed += 1;
  }
  return ok;
}

const database = process.env.DATABASE_URL
  ? `PostgreSQL at ${new URL(process.env.DATABASE_URL).host}`
  : 'embedded PostgreSQL 18';
process.stdout.write(`Usta test suite on ${database}\n`);

const results = [
  step('lint and format (Biome)', 'npx', ['biome', 'check', '.']),
  step('types (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']),
  vitest('unit', { env: { TZ: 'UTC' } }),
  // Business time never reads the process's zone: the calendar and SLA suites pass in any TZ,
  // across both DST changes of New York and Istanbul's fixed offset.
  ...['Europe/Istanbul', 'America/New_York'].map((tz) =>
    vitest('unit', {
      label: `unit (calendar, SLA) TZ=${tz}`,
      paths: ['packages/core/src/calendar', 'packages/core/src/sla'],
      env: { TZ: tz },
    }),
  ),
  step('web build', 'npm', ['run', 'build', '-w', '@usta/web']),
  step('field build', 'npm', ['run', 'build', '-w', '@usta/field']),
  vitest('int'),
  vitest('e2e'),
];

const failedSteps = results.filter((ok) => !ok).length;
process.stdout.write(
  `\nUsta suite finished in ${((Date.now() - started) / 1000).toFixed(0)} s; ${failedSteps} step(s) failed.\n`,
);
process.stdout.write(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failedSteps === 0 && totals.failed === 0 ? 0 : 1);
