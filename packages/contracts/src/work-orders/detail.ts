import { WARRANTY_STATUSES } from '@usta/core/work-orders';
import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../common/index.ts';
import { workOrderListSlaSchema, workOrderSlaSummarySchema } from '../sla/order-sla.ts';
import { allowedTransitionSchema } from './transitions.ts';
import { listWorkOrdersQuerySchema, phaseSchema, statusCodeSchema, workOrderSchema } from './work-orders.ts';

/** Path parameter of `GET /work-orders/{idOrNumber}`: an id or a number like `SRV-2026-000123`. */
export const workOrderRefParamsSchema = z.strictObject({
  id: z.union([z.uuid(), z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,9}-\d{4}-\d{1,12}$/u)]),
});

/** The company status of an order, as lists and the detail show it (colour on every row). */
export const statusInfoSchema = z.object({
  code: statusCodeSchema,
  phase: phaseSchema,
  nameTr: z.string(),
  nameEn: z.string(),
  colour: z.string(),
});

/** The whole order with its status names and colour and who it is for (detail, device history). */
export const workOrderViewSchema = workOrderSchema.extend({
  statusInfo: statusInfoSchema,
  customerName: z.string().describe('As recorded when the order was opened'),
  deviceType: z.string().nullable(),
  sla: workOrderSlaSummarySchema.nullable().optional().describe('The stored SLA summary (issue 4)'),
});
export type WorkOrderView = z.infer<typeof workOrderViewSchema>;

/**
 * What a list row carries: the order's identity, parties, classification, status, people and
 * dates — everything the list shows, filters or sorts on. The technician's texts, custom codes,
 * links and the edit version are read with the order (`GET /work-orders/{id}`): a page of 50
 * does not carry 50 diagnoses (docs/decisions/0008); of the SLA summary, what the SLA cell shows.
 */
export const workOrderListItemSchema = workOrderViewSchema
  .omit({
    serviceAddressId: true,
    resumePhase: true,
    diagnosis: true,
    workDone: true,
    resolutionCode: true,
    approvalId: true,
    customCodes: true,
    parentId: true,
    relatedIds: true,
    mergedIntoId: true,
    version: true,
  })
  .extend({
    sla: workOrderListSlaSchema
      .nullable()
      .optional()
      .describe('What the list shows of the stored SLA summary'),
  });
export type WorkOrderListItem = z.infer<typeof workOrderListItemSchema>;
export const workOrderListPageSchema = pageOf(workOrderListItemSchema);

export const activityKindSchema = z.enum([
  'created',
  'status_change',
  'note',
  'time_entry',
  'edit',
  'assignment',
  'approval',
  'merge',
  'link',
]);
export const activityVisibilitySchema = z.enum(['internal', 'customer']);

