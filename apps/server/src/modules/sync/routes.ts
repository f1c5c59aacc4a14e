import {
  confirmationParamsSchema,
  confirmBodySchema,
  customerConfirmationSchema,
  syncBatchBodySchema,
  syncBatchResultSchema,
  syncChangesQuerySchema,
  syncChangesSchema,
} from '@usta/contracts/sync';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { confirmByCustomer, getConfirmation } from './confirm-customer.ts';
import { getChanges } from './get-changes.ts';
import { syncCommands } from './sync-commands.ts';

/** Room for a batch of 500 commands with a few signatures as data URLs. */
const BATCH_BODY_LIMIT = 8 * 1024 * 1024;

export function syncRoutes(app: App, { db }: AppContext) {
  const tags = ['sync'];

  app.post('/api/v1/sync/commands', {
    config: { access: { permission: 'work_order:work' } },
    bodyLimit: BATCH_BODY_LIMIT,
    schema: {
      tags,
      summary: 'Apply the field app’s queued commands, each once (docs/field-sync.md)',
      description:
        'Commands are applied in order, each in its own transaction: a rejected or unreadable command is answered on its own and the rest still apply. A command id seen before (kept at least 30 days) answers `duplicate` with the first result and changes nothing. `retryable: true` (INTERNAL_ERROR) means nothing was recorded: keep it queued.',
      body: syncBatchBodySchema,
      response: { 200: syncBatchResultSchema },
    },
    handler: (req) => syncCommands(db, actorOf(req), req.body.commands),
  });

  app.get('/api/v1/sync/changes', {
    config: { access: { permission: 'work_order:work' } },
    schema: {
      tags,
      summary: 'The technician’s day: assigned open orders, notifications and van stock',
      querystring: syncChangesQuerySchema,
      response: { 200: syncChangesSchema },
    },
    handler: (req) => getChanges(db, actorOf(req), req.query.since),
  });

  app.get('/api/v1/public/confirmations/:token', {
    config: { access: { public: true } },
    schema: {
      tags,
      summary: 'What the customer confirms with the QR code (no login; the token is the key)',
      params: confirmationParamsSchema,
      response: { 200: customerConfirmationSchema },
    },
    handler: (req) => getConfirmation(db, req.params.token),
  });

  app.post('/api/v1/public/confirmations/:token', {
    config: { access: { public: true } },
    schema: {
      tags,
      summary: 'The customer confirms the work (records the approval, method qr; once)',
      params: confirmationParamsSchema,
      body: confirmBodySchema,
      response: { 200: customerConfirmationSchema },
    },
    handler: (req) => confirmByCustomer(db, req.params.token, req.body.name),
  });
}
