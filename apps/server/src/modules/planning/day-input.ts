/** Reads one day of the board into the pure `DayInput` the optimiser and insertion work on. */
import { STARTED_VISIT_STATUSES, type VisitStatus } from '@usta/contracts/planning';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { findPlanningOrders, listPlannableOrders } from '../work-orders/index.ts';
import { techniciansFor } from './board.ts';
import { calendarCache, loadOrderFacts, type OrderFacts, shiftOn } from './planning-context.ts';
import type { DayInput, PlanStop } from './routing-problem.ts';
import type { TechnicianRecord } from './technician-repository.ts';
import { selectVisits, type VisitRow } from './visit-repository.ts';

export interface Selection {
  teamId?: string | undefined;
  technicianIds?: readonly string[] | undefined;
}

/** The technicians to plan; none → 422 NO_TECHNICIANS (a team 404s when unknown). */
export async function selectTechnicians(db: Database, organizationId: string, selection: Selection) {
  const technicians = await techniciansFor(db, organizationId, selection);
  if (technicians.length === 0) {
    throw new AppError('NO_TECHNICIANS', {}, [
      { path: selection.teamId ? 'teamId' : 'technicianIds', code: 'not_found' },
    ]);
  }
  return technicians;
}

export async function loadDayInput(
  db: Database,
  organizationId: string,
  date: string,
  technicians: readonly TechnicianRecord[],
  options: { includeUnassigned: boolean | readonly string[]; now?: number },
): Promise<{ input: DayInput; timeZone: string }> {
  const now = options.now ?? Date.now();
  const calendars = calendarCache(db, organizationId);
  const company = shiftOn(await calendars(null), date);
  const timeZone = (await calendars(null)).timeZone;
  const planTechnicians = [];
  for (const t of technicians) {
    const shift = shiftOn(await calendars(t.shiftCalendarId), date);
    planTechnicians.push({
      id: t.id,
      name: t.name,
      start: t.startLocation,
      end: t.endLocation,
      spans: shift.spans,
      skills: t.skills,
      regions: t.regions,
      authorisedCustomerIds: t.authorisedCustomerIds,
      maxJobsPerDay: t.maxJobsPerDay,
    });
  }
  const rows = await selectVisits(db, organizationId, {
    from: company.start,
    to: company.end,
    technicianIds: technicians.map((t) => t.id),
    activeOnly: true,
  });
  let newOrders: Awaited<ReturnType<typeof listPlannableOrders>> = [];
  if (options.includeUnassigned === true) {
    const orders = await listPlannableOrders(db, organizationId);
    const planned = await selectVisits(db, organizationId, {
      workOrderIds: orders.map((o) => o.id),
      activeOnly: true,
    });
    const busy = new Set(planned.map((v) => v.workOrderId));
    newOrders = orders.filter((o) => !busy.has(o.id));
  } else if (Array.isArray(options.includeUnassigned)) {
    newOrders = await findPlanningOrders(db, organizationId, options.includeUnassigned);
  }
  const visitOrders = await findPlanningOrders(db, organizationId, [
    ...new Set(rows.map((r) => r.workOrderId)),
  ]);
  const facts = await loadOrderFacts(db, organizationId, [...visitOrders, ...newOrders], now);
  const stops: PlanStop[] = [
    ...rows.flatMap((row) => {
      const f = facts.get(row.workOrderId);
      return f ? [visitStop(row, f)] : [];
    }),
    ...newOrders.map((o) => orderStop(facts.get(o.id)!)),
  ];
  return {
    input: {
      date,
      dayStart: company.start,
      notBefore: Math.max(now, company.start),
      technicians: planTechnicians,
      stops,
    },
    timeZone,
  };
}

function base(f: OrderFacts) {
  return {
    workOrderId: f.order.id,
    number: f.order.number,
    customerId: f.order.customerId,
    customerName: f.order.customerName,
    priority: f.order.priority,
    location: f.location,
    district: f.district,
    dueAt: f.dueAt,
    requiredSkillId: f.requiredSkillId,
    minLevel: f.minLevel,
  };
}

function visitStop(row: VisitRow, f: OrderFacts): PlanStop {
  const status = row.status as VisitStatus;
  return {
    ...base(f),
    visitId: row.id,
    version: row.version,
    durationMs: row.plannedEnd.getTime() - row.plannedStart.getTime(),
    technicianId: row.technicianId,
    plannedStart: row.plannedStart.getTime(),
    plannedEnd: row.plannedEnd.getTime(),
    windowStart: row.windowStart?.getTime() ?? null,
    windowEnd: row.windowEnd?.getTime() ?? null,
    fixed: STARTED_VISIT_STATUSES.includes(status) || status === 'confirmed' || row.pinned,
  };
}

function orderStop(f: OrderFacts): PlanStop {
  return {
    ...base(f),
    visitId: null,
    version: null,
    durationMs: f.durationMinutes * 60_000,
    technicianId: null,
    plannedStart: null,
    plannedEnd: null,
    windowStart: null,
    windowEnd: null,
    fixed: false,
  };
}
