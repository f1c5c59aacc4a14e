import { findStatusSetProblems, LEVELS } from '@usta/core/work-orders';
import { z } from 'zod';
import { phaseSchema, prioritySchema, statusCodeSchema } from './work-orders.ts';

/** A company status: its own names and colour, mapped onto one lifecycle phase. */
export const workOrderStatusDefinitionSchema = z.strictObject({
  code: statusCodeSchema,
  nameTr: z.string().trim().min(1).max(80),
  nameEn: z.string().trim().min(1).max(80),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/u, { message: 'invalid_colour' }),
  order: z.number().int().min(0).max(10_000),
  phase: phaseSchema,
  active: z.boolean().default(true),
});
export type WorkOrderStatusDefinitionBody = z.infer<typeof workOrderStatusDefinitionSchema>;

/**
 * `PUT /settings/work-order-statuses`: the whole list at once, so "every phase keeps a status"
 * can be checked. Codes in use on orders may be retired (`active: false`), not removed; the
 * server checks that.
 */
export const replaceWorkOrderStatusesBodySchema = z
  .strictObject({
    statuses: z.array(workOrderStatusDefinitionSchema).min(1).max(100),
    version: z.number().int().optional(),
  })
  .superRefine((body, ctx) => {
    for (const problem of findStatusSetProblems(body.statuses)) {
      if (problem.code === 'phase_without_status') {
        ctx.addIssue({
          code: 'custom',
          message: 'phase_without_status',
          path: ['statuses'],
          params: problem,
        });
      } else if (problem.code === 'duplicate_status_code') {
        const index = body.statuses.findLastIndex((status) => status.code === problem.statusCode);
        ctx.addIssue({
          code: 'custom',
          message: problem.code,
          path: ['statuses', index, 'code'],
          params: problem,
        });
      }
    }
  });

export const workOrderStatusListSchema = z.object({
  items: z.array(workOrderStatusDefinitionSchema.extend({ active: z.boolean() })),
  version: z.number().int(),
});

const matrixRow = z.strictObject({ high: prioritySchema, medium: prioritySchema, low: prioritySchema });

/** impact → urgency → priority; `PUT /settings/priority-matrix`. */
export const priorityMatrixSchema = z.strictObject({ high: matrixRow, medium: matrixRow, low: matrixRow });
export type PriorityMatrixBody = z.infer<typeof priorityMatrixSchema>;
export const priorityLevelsSchema = z.enum(LEVELS);

/** A node of the company's category/subcategory tree (arıza tipi). */
const categoryFields = {
  parentId: z.uuid().nullable().optional().describe('Null for a top-level category'),
  code: z.string().trim().min(1).max(40).nullable().optional(),
  nameTr: z.string().trim().min(1).max(120),
  nameEn: z.string().trim().min(1).max(120).nullable().optional(),
  order: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
};

export const createWorkOrderCategoryBodySchema = z.strictObject(categoryFields);

export const updateWorkOrderCategoryBodySchema = z.strictObject({
  ...categoryFields,
  nameTr: categoryFields.nameTr.optional(),
  version: z.number().int(),
});

export const workOrderCategorySchema = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  code: z.string().nullable(),
  nameTr: z.string(),
  nameEn: z.string().nullable(),
  order: z.number().int(),
  active: z.boolean(),
  version: z.number().int(),
});
export type WorkOrderCategory = z.infer<typeof workOrderCategorySchema>;
