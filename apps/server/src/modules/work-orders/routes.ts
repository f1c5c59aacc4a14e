import { idParamsSchema } from '@usta/contracts/common';
import {
  activityPageSchema,
  activitySchema,
  addActivityBodySchema,
  allowedTransitionsSchema,
  assignWorkOrderBodySchema,
  countWorkOrdersQuerySchema,
  createWorkOrderBodySchema,
  createWorkOrderResultSchema,
  listActivitiesQuerySchema,
  listWorkOrdersFullQuerySchema,
  statusCountsSchema,
  transitionRefusedSchema,
  transitionWorkOrderBodySchema,
  updateWorkOrderBodySchema,
  workOrderDetailSchema,
  workOrderListPageSchema,
  workOrderRefParamsSchema,
  workOrderSchema,
} from '@usta/contracts/work-orders';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import {
  CREATE_ERRORS,
  LIST_ERRORS,
  problemResponses,
  READ_ERRORS,
  WRITE_ERRORS,
} from '../../http/problem-responses.ts';

/** A refused move answers its reason and the statuses this user may choose now. */
const TRANSITION_ERRORS = problemResponses([400, 401, 403, 404, 409, 422], {
  403: transitionRefusedSchema,
  409: transitionRefusedSchema,
});

import { fastSerializerCompiler } from '../../http/fast-serializer.ts';
import { addActivity } from './add-activity.ts';
import { assignWorkOrder } from './assign-work-order.ts';
import { countWorkOrdersByStatus } from './count-work-orders-by-status.ts';
import { WorkOrderCreateQueue } from './create-queue.ts';
import { getWorkOrder } from './get-work-order.ts';
import { listAllowedTransitions } from './list-allowed-transitions.ts';
import { listWorkOrderActivities } from './list-work-order-activities.ts';
import { listWorkOrders } from './list-work-orders.ts';
import { workOrderRelationRoutes } from './relation-routes.ts';
import { workOrderSettingsRoutes } from './settings-routes.ts';
import { transitionWorkOrder } from './transition-work-order.ts';
import { updateWorkOrder } from './update-work-order.ts';

/**
 * The work order itself: list, tabs, create, detail, edit, lifecycle and timeline.
 * Reads need `work_order:read`; the row rule (technicians see only their orders) is applied in
 * every use case. Edits, transitions and notes are open to readers at the route and decided in
 * the use case, because desk staff (`work_order:update`) and technicians (`work_order:work`)
 * hold different permissions for the same action.
 */
export function workOrderRoutes(app: App, context: AppContext) {
  const { db } = context;
  const tags = ['work-orders'];
  const creates = new WorkOrderCreateQueue(db);
  // One entry in ROUTE_MODULES for the whole module; the other route files register from here.
  workOrderRelationRoutes(app, context);
  workOrderSettingsRoutes(app, context);

  app.get('/api/v1/work-orders', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'List work orders (filters, free text, sort, cursor)',
      querystring: listWorkOrdersFullQuerySchema,
      response: { 200: workOrderListPageSchema, ...LIST_ERRORS },
    },
    // The hottest read: a page of 50 orders written by a serializer compiled once.
    serializerCompiler: fastSerializerCompiler,
    handler: (req) => listWorkOrders(db, actorOf(req), req.query),
  });

  app.get('/api/v1/work-orders/counts', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Tab counts by status under the list filters',
      querystring: countWorkOrdersQuerySchema,
      response: { 200: statusCountsSchema, ...LIST_ERRORS },
    },
    handler: (req) => countWorkOrdersByStatus(db, actorOf(req), req.query),
  });

  app.post('/api/v1/work-orders', {
    config: { access: { permission: 'work_order:create' } },
    schema: {
      tags,
      summary: 'Open a work order',
      description: 'Answers `warnings` (e.g. OPEN_ORDER_FOR_DEVICE) but opens the order anyway.',
      body: createWorkOrderBodySchema,
      response: { 201: createWorkOrderResultSchema, ...CREATE_ERRORS },
    },
    handler: async (req, reply) => reply.status(201).send(await creates.create(actorOf(req), req.body)),
  });

  app.get('/api/v1/work-orders/:id', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'A work order by id or number, with its timeline and allowed transitions',
      params: workOrderRefParamsSchema,
      response: { 200: workOrderDetailSchema, ...READ_ERRORS },
    },
    handler: (req) => getWorkOrder(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/work-orders/:id', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Edit a work order (optimistic concurrency: 409 with `current` when stale)',
      description:
        'Desk staff (work_order:update) edit everything; technicians (work_order:work) only diagnosis, work done, resolution and custom codes; technicians and team need work_order:assign.',
      params: idParamsSchema,
      body: updateWorkOrderBodySchema,
      response: { 200: workOrderSchema, ...WRITE_ERRORS },
    },
    handler: (req) => updateWorkOrder(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/work-orders/:id/transitions', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'The statuses this user may move the order to now',
      params: idParamsSchema,
      response: { 200: allowedTransitionsSchema, ...READ_ERRORS },
    },
    handler: (req) => listAllowedTransitions(db, actorOf(req), req.params.id),
  });

  app.post('/api/v1/work-orders/:id/transitions', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Move the order to a company status',
      description:
        'Refused with 409 (403 for FORBIDDEN) and `code` INVALID_TRANSITION, APPROVAL_REQUIRED, DIAGNOSIS_REQUIRED, WORK_DONE_REQUIRED or REASON_REQUIRED, plus `allowedTransitions`.',
      params: idParamsSchema,
      body: transitionWorkOrderBodySchema,
      response: { 200: workOrderSchema, ...TRANSITION_ERRORS },
    },
    handler: (req) => transitionWorkOrder(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/work-orders/:id/activities', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'The timeline (hareketler), newest first, merged duplicates included',
      params: idParamsSchema,
      querystring: listActivitiesQuerySchema,
      response: { 200: activityPageSchema, ...READ_ERRORS },
    },
    handler: (req) => listWorkOrderActivities(db, actorOf(req), req.params.id, req.query),
  });

  app.post('/api/v1/work-orders/:id/activities', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Add a note or a time entry',
      params: idParamsSchema,
      body: addActivityBodySchema,
      response: { 201: activitySchema, ...WRITE_ERRORS },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await addActivity(db, actorOf(req), req.params.id, req.body)),
  });

  app.put('/api/v1/work-orders/:id/assignment', {
    config: { access: { permission: 'work_order:assign' } },
    schema: {
      tags,
      summary: 'Assign technicians (the first leads) and a team; e-mails the newly assigned',
      params: idParamsSchema,
      body: assignWorkOrderBodySchema,
      response: { 200: workOrderSchema, ...WRITE_ERRORS },
    },
    handler: (req) => assignWorkOrder(db, actorOf(req), req.params.id, req.body),
  });
}
