/**
 * VRPTW benchmark: Solomon (56) and Gehring–Homberger 200 (60) instances, one Node process, one
 * worker thread, fixed seed. Every solution is validated by the independent checker before it
 * counts. Usage:
 *   npm run bench:vrptw -- [--solomon 0.5,1.3,5] [--gh 10] [--only NAME,NAME] [--seed 1] [--out NAME]
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSolomonSolution } from '../src/checker/check-solomon.ts';
import { createTsWorker } from '../src/worker/ts-worker.ts';
import { type InstanceResult, renderMarkdown, summarise } from './vrptw-report.ts';
import type { BenchAnswer, BenchJob } from './vrptw-worker.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..', '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'bench', 'vrptw');
const resultsDir = path.resolve(repoRoot, 'bench', 'results');

const { values } = parseArgs({
  options: {
    solomon: { type: 'string', default: '0.5,1.3,5' },
    gh: { type: 'string', default: '10' },
    only: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'vrptw' },
  },
});
const seed = Number(values.seed);
const only = values.only ? new Set(values.only.toLowerCase().split(',')) : null;

function readBks(): Map<string, { vehicles: number; distance: number; objective: string }> {
  const rows = readFileSync(path.join(dataDir, 'bks.csv'), 'utf8').trim().split('\n').slice(1);
  const best = new Map<string, { vehicles: number; distance: number; objective: string }>();
  for (const row of rows) {
    const [instance, , , objective, , vehicles, distance] = row.split(',');
    const key = instance!.toLowerCase();
    // Distance rows where they exist (Solomon); GH200 only has hierarchical rows.
    if (objective === 'distance' || !best.has(key)) {
      best.set(key, { vehicles: Number(vehicles), distance: Number(distance), objective: objective! });
    }
  }
  return best;
}

function instances(set: 'solomon' | 'homberger_200'): string[] {
  return readdirSync(path.join(dataDir, set))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => path.join(dataDir, set, file))
    .filter((file) => !only || only.has(path.basename(file, '.txt').toLowerCase()));
}

const worker = createTsWorker(new URL('./vrptw-worker.ts', import.meta.url));
function solveInWorker(job: BenchJob): Promise<BenchAnswer> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.postMessage(job);
  });
}

const loadAtStart = os.loadavg()[0]!.toFixed(2);
const bks = readBks();
const results: InstanceResult[] = [];
const levels: { set: 'solomon' | 'homberger_200'; seconds: number }[] = [
  ...values.solomon
    .split(',')
    .filter(Boolean)
    .map((s) => ({ set: 'solomon' as const, seconds: Number(s) })),
  ...values.gh
    .split(',')
    .filter(Boolean)
    .map((s) => ({ set: 'homberger_200' as const, seconds: Number(s) })),
];
for (const level of levels) {
  for (const file of instances(level.set)) {
    const name = path.basename(file, '.txt');
    const answer = await solveInWorker({ file, timeLimitMs: level.seconds * 1000, seed });
    const check = checkSolomonSolution(readFileSync(file, 'utf8'), answer.routes);
    const best = bks.get(name.toLowerCase());
    const result: InstanceResult = {
      set: level.set,
      limitSeconds: level.seconds,
      instance: name,
      family: (/^[a-z]+\d/i.exec(name)?.[0] ?? name).toUpperCase(),
      feasible: check.feasible,
      errors: check.errors.slice(0, 5),
      vehicles: check.vehicles,
      distance: check.distance,
      bksVehicles: best?.vehicles ?? null,
      bksDistance: best?.distance ?? null,
      bksObjective: best?.objective ?? null,
      gapPercent: best && check.feasible ? (100 * (check.distance - best.distance)) / best.distance : null,
      wallMs: answer.wallMs,
      iterations: answer.iterations,
    };
    results.push(result);
    const gap = result.gapPercent === null ? 'n/a' : `${result.gapPercent.toFixed(2)}%`;
    console.log(
      `${level.set} ${level.seconds}s ${name}: ${check.feasible ? 'ok' : 'INFEASIBLE'} v=${check.vehicles} d=${check.distance.toFixed(2)} gap=${gap} ${answer.wallMs.toFixed(0)}ms`,
    );
  }
}
await worker.terminate();

const machine = {
  nproc: os.availableParallelism(),
  cpu: safe(() =>
    execSync("lscpu | grep 'Model name'", { encoding: 'utf8' })
      .replace(/Model name:\s*/, '')
      .trim(),
  ),
  node: process.version,
  date: new Date().toISOString(),
  seed,
  // Other work on the machine shares the cores; one-minute load averages at start and end.
  loadAverage: `${loadAtStart} → ${os.loadavg()[0]!.toFixed(2)}`,
};
const summary = summarise(results);
writeFileSync(
  path.resolve(resultsDir, `${values.out}-results.json`),
  `${JSON.stringify({ machine, summary, results }, null, 1)}\n`,
);
writeFileSync(
  path.resolve(resultsDir, `${values.out}-results.md`),
  renderMarkdown(machine, summary, results),
);
console.log(renderMarkdown(machine, summary, []));

function safe(read: () => string): string {
  try {
    return read();
  } catch {
    return 'unknown';
  }
}
