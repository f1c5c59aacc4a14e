import { slaPreviewBodySchema, slaPreviewSchema } from '@usta/contracts/sla';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
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
}
