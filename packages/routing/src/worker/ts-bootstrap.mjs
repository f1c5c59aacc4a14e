// Worker entry that registers tsx before loading the TypeScript module named in workerData:
// Node 20 does not apply `--import` loaders to a worker's own entry file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
