// Public entry of the outbox module: other modules import from here only.
export { EMAIL_TEMPLATES, type EmailTemplate, renderEmail } from './email-templates/index.ts';
export { type EnqueueEmailInput, enqueueEmail, enqueueEmails } from './enqueue-email.ts';
// For channel workers outside this module (modules/push claims channel 'push' rows).
export { type EnqueuePushInput, enqueuePushMessage, listPushMessagesSince } from './enqueue-push.ts';
export { claimDueMessages, markFailed, markSent, type OutboxRow } from './outbox-repository.ts';
export { type OutboxWorker, type OutboxWorkerOptions, startOutboxWorker } from './outbox-worker.ts';
export { DEFAULT_RETRY, nextAttemptAt, type RetryPolicy } from './retry-policy.ts';
