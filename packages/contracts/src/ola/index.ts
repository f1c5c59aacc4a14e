import { z } from 'zod';
import { slaTargetSchema } from '../sla/policies.ts';

/**
 * OLA — internal targets between teams (issue 4): the warehouse ships a part within a business
 * day, a manager does the final check within hours. A task starts and ends with the order's phase
 * (waiting for parts, final check); the warehouse may mark its shipment done earlier. Counted on
 * the SLA engine's business calendar (`olaState` in `@usta/core/sla`).
 */
export const olaKindSchema = z.enum(['part_shipment', 'final_check']);
export type OlaKind = z.infer<typeof olaKindSchema>;

/** The team each kind belongs to, and its target unless the company sets another. */
export const OLA_KINDS: Record<
  OlaKind,
  { team: 'warehouse' | 'manager'; phase: string; target: z.infer<typeof slaTargetSchema> }
> = {
  part_shipment: { team: 'warehouse', phase: 'waiting_parts', target: { amount: 1, unit: 'businessDays' } },
  final_check: { team: 'manager', phase: 'final_check', target: { amount: 4, unit: 'hours' } },
};

export const olaTargetSchema = z.object({
  kind: olaKindSchema,
  team: z.enum(['warehouse', 'manager']),
  target: slaTargetSchema,
  calendarId: z.uuid().nullable().describe('Business calendar; null = the company default'),
  /** 0 while the built-in default applies. */
  version: z.number().int(),
});
export type OlaTarget = z.infer<typeof olaTargetSchema>;
export const olaTargetListSchema = z.object({ items: z.array(olaTargetSchema) });

export const putOlaTargetBodySchema = z.strictObject({
  target: slaTargetSchema,
  calendarId: z.uuid().nullable().default(null),
  version: z.number().int().min(0),
});
export type PutOlaTargetBody = z.infer<typeof putOlaTargetBodySchema>;
export const olaKindParamsSchema = z.strictObject({ kind: olaKindSchema });

export const olaTaskStateSchema = z.enum(['running', 'breached', 'met', 'missed']);
export const olaTaskSchema = z.object({
  id: z.uuid(),
  kind: olaKindSchema,
  workOrderId: z.uuid(),
  workOrderNumber: z.string(),
  customerName: z.string(),
  startedAt: z.iso.datetime({ offset: true }),
  dueAt: z.iso.datetime({ offset: true }),
  completedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Who marked it done; null when the order moved on by itself. */
  completedBy: z.uuid().nullable(),
  /** running / breached (open, past due) / met / missed (done after the due time). */
  state: olaTaskStateSchema,
  /** Working time used so far (or in all, once done), minutes. */
  usedMinutes: z.number().int(),
  targetMinutes: z.number().int(),
});
export type OlaTask = z.infer<typeof olaTaskSchema>;
export const olaTaskListSchema = z.object({ items: z.array(olaTaskSchema) });
export const olaTaskListQuerySchema = z.strictObject({
  kind: olaKindSchema.optional(),
  open: z.enum(['true', 'false']).optional().describe('true (default): open tasks only, by due time'),
  workOrderId: z.uuid().optional(),
});
