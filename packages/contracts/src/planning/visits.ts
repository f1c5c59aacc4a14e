/**
 * Visits (appointments) of work orders, technicians' plans and the dispatch board (issue 6).
 * Instants are ISO 8601 with offset; a day is a local 'YYYY-MM-DD' in the company's time zone.
 */
import { z } from 'zod';
import { geoPointSchema } from './resources.ts';

const instant = z.iso.datetime({ offset: true });
const localDate = z.iso.date({ message: 'invalid_date' });

export const VISIT_STATUSES = [
  'planned',
  'confirmed',
  'en_route',
  'on_site',
  'done',
  'cancelled',
  'no_show',
] as const;
export const visitStatusSchema = z.enum(VISIT_STATUSES);
export type VisitStatus = z.infer<typeof visitStatusSchema>;

/** Cancelled and no-show visits free the technician's time; the others occupy it. */
export const INACTIVE_VISIT_STATUSES: readonly VisitStatus[] = ['cancelled', 'no_show'];
/** Started (or finished) visits: the optimiser never moves them. */
export const STARTED_VISIT_STATUSES: readonly VisitStatus[] = ['en_route', 'on_site', 'done'];

/** What a board or a plan shows of the visit's order. */
export const visitOrderSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  customerId: z.uuid(),
  customerName: z.string(),
  complaint: z.string(),
  priority: z.string(),
  status: z.string(),
  categoryId: z.uuid().nullable(),
  province: z.string().nullable(),
  district: z.string().nullable(),
  addressLine: z.string().nullable(),
  /** Address coordinates, else the district centroid; null when the district is unknown. */
  location: geoPointSchema.nullable(),
  /** SLA resolution due time (default policy) or null. */
  dueAt: instant.nullable(),
});
export type VisitOrderSummary = z.infer<typeof visitOrderSummarySchema>;

export const visitSchema = z.object({
  id: z.uuid(),
  workOrderId: z.uuid(),
  technicianId: z.uuid(),
  plannedStart: instant,
  plannedEnd: instant,
  /** The window promised to the customer (e.g. 10:00–12:00). */
  windowStart: instant.nullable(),
  windowEnd: instant.nullable(),
  status: visitStatusSchema,
  pinned: z.boolean(),
  version: z.number().int(),
  createdAt: instant,
  updatedAt: instant,
});
export type Visit = z.infer<typeof visitSchema>;

export const visitWithOrderSchema = visitSchema.extend({ workOrder: visitOrderSummarySchema });
export type VisitWithOrder = z.infer<typeof visitWithOrderSchema>;

export const visitListQuerySchema = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  technicianId: z.uuid().optional(),
  workOrderId: z.uuid().optional(),
  status: visitStatusSchema.optional(),
});
export const visitListSchema = z.object({ items: z.array(visitWithOrderSchema) });

export const createVisitBodySchema = z.strictObject({
  workOrderId: z.uuid(),
  technicianId: z.uuid(),
  plannedStart: instant,
  plannedEnd: instant,
  windowStart: instant.nullable().optional(),
  windowEnd: instant.nullable().optional(),
  status: z.enum(['planned', 'confirmed']).default('planned'),
  pinned: z.boolean().default(false),
});
export type CreateVisitBody = z.infer<typeof createVisitBodySchema>;

/** PATCH /visits/{id}: move, re-time, change status, pin; `version` from the last read. */
export const updateVisitBodySchema = z.strictObject({
  technicianId: z.uuid().optional(),
  plannedStart: instant.optional(),
  plannedEnd: instant.optional(),
  windowStart: instant.nullable().optional(),
  windowEnd: instant.nullable().optional(),
  status: visitStatusSchema.optional(),
  pinned: z.boolean().optional(),
  version: z.number().int(),
});
export type UpdateVisitBody = z.infer<typeof updateVisitBodySchema>;

/**
 * POST /visits/check: the same rules as create/move, without writing — what the board shows
 * before a drop. `visitId` when moving an existing visit (it does not conflict with itself).
 */