/** Hareket: one event on an order, with who, when, start and end and a description. */
export const activitySchema = z.object({
  id: z.uuid(),
  workOrderId: z.uuid().describe('Differs from the order asked for when it came from a merged duplicate'),
  kind: activityKindSchema,
  visibility: activityVisibilitySchema,
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  occurredAt: z.iso.datetime({ offset: true }),
  startedAt: z.iso.datetime({ offset: true }).nullable(),
  endedAt: z.iso.datetime({ offset: true }).nullable(),
  description: z.string().nullable(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type Activity = z.infer<typeof activitySchema>;
export const activityPageSchema = pageOf(activitySchema);
export const listActivitiesQuerySchema = paginationQuerySchema;

/** `POST /work-orders/{id}/activities`: a note or a time entry (status changes go through transitions). */
export const addActivityBodySchema = z
  .strictObject({
    kind: z.enum(['note', 'time_entry']),
    description: z.string().trim().min(1).max(10_000),
    visibility: activityVisibilitySchema.default('internal'),
    startedAt: z.iso.datetime({ offset: true }).optional(),
    endedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'time_entry' && (!body.startedAt || !body.endedAt)) {
      ctx.addIssue({ code: 'custom', message: 'required', path: [body.startedAt ? 'endedAt' : 'startedAt'] });
    }
    if (body.startedAt && body.endedAt && Date.parse(body.endedAt) < Date.parse(body.startedAt)) {
      ctx.addIssue({ code: 'custom', message: 'end_before_start', path: ['endedAt'] });
    }
  });
export type AddActivityBody = z.infer<typeof addActivityBodySchema>;

const warrantyStatusSchema = z.enum(WARRANTY_STATUSES);

/** `GET /work-orders/{id}`: the order with everything the detail page shows. */
export const workOrderDetailSchema = workOrderViewSchema.extend({
  customer: z
    .object({
      id: z.uuid(),
      name: z.string(),
      type: z.string(),
      representativeId: z.uuid().nullable(),
    })
    .nullable(),
  device: z
    .object({
      id: z.uuid(),
      brand: z.string(),
      model: z.string(),
      deviceType: z.string(),
      serialNumber: z.string().nullable(),
      warrantyStart: z.string().nullable(),
      warrantyEnd: z.string().nullable(),
      warrantyStatus: warrantyStatusSchema.describe('On today’s date in Istanbul'),
    })
    .nullable(),
  allowedTransitions: z.array(allowedTransitionSchema).describe('What this user may move the order to now'),
  activities: z.array(activitySchema).describe('The timeline, newest first (at most 200)'),
  mergedInto: z
    .object({ id: z.uuid(), number: z.string() })
    .nullable()
    .describe('Set when this order was merged: the survivor to go to'),
  children: z.array(z.object({ id: z.uuid(), number: z.string(), status: z.string() })),
});
export type WorkOrderDetail = z.infer<typeof workOrderDetailSchema>;

export const createWarningSchema = z.object({
  code: z.literal('OPEN_ORDER_FOR_DEVICE'),
  workOrderId: z.uuid(),
  number: z.string(),
});

/** `POST /work-orders` answers the new order and warnings (it still opens it). */
export const createWorkOrderResultSchema = workOrderSchema.extend({
  warnings: z.array(createWarningSchema),
});

/** `PUT /work-orders/{id}/assignment` (planner): team and technicians, the first one leads. */
export const assignWorkOrderBodySchema = z.strictObject({
  technicianIds: z.array(z.uuid()).max(10),
  teamId: z.uuid().nullable().optional(),
  version: z.number().int().optional(),
});
export type AssignWorkOrderBody = z.infer<typeof assignWorkOrderBodySchema>;

export const approvalMethodSchema = z.enum(['signature', 'qr', 'quote']);

/** `POST /work-orders/{id}/approvals`: the customer approved the work. */
export const recordApprovalBodySchema = z.strictObject({
  method: approvalMethodSchema,
  approvedBy: z.string().trim().min(1).max(200).describe('Who approved, as they signed'),
  reference: z.string().trim().max(200).optional().describe('Quote number, QR token or signature file id'),
  note: z.string().trim().max(5_000).optional(),
});
export type RecordApprovalBody = z.infer<typeof recordApprovalBodySchema>;

export const approvalSchema = z.object({
  id: z.uuid(),
  workOrderId: z.uuid(),
  method: approvalMethodSchema,
  approvedBy: z.string(),
  reference: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});

/** `GET /work-orders/counts`: tab counts by status under the same filters as the list. */
export const statusCountsSchema = z.object({
  items: z.array(statusInfoSchema.extend({ count: z.number().int() })),
  total: z.number().int(),
});

/** Saved list filters per user: the list's own query parameters. */
export const savedViewBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});
export const savedViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  createdAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export const savedViewListSchema = z.object({ items: z.array(savedViewSchema) });

/** `GET /devices/{id}/history`: every order of a device with a summary of its activities. */
export const deviceHistorySchema = z.object({
  deviceId: z.uuid(),
  items: z.array(
    workOrderViewSchema.extend({
      activityCount: z.number().int(),
      lastActivityAt: z.iso.datetime({ offset: true }).nullable(),
      lastActivity: z.string().nullable().describe('The description of the latest activity'),
    }),
  ),
});

/** The list's query: the contract's filters plus device type and requested-date ranges. */
export const listWorkOrdersFullQuerySchema = listWorkOrdersQuerySchema.extend({
  deviceType: z.string().max(100).optional(),
  requestedFrom: z.iso.date().optional(),
  requestedTo: z.iso.date().optional(),
  closedFrom: z.iso.datetime({ offset: true }).optional(),
  closedTo: z.iso.datetime({ offset: true }).optional(),
});
export type ListWorkOrdersFullQuery = z.infer<typeof listWorkOrdersFullQuerySchema>;
/** The list's filters; `status` is accepted and ignored (the tabs count every status). */
export const countWorkOrdersQuerySchema = listWorkOrdersFullQuerySchema.omit({
  cursor: true,
  limit: true,
  sort: true,
});
