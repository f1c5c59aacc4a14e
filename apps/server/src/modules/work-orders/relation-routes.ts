import { idParamsSchema } from '@usta/contracts/common';
import {
  approvalSchema,
  deviceHistorySchema,
  linkWorkOrderBodySchema,
  mergeWorkOrderBodySchema,
  recordApprovalBodySchema,
  workOrderSchema,
} from '@usta/contracts/work-orders';
import { z } from 'zod';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { READ_ERRORS, WRITE_ERRORS } from '../../http/problem-responses.ts';
import { getDeviceHistory } from './get-device-history.ts';
import { linkWorkOrders, unlinkWorkOrders } from './link-work-orders.ts';
import { mergeWorkOrders } from './merge-work-orders.ts';
import { printServiceForm } from './print-service-form.ts';
import { recordApproval } from './record-approval.ts';

/** Merge, links, the customer's approval record, the printed form and a device's service history. */
export function workOrderRelationRoutes(app: App, { db }: AppContext) {
  const tags = ['work-orders'];

  app.post('/api/v1/work-orders/:id/merge', {
    config: { access: { permission: 'work_order:merge' } },
    schema: {
      tags,
      summary: 'Merge this order (a duplicate) into `survivorId`',
      description:
        'The duplicate ends cancelled with `mergedIntoId`; 409 MERGE_REFUSED with `reason` otherwise.',
      params: idParamsSchema,
      body: mergeWorkOrderBodySchema,
      response: { 200: workOrderSchema, ...WRITE_ERRORS },
    },
    handler: (req) => mergeWorkOrders(db, actorOf(req), req.params.id, req.body),
  });

  app.post('/api/v1/work-orders/:id/links', {
    config: { access: { permission: 'work_order:update' } },
    schema: {
      tags,
      summary: 'Link another order as parent, child or related',
      params: idParamsSchema,
      body: linkWorkOrderBodySchema,
      response: { 200: workOrderSchema, ...WRITE_ERRORS },
    },
    handler: (req) => linkWorkOrders(db, actorOf(req), req.params.id, req.body),
  });

  app.delete('/api/v1/work-orders/:id/links/:otherId', {
    config: { access: { permission: 'work_order:update' } },
    schema: {
      tags,
      summary: 'Remove the link between two orders',
      params: z.strictObject({ id: z.uuid(), otherId: z.uuid() }),
      response: { 200: workOrderSchema, ...WRITE_ERRORS },
    },
    handler: (req) => unlinkWorkOrders(db, actorOf(req), req.params.id, req.params.otherId),
  });

  app.post('/api/v1/work-orders/:id/approvals', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Record the customer’s approval (signature, QR or approved quote)',
      description:
        'Needs work_order:update or work_order:work; the approval lets customer_approval → final_check.',
      params: idParamsSchema,
      body: recordApprovalBodySchema,
      response: { 201: approvalSchema, ...WRITE_ERRORS },
    },
    handler: async (req, reply) =>
      reply.status(201).send(await recordApproval(db, actorOf(req), req.params.id, req.body)),
  });

  app.get('/api/v1/devices/:id/history', {
    config: { access: { permission: 'device:read' } },
    schema: {
      tags: ['devices', 'work-orders'],
      summary: 'A device’s service history: its orders with an activity summary',
      params: idParamsSchema,
      response: { 200: deviceHistorySchema, ...READ_ERRORS },
    },
    handler: (req) => getDeviceHistory(db, actorOf(req), req.params.id),
  });

  app.get('/api/v1/work-orders/:id/service-form.pdf', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'The printable service form (A4 PDF, the company’s layout)',
      params: idParamsSchema,
    },
    handler: async (req, reply) => {
      const pdf = await printServiceForm(db, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', 'inline; filename="service-form.pdf"')
        .send(pdf);
    },
  });
}
