// Public entry of the push module: other modules import from here only.
export { notifyTechnicianByPush, removalsSince } from './notify.ts';
export { type PushWorker, type PushWorkerOptions, startPushWorker } from './push-worker.ts';
export { loadVapidKeys } from './vapid-keys.ts';
