import { Worker } from 'node:worker_threads';

/**
 * A worker thread running a TypeScript file through a small .mjs bootstrap that registers tsx
 * first (Node 20 does not apply `--import` loaders to a worker's entry file).
 */
export function createTsWorker(file: URL): Worker {
  return new Worker(new URL('./ts-bootstrap.mjs', import.meta.url), { workerData: { entry: file.href } });
}
