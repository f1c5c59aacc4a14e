import { listOutboxMessagesQuerySchema, outboxMessagePageSchema } from '@usta/contracts/outbox';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { listOutboxMessages } from './list-outbox-messages.ts';

export function outboxRoutes(app: App, { db }: AppContext) {
  app.get('/api/v1/outbox-messages', {
    // Who may read the audit trail may read the message log: both answer "what happened".
    config: { access: { permission: 'audit:read' } },
    schema: {
      tags: ['outbox'],
      summary: 'Every outgoing message (e-mail, later SMS and others) with its delivery state, newest first',
      querystring: listOutboxMessagesQuerySchema,
      response: { 200: outboxMessagePageSchema },
    },
    handler: (req) => listOutboxMessages(db, actorOf(req), req.query),
  });
}
