// Public entry of the outbox module: other modules import from here only.
export { EMAIL_TEMPLATES, type EmailTemplate, renderEmail } from './email-templates/index.ts';
export { type EnqueueEmailInput, enqueueEmail } from './enqueue-email.ts';
export { type OutboxWorker, type OutboxWorkerOptions, startOutboxWorker } from './outbox-worker.ts';