export const checkVisitBodySchema = z.strictObject({
  visitId: z.uuid().optional(),
  workOrderId: z.uuid(),
  technicianId: z.uuid(),
  plannedStart: instant,
  plannedEnd: instant,
  windowStart: instant.nullable().optional(),
  windowEnd: instant.nullable().optional(),
});
export type CheckVisitBody = z.infer<typeof checkVisitBodySchema>;

export const VISIT_ISSUE_CODES = [
  'window_end_before_start',
  'planned_end_before_start',
  'outside_window',
  'outside_shift',
  'holiday',
  'missing_skill',
  'outside_region',
  'not_authorised_customer',
  'overlap',
  'sla_breach',
  'max_jobs_exceeded',
] as const;
export const visitIssueCodeSchema = z.enum(VISIT_ISSUE_CODES);

export const visitIssueSchema = z.object({
  code: visitIssueCodeSchema,
  /** 'error' blocks saving; 'warning' (SLA breach, region, max jobs) may be overridden. */
  severity: z.enum(['error', 'warning']),
  /** Field of the body at fault, e.g. `plannedStart`. */
  path: z.string(),
  message: z.string(),
});
export type VisitIssue = z.infer<typeof visitIssueSchema>;

export const checkVisitResultSchema = z.object({ ok: z.boolean(), issues: z.array(visitIssueSchema) });
export type CheckVisitResult = z.infer<typeof checkVisitResultSchema>;

// ---------------------------------------------------------------- plans and board

export const workingSpanSchema = z.object({ start: instant, end: instant });

/** GET /technicians/{id}/plan?from=&to= (days, inclusive). */
export const technicianPlanQuerySchema = z.strictObject({ from: localDate, to: localDate });

export const technicianPlanSchema = z.object({
  technicianId: z.uuid(),
  name: z.string(),
  from: localDate,
  to: localDate,
  days: z.array(
    z.object({
      date: localDate,
      /** Shift spans (holidays: none). */
      workingSpans: z.array(workingSpanSchema),
      holiday: z.string().nullable(),
      visits: z.array(visitWithOrderSchema),
    }),
  ),
});
export type TechnicianPlan = z.infer<typeof technicianPlanSchema>;

/** GET /plans/board?date=&teamId= — everything the dispatch board draws for one day. */
export const boardQuerySchema = z.strictObject({ date: localDate, teamId: z.uuid().optional() });

export const boardTechnicianSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  skills: z.array(z.object({ skillId: z.uuid(), level: z.number().int() })),
  regions: z.array(z.object({ province: z.string(), district: z.string() })),
  startLocation: geoPointSchema.nullable(),
  endLocation: geoPointSchema.nullable(),
  maxJobsPerDay: z.number().int(),
  workingSpans: z.array(workingSpanSchema),
  holiday: z.string().nullable(),
  /** Active visits of the day in time order (cancelled / no-show left out). */
  visits: z.array(visitWithOrderSchema),
  travel: z.object({ distanceKm: z.number(), minutes: z.number() }),
});
export type BoardTechnician = z.infer<typeof boardTechnicianSchema>;

export const unassignedOrderSchema = visitOrderSummarySchema.extend({
  requiredSkillId: z.uuid().nullable(),
  requiredLevel: z.number().int(),
  durationMinutes: z.number().int(),
});
export type UnassignedOrder = z.infer<typeof unassignedOrderSchema>;

export const boardSchema = z.object({
  date: localDate,
  timeZone: z.string(),
  teamId: z.uuid().nullable(),
  technicians: z.array(boardTechnicianSchema),
  /** Open orders without an active visit, by SLA due time (no due time last). */
  unassigned: z.array(unassignedOrderSchema),
});
export type Board = z.infer<typeof boardSchema>;

/** POST /visits/{id}/status: the technician's own progress (en route, on site, done, no-show). */
export const updateVisitStatusBodySchema = z.strictObject({
  status: z.enum(['confirmed', 'en_route', 'on_site', 'done', 'no_show']),
  version: z.number().int(),
});
export type UpdateVisitStatusBody = z.infer<typeof updateVisitStatusBodySchema>;
