import type { MatrixSpec } from './formats/json-problem.ts';
import { buildMatrix } from './matrix/build-matrix.ts';
import type { MatrixProvider, TravelMatrix } from './matrix/travel-matrix.ts';
import type { Plan, RoutingProblem, SolveOptions } from './model/problem.ts';
import { solveWithMatrix } from './solver/solve-compiled.ts';

export interface SolveRoutingOptions extends SolveOptions {
  /** Travel source: a provider, a spec from the JSON format, or a prebuilt matrix. Haversine by default. */
  matrix?: MatrixProvider | MatrixSpec | TravelMatrix;
}

/** Solve on the calling thread. Prefer `solveInWorker` inside a server. */
export async function solveRouting(
  problem: RoutingProblem,
  options: SolveRoutingOptions = {},
): Promise<Plan> {
  const matrix = await resolveMatrix(problem, options.matrix);
  return solveWithMatrix(problem, matrix, options);
}

export async function resolveMatrix(
  problem: RoutingProblem,
  source: SolveRoutingOptions['matrix'],
): Promise<TravelMatrix> {
  if (source && typeof source === 'object' && 'distances' in source) return source;
  return buildMatrix(problem, source);
}
