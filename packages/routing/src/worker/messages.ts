import type { TravelMatrix } from '../matrix/travel-matrix.ts';
import type { Plan, RoutingProblem, SolveOptions, SolveProgress } from '../model/problem.ts';

export interface WorkerRequest {
  problem: RoutingProblem;
  matrix: TravelMatrix;
  options: Omit<SolveOptions, 'onProgress'> & { reportProgress?: boolean };
  stop: Int32Array;
  initialRoutes?: Record<string, string[]>;
}

export type WorkerReply =
  | { type: 'progress'; progress: SolveProgress }
  | { type: 'result'; plan: Plan }
  | { type: 'error'; message: string };
