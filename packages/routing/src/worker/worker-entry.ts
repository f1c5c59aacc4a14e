import { parentPort } from 'node:worker_threads';
import { solveWithMatrix } from '../solver/solve-compiled.ts';
import type { WorkerReply, WorkerRequest } from './messages.ts';

parentPort?.once('message', (request: WorkerRequest) => {
  const port = parentPort!;
  try {
    const { reportProgress, ...options } = request.options;
    const plan = solveWithMatrix(
      request.problem,
      request.matrix,
      {
        ...options,
        ...(reportProgress
          ? {
              onProgress: (progress) =>
                port.postMessage({ type: 'progress', progress } satisfies WorkerReply),
            }
          : {}),
      },
      {
        stopFlag: request.stop,
        ...(request.initialRoutes ? { initialRoutes: new Map(Object.entries(request.initialRoutes)) } : {}),
      },
    );
    port.postMessage({ type: 'result', plan } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply);
  }
});
