import { STAFF_ROLES } from '@usta/core/access';
import { PHASES } from '@usta/core/work-orders';
import { z } from 'zod';
import { pageOf } from '../common/index.ts';

/**
 * SLA policies as the API stores and edits them (`/api/v1/sla/policies`). Names are snake_case
 * on the wire; the server maps them onto the engine's `SlaPolicy` (`@usta/core/sla`).
 */

export const slaPrioritySchema = z.enum(['P1', 'P2', 'P3', 'P4']);
export const slaMetricSchema = z.enum(['firstResponse', 'resolution']);
export const clockModeSchema = z.enum(['running', 'paused', 'stopped']);
export const targetUnitSchema = z.enum(['minutes', 'hours', 'businessDays']);
const phase = z.enum(PHASES);
const statusCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/u, { message: 'invalid_status_code' });

/** Minutes and hours count working time; N business days end at the same local time N working days later. */
export const slaTargetSchema = z
  .strictObject({
    amount: z.number().positive({ message: 'not_positive' }).max(100_000),
    unit: targetUnitSchema,
  })
  .superRefine((target, ctx) => {
    if (target.unit === 'businessDays' && !Number.isInteger(target.amount)) {
      ctx.addIssue({
        code: 'custom',
        message: 'whole_business_days',
        path: ['amount'],
        input: target.amount,
      });
    }
  });
export type SlaTargetBody = z.infer<typeof slaTargetSchema>;

export const priorityTargetsSchema = z.strictObject({
  firstResponse: slaTargetSchema,
  resolution: slaTargetSchema,
});

/** Every priority needs its targets: a policy without P1–P4 is refused with the missing key. */
export const policyTargetsSchema = z.strictObject({
  P1: priorityTargetsSchema,
  P2: priorityTargetsSchema,
  P3: priorityTargetsSchema,
  P4: priorityTargetsSchema,
});

/** Which event meets first response: the first customer-visible reply and/or the first assignment. */
export const firstResponseTriggerSchema = z.enum(['customer_reply', 'assignment']);

/**
 * Who a notification goes to / who becomes a watcher: `team_lead` (the order's team lead; the
 * company's planners while teams have no lead), `manager` (managers), `assignees` (the order's
 * technicians), `role:<staff role>`, or `user:<uuid>`.
 */
export const escalationRecipientSchema = z.union([
  z.enum(['team_lead', 'manager', 'assignees']),
  z.templateLiteral(['role:', z.enum(STAFF_ROLES)]),
  z.string().regex(/^user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu, {
    message: 'invalid_recipient',
  }),
]);
export type EscalationRecipient = z.infer<typeof escalationRecipientSchema>;

export const escalationActionSchema = z.enum(['notify', 'raise_priority', 'reassign_team', 'add_watcher']);
export type EscalationActionName = z.infer<typeof escalationActionSchema>;

/**
 * One rule: when a share of a target is used (`atPercent`, 1–99) or at the breach
 * (`atBreach: true`) — exactly one of them — do one action. `notify` and `add_watcher` need
 * `recipients`; `reassign_team` needs `teamId`; `raise_priority` raises `levels` (default 1,
 * never above P1). `waitForWorkingHours` holds the rule until the calendar's next working moment.
 */
export const escalationRuleBodySchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-zA-Z0-9][a-zA-Z0-9_-]{0,59}$/u, { message: 'invalid_rule_id' })
      .optional()
      .describe('Stable id within the policy; generated when left out. Keep it when editing a rule'),
    metric: slaMetricSchema,
    atPercent: z.number().int().min(1).max(99).nullable().optional(),
    atBreach: z.boolean().default(false),
    action: escalationActionSchema,
    recipients: z.array(escalationRecipientSchema).max(20).default([]),
    teamId: z.uuid().nullable().optional(),
    levels: z.number().int().min(1).max(3).default(1),
    waitForWorkingHours: z.boolean().default(false),
  })
  .superRefine((rule, ctx) => {
    const hasPercent = rule.atPercent != null;
    if (hasPercent === rule.atBreach) {
      ctx.addIssue({
        code: 'custom',
        message: 'at_percent_or_breach',
        path: ['atPercent'],
        input: rule.atPercent,
      });
    }
    if ((rule.action === 'notify' || rule.action === 'add_watcher') && rule.recipients.length === 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'recipients_required',
        path: ['recipients'],
        input: rule.recipients,
      });
    }
    if (rule.action === 'reassign_team' && !rule.teamId) {
      ctx.addIssue({ code: 'custom', message: 'team_required', path: ['teamId'], input: rule.teamId });
    }
  });
