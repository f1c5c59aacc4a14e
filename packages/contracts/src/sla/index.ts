import { z } from 'zod';

export * from './escalations.ts';
export * from './order-sla.ts';
export * from './policies.ts';

export const prioritySchema = z.enum(['P1', 'P2', 'P3', 'P4']);

export const slaPreviewBodySchema = z.strictObject({
  priority: prioritySchema,
  calendarId: z.uuid().optional().describe('Overrides the policy’s calendar'),
  policyId: z.uuid().optional().describe('A stored policy; the company default when left out'),
  contractId: z
    .uuid()
    .optional()
    .describe('A contract’s policy id (contracts are not a module yet): the same as policyId'),
  customerId: z.uuid().optional().describe('Use the policy assigned to this customer'),
  receivedAt: z.iso.datetime({ offset: true, message: 'invalid_datetime' }),
});

export const slaPreviewSchema = z.object({
  priority: prioritySchema,
  policyId: z.string().optional(),
  calendarId: z.uuid(),
  timeZone: z.string(),
  receivedAt: z.string(),
  clockStartsAt: z.string().describe('The first working moment at or after receivedAt'),
  responseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  targets: z.object({
    firstResponse: z.object({ amount: z.number(), unit: z.string() }).nullable(),
    resolution: z.object({ amount: z.number(), unit: z.string() }).nullable(),
  }),
});
export type SlaPreview = z.infer<typeof slaPreviewSchema>;

const clockModeSchema = z.enum(['running', 'paused', 'stopped']);
const slaTargetStateSchema = z.object({
  metric: z.enum(['firstResponse', 'resolution']),
  target: z.object({ amount: z.number(), unit: z.string() }),
  targetMs: z.number().describe('The target as working time in ms'),
  usedMs: z.number(),
  remainingMs: z.number().describe('Negative once breached'),
  percentUsed: z.number(),
  dueAt: z.string().nullable().describe('Null while the clock is paused or stopped before the target'),
  metAt: z.string().nullable(),
  breached: z.boolean(),
  status: z.enum(['pending', 'met', 'breached']),
});

export const workOrderSlaSchema = z.object({
  workOrderId: z.uuid(),
  policyId: z.string(),
  calendarId: z.uuid(),
  timeZone: z.string(),
  priority: prioritySchema,
  receivedAt: z.string(),
  clockStartedAt: z.string().describe('The first working moment at or after receivedAt'),
  clock: clockModeSchema,
  phase: z.string(),
  status: z.string().nullable(),
  businessTimeUsedMs: z.number(),
  firstResponse: slaTargetStateSchema.nullable(),
  resolution: slaTargetStateSchema.nullable(),
  nextDueAt: z.string().nullable(),
  breached: z.boolean(),
  pausedIntervals: z.array(
    z.object({
      start: z.string(),
      end: z.string().nullable(),
      phase: z.string().describe('The reason: the phase the order waited in'),
      status: z.string().nullable(),
    }),
  ),
  priorityChanges: z.array(z.object({ at: z.string(), priority: prioritySchema })),
  timeline: z.array(
    z.object({
      start: z.string(),
      end: z.string().nullable().describe('Null: still open'),
      clock: clockModeSchema,
      phase: z.string().describe('Why the clock is in this mode: the phase and status of the order'),
      status: z.string().nullable(),
      businessTimeMs: z.number(),
    }),
  ),
  computedAt: z.string(),
});
export type WorkOrderSla = z.infer<typeof workOrderSlaSchema>;
