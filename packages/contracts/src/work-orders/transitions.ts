import { z } from 'zod';
import { problemSchema } from '../common/index.ts';
import { phaseSchema, statusCodeSchema } from './work-orders.ts';

/**
 * `POST /work-orders/{id}/transitions`: move the order to a company status. The server maps the
 * status to its phase and runs `checkTransition` of `@usta/core/work-orders`.
 */
export const transitionWorkOrderBodySchema = z.strictObject({
  to: statusCodeSchema.describe('The company status to move to'),
  note: z
    .string()
    .trim()
    .max(5_000)
    .optional()
    .describe('Kept on the activity; required as the reason when cancelling or reopening'),
  version: z
    .number()
    .int()
    .optional()
    .describe('When given, the move fails with 409 if the order changed since'),
  startedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('When the work of this step started (seed 002: başlangıç saati); kept on the activity'),
  endedAt: z.iso.datetime({ offset: true }).optional().describe('When it ended (bitiş saati)'),
});
export type TransitionWorkOrderBody = z.infer<typeof transitionWorkOrderBodySchema>;

export const transitionFailureCodeSchema = z.enum([
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'APPROVAL_REQUIRED',
  'DIAGNOSIS_REQUIRED',
  'WORK_DONE_REQUIRED',
  'REASON_REQUIRED',
]);

/** A status the order could move to instead, with its names for the picker. */
export const allowedTransitionSchema = z.object({
  status: statusCodeSchema,
  phase: phaseSchema,
  nameTr: z.string(),
  nameEn: z.string(),
  colour: z.string(),
});
export type AllowedTransition = z.infer<typeof allowedTransitionSchema>;

/**
 * The 409 answer (403 for FORBIDDEN) when a move is refused: problem details with the reason's
 * code and the statuses this user may choose now.
 */
export const transitionRefusedSchema = problemSchema.extend({
  code: transitionFailureCodeSchema,
  allowedTransitions: z.array(allowedTransitionSchema),
  requiredPermission: z.string().optional(),
});
export type TransitionRefused = z.infer<typeof transitionRefusedSchema>;

/** `GET /work-orders/{id}/transitions`: what the current user may do next. */
export const allowedTransitionsSchema = z.object({ items: z.array(allowedTransitionSchema) });

/** `POST /work-orders/{id}/merge`: this order is a duplicate of `survivorId` and closes into it. */
export const mergeWorkOrderBodySchema = z.strictObject({
  survivorId: z.uuid(),
  note: z.string().trim().max(5_000).optional(),
});
export type MergeWorkOrderBody = z.infer<typeof mergeWorkOrderBodySchema>;

export const workOrderLinkKindSchema = z.enum(['parent', 'child', 'related']);

/** `POST /work-orders/{id}/links`: `{kind: 'child', workOrderId}` makes that order a child of this one. */
export const linkWorkOrderBodySchema = z.strictObject({
  kind: workOrderLinkKindSchema,
  workOrderId: z.uuid(),
});
export type LinkWorkOrderBody = z.infer<typeof linkWorkOrderBodySchema>;
