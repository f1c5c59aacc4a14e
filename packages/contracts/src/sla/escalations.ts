import { z } from 'zod';
import { escalationActionSchema, slaMetricSchema, slaPrioritySchema } from './policies.ts';

/**
 * `GET /api/v1/work-orders/{id}/sla/escalations`: what the order's escalation rules are set to
 * do, when, and what they did — for the escalation panel of the detail page. Times carry the
 * calendar's offset.
 */

/** What a fired step did, read from its recorded outcome; `other` keeps the raw text. */
export const escalationEffectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('priority_raised'), from: slaPrioritySchema, to: slaPrioritySchema }),
  z.object({ kind: z.literal('team_changed'), teamId: z.string() }),
  z.object({ kind: z.literal('notified'), count: z.number().int() }),
  z.object({ kind: z.literal('watchers_added'), count: z.number().int() }),
  z.object({ kind: z.literal('unchanged') }),
  z.object({ kind: z.literal('skipped'), reason: z.string() }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
  z.object({ kind: z.literal('other'), text: z.string() }),
]);
export type EscalationEffect = z.infer<typeof escalationEffectSchema>;

/** A recipient of a rule: the stored value (`team_lead`, `role:planner`, `user:<id>`) and, for a user, the name. */
export const escalationRecipientViewSchema = z.object({
  value: z.string(),
  name: z.string().nullable(),
});

export const escalationStepViewSchema = z.object({
  ruleId: z.string(),
  cycle: z.number().int(),
  metric: slaMetricSchema,
  action: escalationActionSchema,
  rule: z
    .object({
      atPercent: z.number().int().nullable(),
      atBreach: z.boolean(),
      recipients: z.array(escalationRecipientViewSchema),
      levels: z.number().int(),
      teamId: z.string().nullable(),
      waitForWorkingHours: z.boolean(),
    })
    .nullable()
    .describe('Null when the rule was removed from the policy since'),
  state: z.enum(['scheduled', 'fired', 'skipped', 'failed']),
  dueAt: z.string(),
  firedAt: z.string().nullable(),
  effect: escalationEffectSchema.nullable().describe('Null while scheduled'),
});
export type EscalationStepView = z.infer<typeof escalationStepViewSchema>;

export const escalationWatcherViewSchema = z.object({
  userId: z.uuid(),
  name: z.string().nullable(),
  ruleId: z.string().nullable(),
  addedAt: z.string(),
});

export const workOrderEscalationsSchema = z.object({
  workOrderId: z.uuid(),
  policyId: z.uuid().nullable(),
  policyName: z.string().nullable(),
  timeZone: z.string(),
  steps: z.array(escalationStepViewSchema),
  watchers: z.array(escalationWatcherViewSchema),
});
export type WorkOrderEscalations = z.infer<typeof workOrderEscalationsSchema>;
