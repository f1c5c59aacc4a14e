/**
 * A proposal is checked again against the technicians as they are when it is applied: between
 * "Optimise day" and "Apply" a planner may deactivate a technician, take a skill or customer
 * authorisation away, or put a holiday or shorter shift on their calendar. Visits already on the
 * board are compared by version elsewhere; this covers what the proposal assumed of the people.
 */
import type { VisitIssueCode } from '@usta/core/planning';
import { checkVisitRules } from '@usta/core/planning';
import type { Database, Tx } from '../../db/database.ts';
import { findPlanningOrders } from '../work-orders/index.ts';
import { calendarCache, loadOrderFacts, localDateOf, shiftOn } from './planning-context.ts';
import type { PlanChanges } from './routing-problem.ts';
import { loadTechnicians } from './technician-repository.ts';

export interface PlannedVisit {
  workOrderId: string;
  technicianId: string;
  start: number;
  end: number;
  windowStart: number | null;
  windowEnd: number | null;
}

export interface RefusedVisit {
  workOrderId: string;
  technicianId: string;
  reasons: (VisitIssueCode | 'technician_inactive')[];
}

/** Every planned visit of the proposal that may no longer go where it was put. */
export async function recheckPlannedVisits(
  db: Database,
  tx: Tx,
  organizationId: string,
  planned: readonly PlannedVisit[],
): Promise<RefusedVisit[]> {
  if (planned.length === 0) return [];
  const technicianIds = [...new Set(planned.map((p) => p.technicianId))];
  const technicians = new Map(
    (await loadTechnicians(tx, organizationId, { ids: technicianIds })).map((t) => [t.id, t]),
  );
  const orders = await findPlanningOrders(tx, organizationId, [
    ...new Set(planned.map((p) => p.workOrderId)),
  ]);
  const facts = await loadOrderFacts(db, organizationId, orders);
  const calendarOf = calendarCache(db, organizationId);
  const refused: RefusedVisit[] = [];
  for (const visit of planned) {
    const technician = technicians.get(visit.technicianId);
    if (!technician?.active) {
      refused.push({ ...pick(visit), reasons: ['technician_inactive'] });
      continue;
    }
    const order = facts.get(visit.workOrderId);
    // An order gone from planning is reported by the caller as closedOrderIds.
    if (!order) continue;
    const calendar = await calendarOf(technician.shiftCalendarId);
    const day = shiftOn(calendar, localDateOf(calendar, visit.start));
    const errors = checkVisitRules(
      {
        plannedStart: visit.start,
        plannedEnd: visit.end,
        windowStart: visit.windowStart,
        windowEnd: visit.windowEnd,
      },
      technician,
      {
        customerId: order.order.customerId,
        requiredSkillId: order.requiredSkillId,
        minLevel: order.minLevel,
        province: order.province,
        district: order.district,
        dueAt: order.dueAt,
      },
      // Overlaps between the plan's own visits are the exclusion constraint's to catch.
      { workingSpans: day.spans, holiday: day.holiday, otherVisits: [], jobsThatDay: 0 },
    ).filter((issue) => issue.severity === 'error');
    if (errors.length > 0) refused.push({ ...pick(visit), reasons: errors.map((e) => e.code) });
  }
  return refused;
}

/** The visits a proposal writes, in the shape the rules read. */
export function plannedVisitsOf(
  changes: PlanChanges,
  workOrderOfVisit: ReadonlyMap<
    string,
    { workOrderId: string; windowStart: Date | null; windowEnd: Date | null }
  >,
): PlannedVisit[] {
  const moved = changes.updates.flatMap((u) => {
    const visit = workOrderOfVisit.get(u.visitId);
    if (!visit) return [];
    return [
      {
        workOrderId: visit.workOrderId,
        technicianId: u.technicianId,
        start: u.start,
        end: u.end,
        windowStart: visit.windowStart?.getTime() ?? null,
        windowEnd: visit.windowEnd?.getTime() ?? null,
      },
    ];
  });
  const created = changes.creates.map((c) => ({
    workOrderId: c.workOrderId,
    technicianId: c.technicianId,
    start: c.start,
    end: c.end,
    windowStart: c.windowStart,
    windowEnd: c.windowEnd,
  }));
  return [...moved, ...created];
}

const pick = (visit: PlannedVisit) => ({ workOrderId: visit.workOrderId, technicianId: visit.technicianId });
