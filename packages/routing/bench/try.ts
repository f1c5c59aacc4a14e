import { readFileSync } from 'node:fs';
import { checkSolomonSolution } from '../src/checker/check-solomon.ts';
import { parseSolomon, solomonToProblem } from '../src/formats/solomon.ts';
import { euclideanMatrix } from '../src/matrix/haversine.ts';
import { layoutLocations } from '../src/model/locations.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';

const bks = new Map<string, number>();
for (const line of readFileSync('/work/shared/bench/vrptw/bks.csv', 'utf8').split('\n')) {
  const p = line.split(',');
  if (p[3] === 'distance') bks.set(p[0]!.toUpperCase(), Number(p[6]));
}
const limit = Number(process.argv[2] ?? 1000);
const gaps: number[] = [];
for (const name of process.argv.slice(3)) {
  const dir = name.includes('_') ? 'homberger_200' : 'solomon';
  const file = `/work/shared/bench/vrptw/${dir}/${name}.txt`;
  const inst = parseSolomon(readFileSync(file, 'utf8'));
  const problem = solomonToProblem(inst);
  const matrix = euclideanMatrix(layoutLocations(problem).locations);
  const plan = solveWithMatrix(problem, matrix, { timeLimitMs: limit, seed: 1 });
  const chk = checkSolomonSolution(
    readFileSync(file, 'utf8'),
    plan.routes.map((r) => r.stops.map((s) => Number(s.visitId))),
  );
  if (!chk.feasible) console.log('INFEASIBLE', chk.errors.slice(0, 3));
  const b = bks.get(name.toUpperCase())!;
  const gap = (100 * (plan.distance - b)) / b;
  gaps.push(gap);
  console.log(
    name,
    plan.vehicles,
    plan.distance.toFixed(2),
    b,
    gap.toFixed(2) + '%',
    'unassigned',
    plan.unassigned.length,
    'iters',
    plan.iterations,
    plan.timeMs.toFixed(0),
  );
}
console.log('mean', (gaps.reduce((a, b) => a + b, 0) / gaps.length).toFixed(2));
