import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../common/index.ts';
import { escalationActionSchema, slaMetricSchema } from './policies.ts';

/**
 * The SLA summary stored per order (table `work_order_sla`), recomputed in the same transaction
 * as every change of the order; lists show and sort it without recomputing. Times carry the
 * calendar's offset.
 *
 * `state`: `on_track` (running, no warning rule fired), `warning` (a percent rule fired),
 * `breached` (a target missed), `met` (resolved within its targets), `paused`, `stopped`
 * (cancelled or resolved without a pending target).
 */
export const slaSummaryStateSchema = z.enum(['on_track', 'warning', 'breached', 'met', 'paused', 'stopped']);
export type SlaSummaryState = z.infer<typeof slaSummaryStateSchema>;

export const workOrderSlaSummarySchema = z.object({
  policyId: z.uuid(),
  responseDueAt: z.string().nullable().describe('Null once met, and while paused'),
  resolutionDueAt: z.string().nullable(),
  nextDueAt: z.string().nullable().describe('Earliest pending due time: the "due soonest" sort key'),
  state: slaSummaryStateSchema,
  paused: z.boolean(),
  warned: z.boolean(),
  breached: z.boolean(),
  percentUsed: z
    .number()
    .describe('Of the pending target nearest to its due time (resolution once response is met)'),
  businessTimeUsedMs: z.number(),
  closedOutcome: z
    .enum(['met', 'breached'])
    .nullable()
    .describe('Frozen when the order closes; a later policy change never rewrites it'),
  computedAt: z.string(),
});
export type WorkOrderSlaSummary = z.infer<typeof workOrderSlaSummarySchema>;

/**
 * What a work-order list row carries of the stored summary: what its SLA cell shows (the state,
 * the due times, the percent used, the frozen outcome). The whole summary — policy, flags,
 * business time used, when it was computed — comes with the order (`GET /work-orders/{id}`).
 */
export const workOrderListSlaSchema = workOrderSlaSummarySchema.pick({
  state: true,
  responseDueAt: true,
  resolutionDueAt: true,
  nextDueAt: true,
  percentUsed: true,
  closedOutcome: true,
});
export type WorkOrderListSla = z.infer<typeof workOrderListSlaSchema>;

/** Stable root-cause codes of a breach (texts translated by the UI: `sla.rootCause.<code>`). */
export const breachRootCauseCodeSchema = z.enum([
  'capacity',
  'parts_delay',
  'customer_delay',
  'wrong_priority',
  'planning_error',
  'technical_complexity',
  'third_party',
  'other',
]);
export const breachRootCauseBodySchema = z.strictObject({
  code: breachRootCauseCodeSchema,
  text: z.string().trim().min(1).max(5_000),
});
export type BreachRootCauseBody = z.infer<typeof breachRootCauseBodySchema>;
export const breachRootCauseSchema = z.object({
  workOrderId: z.uuid(),
  code: breachRootCauseCodeSchema,
  text: z.string(),
  recordedBy: z.uuid().nullable(),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type BreachRootCause = z.infer<typeof breachRootCauseSchema>;

/** Corrective / preventive action (CAPA) after a breach. */
export const capaStatusSchema = z.enum(['open', 'done', 'cancelled']);
export const createCapaBodySchema = z.strictObject({
  workOrderId: z.uuid(),
  action: z.string().trim().min(1).max(5_000),
  ownerId: z.uuid().describe('The user responsible'),
  dueDate: z.iso.date({ message: 'invalid_date' }),
});
export type CreateCapaBody = z.infer<typeof createCapaBodySchema>;
export const updateCapaBodySchema = z.strictObject({
  action: z.string().trim().min(1).max(5_000).optional(),
  ownerId: z.uuid().optional(),
  dueDate: z.iso.date({ message: 'invalid_date' }).optional(),
  status: capaStatusSchema.optional(),
  version: z.number().int(),
});
export type UpdateCapaBody = z.infer<typeof updateCapaBodySchema>;
export const capaSchema = z.object({
  id: z.uuid(),
  workOrderId: z.uuid(),
  workOrderNumber: z.string().nullable(),
  action: z.string(),
  ownerId: z.uuid(),
  ownerName: z.string().nullable(),
  dueDate: z.iso.date(),
  status: capaStatusSchema,
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Capa = z.infer<typeof capaSchema>;
export const listCapaQuerySchema = paginationQuerySchema.extend({
  workOrderId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  status: capaStatusSchema.optional(),
  overdue: z.enum(['true', 'false']).optional().describe('true: open and past its due date'),
});
export type ListCapaQuery = z.infer<typeof listCapaQuerySchema>;
export const capaPageSchema = pageOf(capaSchema);

/** A scheduled escalation step of an order and whether it fired. */
export const escalationStepSchema = z.object({
  ruleId: z.string(),
  metric: slaMetricSchema,
  action: escalationActionSchema,
  cycle: z
    .number()
    .int()
    .describe('Increases when the targets are recomputed (reopen); a rule fires once per cycle'),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  outcome: z.string().nullable().describe('What the step did, e.g. "priority P3 → P2"'),
});
export const workOrderWatcherSchema = z.object({
  userId: z.uuid(),
  name: z.string().nullable(),
  ruleId: z.string().nullable(),
  addedAt: z.iso.datetime({ offset: true }),
});

/** `GET /api/v1/work-orders/{id}/sla/record`: the stored summary, steps, watchers and breach record. */
export const workOrderSlaRecordSchema = z.object({
  summary: workOrderSlaSummarySchema.nullable(),
  policyName: z.string().nullable(),
  steps: z.array(escalationStepSchema),
  watchers: z.array(workOrderWatcherSchema),
  rootCause: breachRootCauseSchema.nullable(),
  capaRequired: z.boolean().describe('Breached: closing needs a root cause and a CAPA'),
  capas: z.array(capaSchema),
});
export type WorkOrderSlaRecord = z.infer<typeof workOrderSlaRecordSchema>;
