import { LEVELS, PHASES, PRIORITIES, WORK_ORDER_CHANNELS, WORK_ORDER_TYPES } from '@usta/core/work-orders';
import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../common/index.ts';
import { newDeviceBodySchema } from '../devices/index.ts';

export const workOrderChannelSchema = z.enum(WORK_ORDER_CHANNELS);
export const workOrderTypeSchema = z.enum(WORK_ORDER_TYPES);
export const phaseSchema = z.enum(PHASES);
export const prioritySchema = z.enum(PRIORITIES);
export const impactSchema = z.enum(LEVELS);
export const urgencySchema = z.enum(LEVELS);

/** `SRV-2026-000123`: prefix, year, six-digit sequence (gap-free per organisation and year). */
export const workOrderNumberSchema = z.string().regex(/^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{6,}$/u);

/** A company status code, e.g. `to_plan`; see `workOrderStatusDefinitionSchema`. */
export const statusCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/u, { message: 'invalid_status_code' });

/** Company-defined codes (seed 002 "özel kod"): code name → chosen value. */
export const customCodesSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_]{0,39}$/u, { message: 'invalid_custom_code' }),
  z.string().trim().min(1).max(100),
);

const text = (max: number) => z.string().trim().min(1).max(max);
const ids = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate_id' });

const editableFields = {
  contactId: z.uuid().nullable().optional(),
  deviceId: z.uuid().nullable().optional(),
  serviceAddressId: z.uuid().nullable().optional().describe('One of the customer’s addresses'),
  complaint: text(5_000).describe('Müşteri şikayeti, as the customer put it'),
  categoryId: z.uuid().nullable().optional().describe('A node of the company’s category tree'),
  impact: impactSchema.nullable().optional(),
  urgency: urgencySchema.nullable().optional(),
  priority: prioritySchema
    .optional()
    .describe('Overrides the matrix; when left out, impact × urgency decide (P3 without them)'),
  requestedDate: z.iso.date({ message: 'invalid_date' }).nullable().optional(),
  teamId: z.uuid().nullable().optional(),
  technicianIds: ids(10).optional().describe('Assigned technicians, the first one leads'),
  tags: z.array(text(40)).max(30).optional(),
  customCodes: customCodesSchema.optional(),
};

interface ImpactUrgency {
  impact?: string | null | undefined;
  urgency?: string | null | undefined;
}

/**
 * Impact and urgency only make a priority together; half a pair on a new order is a mistake on
 * the form. (An update may send one of them: the server pairs it with the stored other.)
 */
function requireImpactWithUrgency(body: ImpactUrgency, ctx: z.RefinementCtx): void {
  const hasImpact = body.impact != null;
  const hasUrgency = body.urgency != null;
  if (hasImpact && !hasUrgency) {
    ctx.addIssue({ code: 'custom', message: 'urgency_required', path: ['urgency'], input: body.urgency });
  }
  if (hasUrgency && !hasImpact) {
    ctx.addIssue({ code: 'custom', message: 'impact_required', path: ['impact'], input: body.impact });
  }
}

export const createWorkOrderBodySchema = z
  .strictObject({
    customerId: z.uuid(),
    channel: workOrderChannelSchema,
    type: workOrderTypeSchema,
    ...editableFields,
    newDevice: newDeviceBodySchema
      .optional()
      .describe('A device not in the registry yet; the server registers it for the customer'),
    status: statusCodeSchema
      .optional()
      .describe('Initial status; the company’s first intake status when left out'),
    parentId: z.uuid().optional(),
    relatedIds: ids(20).optional(),
  })
  .superRefine(requireImpactWithUrgency)
  .superRefine((body, ctx) => {
    if (body.deviceId && body.newDevice) {
      ctx.addIssue({
        code: 'custom',
        message: 'device_or_new_device',
        path: ['newDevice'],
        input: body.newDevice,
      });
    }
  });
export type CreateWorkOrderBody = z.infer<typeof createWorkOrderBodySchema>;

/**
 * A partial edit of the order's data. The status is not here: it changes only through
 * `POST /work-orders/{id}/transitions`, where the lifecycle rules run.
 */
export const updateWorkOrderBodySchema = z.strictObject({
  ...editableFields,
  complaint: editableFields.complaint.optional(),
  diagnosis: text(10_000).nullable().optional().describe('Teknisyen tespiti'),
  workDone: text(10_000).nullable().optional().describe('Yapılan işler'),
  resolutionCode: z.string().trim().min(1).max(40).nullable().optional(),
  version: z.number().int().describe('The version the edit was made against (optimistic concurrency)'),
});
export type UpdateWorkOrderBody = z.infer<typeof updateWorkOrderBodySchema>;

export const workOrderSchema = z.object({
  id: z.uuid(),
  number: workOrderNumberSchema,
  customerId: z.uuid(),
  contactId: z.uuid().nullable(),
  deviceId: z.uuid().nullable(),
  serviceAddressId: z.uuid().nullable(),
  channel: workOrderChannelSchema,
  type: workOrderTypeSchema,
  complaint: z.string(),
  categoryId: z.uuid().nullable(),
  impact: impactSchema.nullable(),
  urgency: urgencySchema.nullable(),
  priority: prioritySchema,
  status: statusCodeSchema,
  phase: phaseSchema,
  resumePhase: phaseSchema.nullable().describe('Where a waiting order goes back to'),
  diagnosis: z.string().nullable(),
  workDone: z.string().nullable(),
  resolutionCode: z.string().nullable(),
  approvalId: z.uuid().nullable().describe('The customer’s approval record, once given'),
  requestedDate: z.iso.date().nullable(),
  teamId: z.uuid().nullable(),
  technicianIds: z.array(z.uuid()),
  tags: z.array(z.string()),
  customCodes: z.record(z.string(), z.string()),
  parentId: z.uuid().nullable(),
  relatedIds: z.array(z.uuid()),
  mergedIntoId: z.uuid().nullable().describe('Set on a duplicate merged into another order'),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type WorkOrder = z.infer<typeof workOrderSchema>;

/** `?phase=on_site` or `?phase=on_site&phase=final_check`; always an array after parsing. */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z
    .union([item, z.array(item).max(50)])
    .transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]))
    .optional();
}

export const workOrderSortSchema = z.enum([
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'number',
  '-number',
  'priority',
  '-priority',
  'requestedDate',
  '-requestedDate',
  'customerName',
  '-customerName',
  'slaDue',
]);

export const listWorkOrdersQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional().describe('Number, customer, device serial or complaint; Turkish-aware'),
  status: oneOrMany(statusCodeSchema),
  phase: oneOrMany(phaseSchema),
  priority: oneOrMany(prioritySchema),
  channel: oneOrMany(workOrderChannelSchema),
  type: oneOrMany(workOrderTypeSchema),
  open: z.enum(['true', 'false']).optional().describe('true: not closed or cancelled'),
  customerId: z.uuid().optional(),
  deviceId: z.uuid().optional(),
  categoryId: z.uuid().optional(),
  teamId: z.uuid().optional(),
  technicianId: z.uuid().optional(),
  tag: z.string().max(40).optional(),
  createdFrom: z.iso.datetime({ offset: true }).optional(),
  createdTo: z.iso.datetime({ offset: true }).optional(),
  sort: workOrderSortSchema.default('-createdAt'),
});
export type ListWorkOrdersQuery = z.infer<typeof listWorkOrdersQuerySchema>;

export const workOrderPageSchema = pageOf(workOrderSchema);
