import { idParamsSchema } from '@usta/contracts/common';
import { workOrderEscalationsSchema } from '@usta/contracts/sla';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { listOrderEscalations } from './list-order-escalations.ts';

/** The escalation panel of the work-order detail page (read-only). */
export function slaEscalationRoutes(app: App, { db }: AppContext) {
  app.get('/api/v1/work-orders/:id/sla/escalations', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags: ['sla'],
      summary: 'An order’s escalation steps (scheduled and fired) and its watchers',
      description:
        'One entry per rule and cycle of the order’s policy: the rule (threshold, recipients), when it is due, when it fired and what it did (priority raised, notified, watchers added, team changed, skipped). Times carry the calendar’s offset; 404 for an order the user may not see.',
      params: idParamsSchema,
      response: { 200: workOrderEscalationsSchema },
    },
    handler: (req) => listOrderEscalations(db, actorOf(req), req.params.id),
  });
}
