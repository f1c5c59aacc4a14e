/**
 * What the public VRPTW sets lack: an Istanbul day with skills, breaks, priorities, SLA deadlines
 * and pinned visits (40 technicians, 400 visits), validated by the independent plan checker; and
 * the incremental case (one urgent visit into a 20-technician, 100-visit plan).
 *   node --import tsx packages/routing/bench/run-scenarios.ts [--time-limit S]
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkPlan } from '../src/checker/check-plan.ts';
import { buildMatrix } from '../src/matrix/build-matrix.ts';
import type { RoutingProblem, Visit } from '../src/model/problem.ts';
import { insertVisit } from '../src/solver/insert-visit.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';
import { solveInWorker } from '../src/worker/solve-in-worker.ts';
import { istanbulScenario } from './istanbul-scenario.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.resolve(here, '..', '..', '..', 'bench', 'results');
const { values } = parseArgs({ options: { 'time-limit': { type: 'string', default: '10' } } });
const limitMs = Number(values['time-limit']) * 1000;

const day = istanbulScenario(2026);
const matrix = await buildMatrix(day);
const startedAt = performance.now();
const plan = await solveInWorker(day, { matrix, timeLimitMs: limitMs, seed: 1 });
const wallMs = performance.now() - startedAt;
const check = checkPlan(day, matrix, plan);
const byId = new Map(day.visits.map((visit) => [visit.id, visit]));
const reasons: Record<string, number> = {};
for (const left of plan.unassigned) reasons[left.reason] = (reasons[left.reason] ?? 0) + 1;
const servedByPriority: Record<string, string> = {};
for (const level of [3, 2, 1, 0]) {
  const all = day.visits.filter((visit) => (visit.priority ?? 0) === level);
  const left = plan.unassigned.filter((u) => (byId.get(u.visitId)?.priority ?? 0) === level);
  const impossible = left.filter((u) => u.reason !== 'NO_ROOM').length;
  servedByPriority[`p${level}`] = `${all.length - left.length}/${all.length} (${impossible} impossible)`;
}
const mandatoryLeft = plan.unassigned.filter((u) => byId.get(u.visitId)?.mandatory !== false);
const slaVisits = day.visits.filter((visit) => visit.latestFinish !== undefined).length;
const pinned = day.visits.filter((visit) => visit.pinnedSequence !== undefined).length;
const daySummary = {
  technicians: day.technicians.length,
  visits: day.visits.length,
  slaVisits,
  pinnedVisits: pinned,
  optionalVisits: day.visits.filter((visit) => visit.mandatory === false).length,
  timeLimitMs: limitMs,
  wallMs: Math.round(wallMs),
  iterations: plan.iterations,
  feasible: check.feasible,
  checkerErrors: check.errors.slice(0, 5),
  techniciansUsed: plan.vehicles,
  assigned: day.visits.length - plan.unassigned.length,
  distanceKm: Math.round(plan.distance / 100) / 10,
  unassignedByReason: reasons,
  mandatoryUnassigned: mandatoryLeft.length,
  servedByPriority,
};
console.log(daySummary);

// Incremental: insert urgent visits, one at a time, into the same 20 × 100 base plan.
const small = istanbulScenario(7, 20, 100);
const urgents: Visit[] = Array.from({ length: 20 }, (_, k) => ({
  id: `urgent-${k}`,
  location: { lat: 40.95 + (k % 5) * 0.04, lon: 28.85 + Math.floor(k / 5) * 0.09 },
  duration: 45 * 60,
  requiredSkills: [['kombi', 'klima', 'beyaz-esya', 'elektrik'][k % 4]!],
  priority: 3,
  latestFinish: (13 + (k % 5)) * 3600,
}));
const everything: RoutingProblem = { technicians: small.technicians, visits: [...small.visits, ...urgents] };
const bigMatrix = await buildMatrix(everything);
// Base plan on the same layout, urgent visits present but free to leave out.
const base = solveWithMatrix(
  {
    technicians: small.technicians,
    visits: [...small.visits, ...urgents.map((u) => ({ ...u, mandatory: false, penalty: 0 }))],
  },
  bigMatrix,
  { timeLimitMs: 3000, seed: 1 },
);
const current = new Map(
  base.routes.map((route) => [route.technicianId, route.stops.map((stop) => stop.visitId)]),
);
const insertions = urgents.map((urgent) => {
  // The matrix covers every urgent visit; the others stay optional and free to leave out.
  const visits = [
    ...small.visits,
    ...urgents.map((u) => (u.id === urgent.id ? u : { ...u, mandatory: false, penalty: 0 })),
  ];
  const problem = { technicians: small.technicians, visits };
  const t0 = performance.now();
  const result = insertVisit(problem, bigMatrix, current, urgent.id, { timeLimitMs: 150 });
  const ms = performance.now() - t0;
  const ok = checkPlan(problem, bigMatrix, result.plan).feasible;
  const placed = result.plan.routes.some((route) => route.stops.some((stop) => stop.visitId === urgent.id));
  const reason = result.plan.unassigned.find((u) => u.visitId === urgent.id)?.reason ?? null;
  return {
    id: urgent.id,
    ms: Math.round(ms * 10) / 10,
    placed,
    reason,
    moved: result.moved.length,
    feasible: ok,
  };
});
const times = insertions.map((row) => row.ms).sort((a, b) => a - b);
const incremental = {
  technicians: small.technicians.length,
  visitsInPlan: base.routes.reduce((sum, route) => sum + route.stops.length, 0),
  insertions: insertions.length,
  placed: insertions.filter((row) => row.placed).length,
  allFeasible: insertions.every((row) => row.feasible),
  medianMs: times[times.length >> 1],
  maxMs: times.at(-1),
  maxMoved: Math.max(...insertions.map((row) => row.moved)),
  rows: insertions,
};
console.log({ ...incremental, rows: undefined });

const machine = {
  nproc: os.availableParallelism(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(
  path.join(resultsDir, 'routing-scenarios.json'),
  `${JSON.stringify({ machine, day: daySummary, incremental }, null, 1)}\n`,
);
const md = [
  '# Routing scenarios (Istanbul)',
  '',
  `Machine: ${machine.cpu}, nproc ${machine.nproc}, Node ${machine.node}; ${machine.date}. Haversine × 1.3 at 30 km/h.`,
  '',
  '## A full day: 40 technicians, 400 visits',
  '',
  'Skills, 30-minute lunch breaks, 2-hour appointment windows (some with a second window), SLA',
  'deadlines on priority ≥ 2 work, started visits pinned in sequence, optional preventive visits.',
  'Validated by the independent plan checker (skills, pins, pinned order, windows, SLA, breaks,',
  'shifts, capacity, visit limits, distance).',
  '',
  '| metric | value |',
  '|---|---|',
  ...Object.entries(daySummary).map(
    ([key, value]) => `| ${key} | ${typeof value === 'object' ? JSON.stringify(value) : value} |`,
  ),
  '',
  '## Incremental: one urgent visit into a 20-technician, 100-visit plan',
  '',
  '| metric | value |',
  '|---|---|',
  ...Object.entries(incremental)
    .filter(([key]) => key !== 'rows')
    .map(([key, value]) => `| ${key} | ${value} |`),
  '',
  '| urgent visit | ms | placed | reason if not | visits moved | feasible |',
  '|---|---|---|---|---|---|',
  ...insertions.map(
    (row) =>
      `| ${row.id} | ${row.ms} | ${row.placed} | ${row.reason ?? ''} | ${row.moved} | ${row.feasible} |`,
  ),
  '',
].join('\n');
writeFileSync(path.join(resultsDir, 'routing-scenarios.md'), md);
