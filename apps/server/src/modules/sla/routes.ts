import { idParamsSchema, paginationQuerySchema } from '@usta/contracts/common';
import {
  breachRootCauseBodySchema,
  breachRootCauseSchema,
  capaPageSchema,
  capaSchema,
  createCapaBodySchema,
  createSlaPolicyBodySchema,
  customerIdParamsSchema,
  customerSlaPolicyBodySchema,
  customerSlaPolicyPageSchema,
  customerSlaPolicySchema,
  listCapaQuerySchema,
  slaPolicyListSchema,
  slaPolicySchema,
  slaPreviewBodySchema,
  slaPreviewSchema,
  updateCapaBodySchema,
  updateSlaPolicyBodySchema,
  workOrderSlaRecordSchema,
  workOrderSlaSchema,
} from '@usta/contracts/sla';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import {
  createCapa,
  getWorkOrderSlaRecord,
  listCapas,
  recordRootCause,
  updateCapa,
} from './breach-review.ts';
import { listCustomerPolicies, setCustomerPolicy } from './customer-policies.ts';
import { slaCustomerPolicyRoutes } from './customer-policy-routes.ts';
import { slaEscalationRoutes } from './escalation-routes.ts';
import { getWorkOrderSla } from './get-work-order-sla.ts';
import { createPolicy, deletePolicy, getPolicy, listPolicies, updatePolicy } from './manage-policies.ts';
import { previewSla } from './preview-sla.ts';

export function slaRoutes(app: App, context: AppContext) {
  const { db } = context;
  const tags = ['sla'];
  slaEscalationRoutes(app, context);
  slaCustomerPolicyRoutes(app, context);
  app.post('/api/v1/sla/preview', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'Response and resolution due times for a priority, before an order exists',
      description:
        'Counts working time on the policy’s business calendar (calendarId overrides it): the clock starts at the first working moment at or after receivedAt; N business days end at the same local time on the N-th following working day. The policy is policyId (or contractId, the same until contracts exist), else the customer’s policy (customerId), else the company default. Times carry the calendar’s offset.',
      body: slaPreviewBodySchema,
      response: { 200: slaPreviewSchema },
    },
    handler: (req) => previewSla(db, actorOf(req), req.body),
  });

  app.get('/api/v1/work-orders/:id/sla', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'An order’s SLA state and its timeline of running and paused intervals',
      description:
        'Computed on request from the order’s recorded events under its policy (the customer’s, else the default) on the policy’s calendar: targets of the current priority measured from the original clock start, every pause kept. Times carry the calendar’s offset; 404 for an order the user may not see.',
      params: idParamsSchema,
      response: { 200: workOrderSlaSchema },
    },
    handler: (req) => getWorkOrderSla(db, actorOf(req), req.params.id),
  });

  app.get('/api/v1/work-orders/:id/sla/record', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'The stored SLA summary, escalation steps, watchers, root cause and CAPAs of an order',
      params: idParamsSchema,
      response: { 200: workOrderSlaRecordSchema },
    },
    handler: (req) => getWorkOrderSlaRecord(db, actorOf(req), req.params.id),
  });

  app.post('/api/v1/work-orders/:id/sla/root-cause', {
    config: { access: { permission: 'work_order:update' } },
    schema: {
      tags,
      summary: 'Record (or replace) the root cause of a breach',
      description: 'A breached order closes only with a root cause and a CAPA that is not cancelled.',
      params: idParamsSchema,
      body: breachRootCauseBodySchema,
      response: { 200: breachRootCauseSchema },
    },
    handler: (req) => recordRootCause(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/capa', {
    config: { access: { permission: 'work_order:read_all' } },
    schema: {
      tags,
      summary: 'Corrective and preventive actions (newest first)',
      querystring: listCapaQuerySchema,
      response: { 200: capaPageSchema },
    },
    handler: (req) => listCapas(db, actorOf(req), req.query),
  });

  app.post('/api/v1/capa', {
    config: { access: { permission: 'work_order:update' } },
    schema: {
      tags,
      summary: 'Add a CAPA to an order',
      body: createCapaBodySchema,
      response: { 201: capaSchema },
    },
    handler: async (req, reply) => reply.status(201).send(await createCapa(db, actorOf(req), req.body)),
  });

  app.patch('/api/v1/capa/:id', {
    config: { access: { permission: 'work_order:update' } },
    schema: {
      tags,
      summary: 'Edit a CAPA or set its status (optimistic concurrency with version)',
      params: idParamsSchema,
      body: updateCapaBodySchema,
      response: { 200: capaSchema },
    },
    handler: (req) => updateCapa(db, actorOf(req), req.params.id, req.body),
  });

  app.get('/api/v1/sla/policies', {
    config: { access: { permission: 'settings:read' } },
    schema: { tags, summary: 'SLA policies (the default first)', response: { 200: slaPolicyListSchema } },
    handler: (req) => listPolicies(db, actorOf(req)),
  });

  app.post('/api/v1/sla/policies', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Create an SLA policy',
      description:
        'Targets for P1–P4, what meets first response and resolution, the clock per phase and status, escalation rules. 400 with the field for targets ≤ 0, a missing priority, an unknown calendar, phase or status.',
      body: createSlaPolicyBodySchema,
      response: { 201: slaPolicySchema },
    },
    handler: async (req, reply) => reply.status(201).send(await createPolicy(db, actorOf(req), req.body)),
  });

  app.get('/api/v1/sla/policies/:id', {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags,
      summary: 'Get an SLA policy',
      params: idParamsSchema,
      response: { 200: slaPolicySchema },
    },
    handler: (req) => getPolicy(db, actorOf(req), req.params.id),
  });

  app.patch('/api/v1/sla/policies/:id', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Edit an SLA policy (optimistic concurrency with version)',
      description:
        'Open orders under the policy are recomputed by the escalation job; closed orders keep their recorded outcome.',
      params: idParamsSchema,
      body: updateSlaPolicyBodySchema,
      response: { 200: slaPolicySchema },
    },
    handler: (req) => updatePolicy(db, actorOf(req), req.params.id, req.body),
  });

  app.delete('/api/v1/sla/policies/:id', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Delete a policy that is neither the default nor assigned',
      params: idParamsSchema,
    },
    handler: async (req, reply) => {
      await deletePolicy(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  });

  app.get('/api/v1/sla/customer-policies', {
    config: { access: { permission: 'settings:read' } },
    schema: {
      tags,
      summary: 'Customers with their own (contract) policy',
      querystring: paginationQuerySchema,
      response: { 200: customerSlaPolicyPageSchema },
    },
    handler: (req) => listCustomerPolicies(db, actorOf(req), req.query),
  });

  app.put('/api/v1/sla/customer-policies/:customerId', {
    config: { access: { permission: 'settings:write' } },
    schema: {
      tags,
      summary: 'Give a customer its contract policy (null: the default again)',
      params: customerIdParamsSchema,
      body: customerSlaPolicyBodySchema,
      response: { 200: customerSlaPolicySchema },
    },
    handler: (req) => setCustomerPolicy(db, actorOf(req), req.params.customerId, req.body.policyId),
  });
}
