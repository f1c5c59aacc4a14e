/** Slot suggestions and the optimiser (issue 6). */
import { z } from 'zod';

const instant = z.iso.datetime({ offset: true });
const localDate = z.iso.date({ message: 'invalid_date' });

// ---------------------------------------------------------------- slot suggestions

/** GET /work-orders/{id}/slot-suggestions?from=&days=&limit= (query) or POST with the same as body. */
export const slotSuggestionQuerySchema = z.strictObject({
  /** First day to look at; default today (company time zone). */
  from: localDate.optional(),
  days: z.coerce.number().int().min(1).max(14).default(3),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const slotSuggestionBodySchema = z.strictObject({
  from: localDate.optional(),
  days: z.number().int().min(1).max(14).default(3),
  limit: z.number().int().min(1).max(50).default(10),
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .optional(),
  /** Length of the promised window offered to the customer; default 120. */
  windowMinutes: z
    .number()
    .int()
    .min(30)
    .max(8 * 60)
    .default(120),
  technicianIds: z.array(z.uuid()).max(200).optional(),
});
export type SlotSuggestionBody = z.infer<typeof slotSuggestionBodySchema>;

export const slotCandidateSchema = z.object({
  technicianId: z.uuid(),
  technicianName: z.string(),
  start: instant,
  end: instant,
  windowStart: instant,
  windowEnd: instant,
  /** Extra driving the visit adds to that technician's day. */
  addedTravelKm: z.number(),
  addedTravelMinutes: z.number(),
  /** Minutes past the SLA due time (0 = in time). */
  latenessMinutes: z.number(),
  /** Between which existing visits it goes (null = start / end of the day). */
  afterVisitId: z.uuid().nullable(),
  beforeVisitId: z.uuid().nullable(),
  /** Lower is better: added minutes + lateness weight. */
  score: z.number(),
});
export type SlotCandidate = z.infer<typeof slotCandidateSchema>;

export const slotRejectionSchema = z.object({
  technicianId: z.uuid(),
  technicianName: z.string(),
  reason: z.enum(['missing_skill', 'outside_region', 'not_authorised_customer', 'no_shift', 'no_room']),
});

export const slotSuggestionsSchema = z.object({
  workOrderId: z.uuid(),
  dueAt: instant.nullable(),
  durationMinutes: z.number().int(),
  requiredSkillId: z.uuid().nullable(),
  candidates: z.array(slotCandidateSchema),
  /** Technicians that could not take it at all, with why. */
  rejected: z.array(slotRejectionSchema),
});
export type SlotSuggestions = z.infer<typeof slotSuggestionsSchema>;

// ---------------------------------------------------------------- optimiser

export const optimiseBodySchema = z.strictObject({
  date: localDate,
  teamId: z.uuid().optional(),
  technicianIds: z.array(z.uuid()).min(1).max(200).optional(),
  /** Search budget; default 5 s. */
  timeLimitSeconds: z.number().min(0.2).max(60).default(5),
});
export type OptimiseBody = z.infer<typeof optimiseBodySchema>;

export const optimiseAcceptedSchema = z.object({ jobId: z.uuid() });

export const travelSummarySchema = z.object({
  distanceKm: z.number(),
  travelMinutes: z.number(),
  visits: z.number().int(),
  lateVisits: z.number().int(),
});
export type TravelSummary = z.infer<typeof travelSummarySchema>;

export const proposedStopSchema = z.object({
  /** Existing visit moved or kept; null for a new visit of an unassigned order. */
  visitId: z.uuid().nullable(),
  workOrderId: z.uuid(),
  workOrderNumber: z.string(),
  customerName: z.string(),
  arrival: instant,
  start: instant,
  end: instant,
  windowStart: instant.nullable(),
  windowEnd: instant.nullable(),
  /** Started, pinned or confirmed: kept where it is. */
  fixed: z.boolean(),
  late: z.boolean(),
  /** Moved from another technician or newly assigned. */
  changed: z.boolean(),
});
export type ProposedStop = z.infer<typeof proposedStopSchema>;

export const proposedRouteSchema = z.object({
  technicianId: z.uuid(),
  technicianName: z.string(),
  stops: z.array(proposedStopSchema),
  before: travelSummarySchema,
  after: travelSummarySchema,
});
export type ProposedRoute = z.infer<typeof proposedRouteSchema>;

export const UNASSIGNED_REASONS = [
  'missing_skill',
  'no_location',
  'no_shift',
  'no_room',
  'window_unreachable',
  'pinned_infeasible',
  'other',
] as const;

export const proposalSchema = z.object({
  /** Plan id for POST /plans/{id}/apply. */
  id: z.uuid(),
  kind: z.enum(['optimise', 'insert']),
  date: z.string(),
  createdAt: instant,
  routes: z.array(proposedRouteSchema),
  before: travelSummarySchema,
  after: travelSummarySchema,
  lateVisits: z.array(
    z.object({ workOrderId: z.uuid(), visitId: z.uuid().nullable(), minutesLate: z.number() }),
  ),
  unassigned: z.array(
    z.object({
      workOrderId: z.uuid(),
      workOrderNumber: z.string(),
      visitId: z.uuid().nullable(),
      reason: z.enum(UNASSIGNED_REASONS),
      message: z.string(),
    }),
  ),
  /** Applied already (a proposal applies once). */
  status: z.enum(['proposed', 'applied', 'stale']),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const optimiseJobSchema = z.object({
  jobId: z.uuid(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  /** 0..1 of the time budget. */
  progress: z.number().min(0).max(1),
  elapsedMs: z.number(),
  /** Best cost so far (km-cost units), for the progress indicator. */
  bestCost: z.number().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  proposal: proposalSchema.nullable(),
});
export type OptimiseJob = z.infer<typeof optimiseJobSchema>;

export const optimiseJobParamsSchema = z.strictObject({ jobId: z.uuid() });

/** POST /plans/insert: the cheapest feasible place for one order in that day's plan. */
export const insertBodySchema = z.strictObject({
  workOrderId: z.uuid(),
  date: localDate,
  teamId: z.uuid().optional(),
  technicianIds: z.array(z.uuid()).min(1).max(200).optional(),
  timeLimitSeconds: z.number().min(0.05).max(10).default(1),
});
export type InsertBody = z.infer<typeof insertBodySchema>;

export const insertResultSchema = z.object({
  proposal: proposalSchema,
  /** Where the order goes; null when it fits nowhere (see proposal.unassigned). */
  placement: z
    .object({ technicianId: z.uuid(), start: z.iso.datetime({ offset: true }), end: instant })
    .nullable(),
  /** Other visits moved to another technician to make room. */
  movedVisitIds: z.array(z.uuid()),
});
export type InsertResult = z.infer<typeof insertResultSchema>;

export const applyResultSchema = z.object({
  planId: z.uuid(),
  created: z.number().int(),
  updated: z.number().int(),
});
export type ApplyResult = z.infer<typeof applyResultSchema>;
