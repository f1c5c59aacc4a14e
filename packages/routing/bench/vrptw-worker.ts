import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { parseSolomon, solomonToProblem } from '../src/formats/solomon.ts';
import { euclideanMatrix } from '../src/matrix/haversine.ts';
import { layoutLocations } from '../src/model/locations.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';

export interface BenchJob {
  file: string;
  timeLimitMs: number;
  seed: number;
}

export interface BenchAnswer {
  routes: number[][];
  vehicles: number;
  distance: number;
  iterations: number;
  /** Reading, parsing, matrix and solving. */
  wallMs: number;
}

// The solver gets the whole budget minus what reading and parsing took, like the CLI.
parentPort?.on('message', (job: BenchJob) => {
  const startedAt = performance.now();
  const problem = solomonToProblem(parseSolomon(readFileSync(job.file, 'utf8'), job.file));
  const matrix = euclideanMatrix(layoutLocations(problem).locations);
  const plan = solveWithMatrix(problem, matrix, {
    timeLimitMs: Math.max(0, job.timeLimitMs - (performance.now() - startedAt)),
    seed: job.seed,
  });
  const answer: BenchAnswer = {
    routes: plan.routes.map((route) => route.stops.map((stop) => Number(stop.visitId))),
    vehicles: plan.vehicles,
    distance: plan.distance,
    iterations: plan.iterations,
    wallMs: performance.now() - startedAt,
  };
  parentPort?.postMessage(answer);
});
