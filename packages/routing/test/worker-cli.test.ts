import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../src/checker/check-plan.ts';
import { buildMatrix } from '../src/matrix/build-matrix.ts';
import type { SolveProgress } from '../src/model/problem.ts';
import { solveInWorker } from '../src/worker/solve-in-worker.ts';
import { randomProblem } from './fixtures.ts';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const cli = path.join(repoRoot, 'packages', 'routing', 'bin', 'usta-route.mjs');
const r101 = path.resolve(repoRoot, '..', 'shared', 'bench', 'vrptw', 'solomon', 'R101.txt');

describe('worker thread', () => {
  it('solves off the main thread, reports progress and stops early on abort', async () => {
    const problem = randomProblem({ technicians: 5, visits: 50, seed: 4, windows: true });
    const progress: SolveProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const abort = new AbortController();
    // Abort once the search has reported: a fixed delay raced the worker's start-up (loading the
    // sources through tsx) on a busy machine and sometimes aborted before the first report.
    const onProgress = (p: SolveProgress) => {
      progress.push(p);
      if (progress.length === 1) setTimeout(() => abort.abort(), 300);
    };
    const startedAt = performance.now();
    const plan = await solveInWorker(problem, {
      timeLimitMs: 20_000,
      progressIntervalMs: 100,
      onProgress,
      signal: abort.signal,
    });
    clearInterval(timer);
    // Well inside the 20 s budget: the abort ended the search.
    expect(performance.now() - startedAt).toBeLessThan(15_000);
    // The event loop kept running while the worker searched.
    expect(ticks).toBeGreaterThan(10);
    expect(progress.length).toBeGreaterThan(0);
    const matrix = await buildMatrix(problem);
    expect(checkPlan(problem, matrix, plan).errors).toEqual([]);
  }, 30_000);
});

describe('usta-route CLI', () => {
  it.skipIf(!existsSync(r101))('solves a Solomon file and prints the summary JSON', async () => {
    const { stdout } = await run(process.execPath, [
      cli,
      'solve',
      r101,
      '--time-limit',
      '0.5',
      '--seed',
      '3',
    ]);
    const output = JSON.parse(stdout) as {
      vehicles: number;
      distance: number;
      routes: number[][];
      unassigned: unknown[];
      timeMs: number;
    };
    expect(output.routes.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, k) => k + 1));
    expect(output.vehicles).toBe(output.routes.length);
    expect(output.unassigned).toEqual([]);
    expect(output.timeMs).toBeLessThan(1500);
  });

  it('exits with the line number of a malformed file', async () => {
    const bad = path.join(here, 'fixtures', 'malformed-json.txt');
    const failure = await run(process.execPath, [cli, 'solve', bad, '--format', 'json']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain('line 3');
  });
});
