import { idParamsSchema } from '@usta/contracts/common';
import {
  olaKindParamsSchema,
  olaTargetListSchema,
  olaTargetSchema,
  olaTaskListQuerySchema,
  olaTaskListSchema,
  putOlaTargetBodySchema,
} from '@usta/contracts/ola';
import { z } from 'zod';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { completeOlaTask } from './complete-task.ts';
import { listOlaTasks } from './list-tasks.ts';
import { loadOlaTargets, putOlaTarget } from './targets.ts';

export function olaRoutes(app: App, { db }: AppContext) {
  const tags = ['ola'];

  app.get('/api/v1/ola/targets', {
    config: { access: { permission: 'work_order:read_all' } },
    schema: {
      tags,
      summary: 'Internal targets (OLA) per kind: the company’s own or the built-in default',
      response: { 200: olaTargetListSchema },
    },
    handler: async (req) => ({ items: await loadOlaTargets(db, actorOf(req).organizationId) }),
  });

  app.put('/api/v1/ola/targets/:kind', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Set a kind’s internal target and calendar (optimistic version; 0 while the default applies)',
      params: olaKindParamsSchema,
      body: putOlaTargetBodySchema,
      response: { 200: olaTargetSchema },
    },
    handler: (req) => putOlaTarget(db, actorOf(req), req.params.kind, req.body),
  });

  app.get('/api/v1/ola/tasks', {
    config: { access: { permission: 'work_order:read_all' } },
    schema: {
      tags,
      summary: 'Internal target tasks: open ones by due time (a team’s queue), or done ones',
      querystring: olaTaskListQuerySchema,
      response: { 200: olaTaskListSchema },
    },
    handler: (req) => listOlaTasks(db, actorOf(req), req.query),
  });

  app.post('/api/v1/ola/tasks/:id/complete', {
    config: { access: { permission: 'stock:write' } },
    schema: {
      tags,
      summary: 'The warehouse marks a part shipment done; its clock stops',
      params: idParamsSchema,
      response: { 200: z.object({ id: z.uuid(), completedAt: z.string() }) },
    },
    handler: (req) => completeOlaTask(db, actorOf(req), req.params.id),
  });
}