export type EscalationRuleBody = z.input<typeof escalationRuleBodySchema>;

export const escalationRuleSchema = z.object({
  id: z.string(),
  metric: slaMetricSchema,
  atPercent: z.number().int().nullable(),
  atBreach: z.boolean(),
  action: escalationActionSchema,
  recipients: z.array(z.string()),
  teamId: z.uuid().nullable(),
  levels: z.number().int(),
  waitForWorkingHours: z.boolean(),
});
export type EscalationRule = z.infer<typeof escalationRuleSchema>;

/** Keys checked one by one so an unknown phase is refused with its own path (`clockByPhase.lunch`). */
const clockByPhaseSchema = z.record(z.string(), clockModeSchema).superRefine((map, ctx) => {
  for (const key of Object.keys(map)) {
    if (!(PHASES as readonly string[]).includes(key)) {
      ctx.addIssue({ code: 'custom', message: 'unknown_phase', path: [key], input: key });
    }
  }
});

const policyFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2_000).nullable().optional(),
  calendarId: z
    .uuid()
    .nullable()
    .optional()
    .describe('The business calendar the clock counts on; the company default calendar when null'),
  targets: policyTargetsSchema,
  firstResponseMetBy: z
    .array(firstResponseTriggerSchema)
    .min(1)
    .max(2)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate_value' }),
  resolvedPhases: z
    .array(phase)
    .min(1)
    .max(PHASES.length)
    .describe('Entering any of these phases meets resolution; leaving them all again is a reopen'),
  clockByPhase: clockByPhaseSchema.describe('What the clock does in a phase; a phase not listed runs it'),
  clockByStatus: z
    .record(statusCode, clockModeSchema)
    .default({})
    .describe('Company statuses that differ from their phase; an unknown status is refused'),
  escalationRules: z.array(escalationRuleBodySchema).max(50).default([]),
};

export const createSlaPolicyBodySchema = z.strictObject({
  ...policyFields,
  isDefault: z.boolean().default(false).describe('The company’s default policy (exactly one)'),
});
export type CreateSlaPolicyBody = z.input<typeof createSlaPolicyBodySchema>;

export const updateSlaPolicyBodySchema = z.strictObject({
  name: policyFields.name.optional(),
  description: policyFields.description,
  calendarId: policyFields.calendarId,
  targets: policyTargetsSchema.optional(),
  firstResponseMetBy: policyFields.firstResponseMetBy.optional(),
  resolvedPhases: policyFields.resolvedPhases.optional(),
  clockByPhase: clockByPhaseSchema.optional(),
  clockByStatus: z.record(statusCode, clockModeSchema).optional(),
  escalationRules: z.array(escalationRuleBodySchema).max(50).optional(),
  isDefault: z.literal(true).optional().describe('Make this the default; the old default stops being one'),
  version: z.number().int(),
});
export type UpdateSlaPolicyBody = z.input<typeof updateSlaPolicyBodySchema>;

const storedTarget = z.object({ amount: z.number(), unit: targetUnitSchema });
const storedTargets = z.object({ firstResponse: storedTarget, resolution: storedTarget });

export const slaPolicySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  calendarId: z.uuid().nullable(),
  targets: z.object({ P1: storedTargets, P2: storedTargets, P3: storedTargets, P4: storedTargets }),
  firstResponseMetBy: z.array(firstResponseTriggerSchema),
  resolvedPhases: z.array(phase),
  clockByPhase: z.record(z.string(), clockModeSchema),
  clockByStatus: z.record(z.string(), clockModeSchema),
  escalationRules: z.array(escalationRuleSchema),
  isDefault: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SlaPolicyResource = z.infer<typeof slaPolicySchema>;
export const slaPolicyListSchema = z.object({ items: z.array(slaPolicySchema) });

/** `PUT /api/v1/sla/customer-policies/{customerId}`: the customer's contract policy (null: default). */
export const customerSlaPolicyBodySchema = z.strictObject({ policyId: z.uuid().nullable() });
export const customerSlaPolicySchema = z.object({
  customerId: z.uuid(),
  policyId: z.uuid().nullable(),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export const customerSlaPolicyPageSchema = pageOf(customerSlaPolicySchema);
export const customerIdParamsSchema = z.strictObject({ customerId: z.uuid() });
