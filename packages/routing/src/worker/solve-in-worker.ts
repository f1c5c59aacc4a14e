import type { Plan, RoutingProblem, SolveProgress } from '../model/problem.ts';
import { resolveMatrix, type SolveRoutingOptions } from '../solve.ts';
import type { WorkerReply, WorkerRequest } from './messages.ts';
import { createTsWorker } from './ts-worker.ts';

export interface WorkerSolveOptions extends SolveRoutingOptions {
  /** Abort stops the search and resolves with the best plan found so far. */
  signal?: AbortSignal;
  /** Start from these routes (technician id → visit ids in order). */
  initialRoutes?: Record<string, string[]>;
}

/**
 * Solve in a worker thread so the caller's event loop never blocks. The travel matrix is built
 * here (it may need the network) and handed over without copying.
 */
export async function solveInWorker(
  problem: RoutingProblem,
  options: WorkerSolveOptions = {},
): Promise<Plan> {
  const matrix = await resolveMatrix(problem, options.matrix);
  const stop = new Int32Array(new SharedArrayBuffer(4));
  const worker = createTsWorker(new URL('./worker-entry.ts', import.meta.url));
  const { signal, onProgress, matrix: _source, initialRoutes, ...plain } = options;
  const request: WorkerRequest = {
    problem,
    matrix: { size: matrix.size, distances: matrix.distances, durations: matrix.durations },
    options: { ...plain, ...(onProgress ? { reportProgress: true } : {}) },
    stop,
    ...(initialRoutes ? { initialRoutes } : {}),
  };
  const onAbort = () => Atomics.store(stop, 0, 1);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await new Promise<Plan>((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'progress') onProgress?.(reply.progress as SolveProgress);
        else if (reply.type === 'result') resolve(reply.plan);
        else reject(new Error(reply.message));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`routing worker exited with code ${code}`)));
      worker.postMessage(request);
    });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
  }
}
