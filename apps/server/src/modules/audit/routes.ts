import { auditEventPageSchema, listAuditEventsQuerySchema } from '@usta/contracts/audit';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { listAuditEvents } from './list-audit-events.ts';

export function auditRoutes(app: App, { db }: AppContext) {
  app.get('/api/v1/audit-events', {
    config: { access: { permission: 'audit:read' } },
    schema: {
      tags: ['audit'],
      summary: 'The audit trail, newest first (read-only: no API changes or deletes an event)',
      querystring: listAuditEventsQuerySchema,
      response: { 200: auditEventPageSchema },
    },
    handler: (req) => listAuditEvents(db, actorOf(req), req.query),
  });
}
