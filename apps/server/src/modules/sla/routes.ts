import { idParamsSchema } from '@usta/contracts/common';
import { slaPreviewBodySchema, slaPreviewSchema, workOrderSlaSchema } from '@usta/contracts/sla';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { getWorkOrderSla } from './get-work-order-sla.ts';
import { previewSla } from './preview-sla.ts';

export function slaRoutes(app: App, { db }: AppContext) {
  app.post('/api/v1/sla/preview', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags: ['sla'],
      summary: 'Response and resolution due times for a priority, before an order exists',
      description:
        'Counts working time on the given business calendar (the default one when omitted): the clock starts at the first working moment at or after receivedAt; N business days end at the same local time on the N-th following working day. Times carry the calendar’s offset.',
      body: slaPreviewBodySchema,
      response: { 200: slaPreviewSchema },
    },
    handler: (req) => previewSla(db, actorOf(req), req.body),
  });

  app.get('/api/v1/work-orders/:id/sla', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags: ['sla'],
      summary: 'An order’s SLA state and its timeline of running and paused intervals',
      description:
        'Computed on request from the order’s recorded events with the default policy on the company’s default calendar: targets of the current priority measured from the original clock start, every pause kept. Timeline entries name the phase and status that ran, paused or stopped the clock. Times carry the calendar’s offset; 404 for an order the user may not see.',
      params: idParamsSchema,
      response: { 200: workOrderSlaSchema },
    },
    handler: (req) => getWorkOrderSla(db, actorOf(req), req.params.id),
  });
}
