import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseJsonProblem } from '../formats/json-problem.ts';
import { ParseError } from '../formats/parse-error.ts';
import { parseSolomon, solomonToProblem } from '../formats/solomon.ts';
import { buildMatrix } from '../matrix/build-matrix.ts';
import { euclideanMatrix } from '../matrix/haversine.ts';
import type { Objective } from '../model/problem.ts';
import { solveWithMatrix } from '../solver/solve-compiled.ts';

const USAGE = `usage: usta-route solve FILE [--format solomon|json] [--time-limit S] [--seed N]
                   [--objective distance|vehicles] [--progress]`;

export async function main(argv: string[]): Promise<number> {
  const startedAt = performance.now();
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      'time-limit': { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
      objective: { type: 'string', default: 'distance' },
      progress: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, file] = positionals;
  if (values.help || command !== 'solve' || !file) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const timeLimit = Number(values['time-limit']);
  const seed = Number(values.seed);
  const objective = values.objective as Objective;
  if (!(timeLimit >= 0) || !Number.isInteger(seed) || !['distance', 'vehicles'].includes(objective)) {
    process.stderr.write(`invalid option\n${USAGE}\n`);
    return 2;
  }
  const format = values.format ?? (file.endsWith('.json') ? 'json' : 'solomon');
  const text = readFileSync(file, 'utf8');
  const solomon = format === 'solomon';
  const parsed = solomon ? null : parseJsonProblem(text, file);
  const problem = solomon ? solomonToProblem(parseSolomon(text, file)) : parsed!.problem;
  const matrix = solomon
    ? euclideanMatrix([
        ...problem.technicians.map((t) => t.start),
        ...problem.technicians.map((t) => t.start),
        ...problem.visits.map((v) => v.location),
      ])
    : await buildMatrix(problem, parsed!.matrix);
  const plan = solveWithMatrix(problem, matrix, {
    timeLimitMs: Math.max(0, timeLimit * 1000 - (performance.now() - startedAt)),
    seed,
    objective,
    ...(values.progress
      ? { onProgress: (progress) => process.stderr.write(`${JSON.stringify(progress)}\n`) }
      : {}),
  });
  const routes = plan.routes.map((route) =>
    route.stops.map((stop) => (solomon ? Number(stop.visitId) : stop.visitId)),
  );
  const output = {
    vehicles: plan.vehicles,
    distance: plan.distance,
    routes,
    unassigned: plan.unassigned,
    timeMs: Math.round(performance.now() - startedAt),
    ...(solomon ? {} : { plan: plan.routes }),
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ParseError || error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
