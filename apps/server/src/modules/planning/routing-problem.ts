/**
 * Pure translation between the planning desk and @usta/routing (no database, so the bench uses
 * it too): a day's technicians and stops → a routing problem (seconds since the local midnight),
 * and a solver plan → the proposal and the changes it would make.
 */
import type { Proposal, ProposedRoute, TravelSummary } from '@usta/contracts/planning';
import { driveMinutes, type LatLng, pathTravel, promisedWindow, type Span } from '@usta/core/planning';
import type { Plan, RoutingProblem, Technician, UnassignedReason, Visit } from '@usta/routing';

export interface PlanTechnician {
  id: string;
  name: string;
  start: LatLng | null;
  end: LatLng | null;
  spans: readonly Span[];
  skills: readonly { skillId: string; level: number }[];
  regions: readonly { province: string; district: string }[];
  authorisedCustomerIds: readonly string[];
  maxJobsPerDay: number;
}

export interface PlanStop {
  /** Existing visit, or null for an order without one. */
  visitId: string | null;
  version: number | null;
  workOrderId: string;
  number: string;
  customerId: string;
  customerName: string;
  priority: string;
  location: LatLng | null;
  district: string | null;
  durationMs: number;
  dueAt: number | null;
  requiredSkillId: string | null;
  minLevel: number;
  technicianId: string | null;
  plannedStart: number | null;
  plannedEnd: number | null;
  windowStart: number | null;
  windowEnd: number | null;
  /** Started, pinned or confirmed: stays where it is. */
  fixed: boolean;
}

export interface DayInput {
  date: string;
  dayStart: number;
  /** Nothing new starts before this (now, on today's plan). */
  notBefore: number;
  technicians: readonly PlanTechnician[];
  stops: readonly PlanStop[];
  /** Urgent insertion: planned visits keep their times (they may only change technician). */
  keepTimes?: boolean;
}

export interface BuiltProblem {
  problem: RoutingProblem;
  byRoutingId: Map<string, PlanStop>;
  excluded: { stop: PlanStop; reason: 'no_location' | 'no_shift' }[];
  /** Existing routes (technician → routing ids in time order), for initialRoutes/insertVisit. */
  currentRoutes: Map<string, string[]>;
}

const ISTANBUL: LatLng = { lat: 41.015, lng: 28.979 };
const PRIORITY_RANK: Record<string, number> = { P1: 3, P2: 2, P3: 1, P4: 0 };

export const routingIdOf = (stop: PlanStop) => (stop.visitId ? `v:${stop.visitId}` : `o:${stop.workOrderId}`);

export function buildRoutingProblem(input: DayInput): BuiltProblem {
  const sec = (instant: number) => Math.round((instant - input.dayStart) / 1000);
  const geo = (p: LatLng) => ({ lat: p.lat, lon: p.lng });
  const working = input.technicians.filter((t) => t.spans.length > 0);
  const restricted = working.some((t) => t.authorisedCustomerIds.length > 0 || t.regions.length > 0);
  const allCustomers = [...new Set(input.stops.map((s) => s.customerId))];
  const allDistricts = [...new Set(input.stops.flatMap((s) => (s.district ? [norm(s.district)] : [])))];
  const technicians: Technician[] = working.map((t) => {
    const spans = [...t.spans].sort((a, b) => a.start - b.start);
    const breaks = spans.slice(1).map((s, i) => ({ start: sec(spans[i]!.end), end: sec(s.start) }));
    const skills = t.skills.flatMap((s) => range(1, s.level).map((level) => `skill:${s.skillId}@${level}`));
    if (restricted) {
      const customers = t.authorisedCustomerIds.length > 0 ? t.authorisedCustomerIds : allCustomers;
      skills.push(...customers.map((c) => `customer:${c}`));
      const districts = t.regions.length > 0 ? t.regions.map((r) => norm(r.district)) : allDistricts;
      skills.push(...districts.map((d) => `district:${d}`));
    }
    const start = t.start ?? ISTANBUL;
    return {
      id: t.id,
      start: geo(start),
      end: geo(t.end ?? start),
      shift: { start: sec(spans[0]!.start), end: sec(spans.at(-1)!.end) },
      ...(breaks.length > 0 ? { breaks } : {}),
      skills,
      maxVisits: t.maxJobsPerDay,
    };
  });
  const techIds = new Set(technicians.map((t) => t.id));
  const byRoutingId = new Map<string, PlanStop>();
  const excluded: BuiltProblem['excluded'] = [];
  const visits: Visit[] = [];
  const pinnedCount = new Map<string, number>();
  const now = sec(input.notBefore);
  const fixedStops = [...input.stops]
    .filter((s) => s.fixed)
    .sort((a, b) => (a.plannedStart ?? 0) - (b.plannedStart ?? 0));
  const ordered = [...fixedStops, ...input.stops.filter((s) => !s.fixed)];
  for (const stop of ordered) {
    if (!stop.location) {
      excluded.push({ stop, reason: 'no_location' });
      continue;
    }
    if (stop.technicianId && !techIds.has(stop.technicianId) && stop.fixed) {
      excluded.push({ stop, reason: 'no_shift' });
      continue;
    }
    const id = routingIdOf(stop);
    byRoutingId.set(id, stop);
    const requiredSkills: string[] = [];
    if (stop.requiredSkillId) requiredSkills.push(`skill:${stop.requiredSkillId}@${stop.minLevel}`);
    if (restricted) {
      requiredSkills.push(`customer:${stop.customerId}`);
      if (stop.district) requiredSkills.push(`district:${norm(stop.district)}`);
    }
    const visit: Visit = {
      id,
      location: geo(stop.location),
      duration: Math.round(stop.durationMs / 1000),
      priority: PRIORITY_RANK[stop.priority] ?? 1,
      ...(requiredSkills.length > 0 ? { requiredSkills } : {}),
    };
    if (stop.fixed && stop.technicianId && stop.plannedStart !== null) {
      const sequence = (pinnedCount.get(stop.technicianId) ?? 0) + 1;
      pinnedCount.set(stop.technicianId, sequence);
      const at = sec(stop.plannedStart);
      visit.timeWindows = [{ start: at, end: at }];
      visit.pinnedTechnician = stop.technicianId;
      visit.pinnedSequence = sequence;
      delete visit.requiredSkills;
    } else if (input.keepTimes && stop.plannedStart !== null) {
      const at = sec(stop.plannedStart);
      visit.timeWindows = [{ start: at, end: at }];
    } else {
      const windowStart = stop.windowStart !== null ? sec(stop.windowStart) : null;
      const windowEnd = stop.windowEnd !== null ? sec(stop.windowEnd) : null;
      const from = Math.max(windowStart ?? now, now);
      const to = windowEnd ?? 48 * 3600;
      if (windowStart !== null || now > 0) visit.timeWindows = [{ start: from, end: Math.max(from, to) }];
      const due = stop.dueAt !== null ? sec(stop.dueAt) : null;
      // A due time already out of reach is reported late, not made impossible.
      if (due !== null && due > now + visit.duration && due < 48 * 3600) visit.latestFinish = due;
      // Orders without a visit may be left for another day; planned visits must stay planned.
      if (!stop.visitId) visit.mandatory = false;
    }
    visits.push(visit);
  }
  const currentRoutes = new Map<string, string[]>();
  for (const t of technicians) currentRoutes.set(t.id, []);
  for (const stop of [...byRoutingId.values()].sort(
    (a, b) => (a.plannedStart ?? 0) - (b.plannedStart ?? 0),
  )) {
    if (stop.technicianId && currentRoutes.has(stop.technicianId)) {
      currentRoutes.get(stop.technicianId)!.push(routingIdOf(stop));
    }
  }
  return { problem: { technicians, visits }, byRoutingId, excluded, currentRoutes };
}

function norm(name: string): string {
  return name.trim().toLocaleLowerCase('tr-TR');
}

function range(from: number, to: number): number[] {
  const list: number[] = [];
  for (let i = from; i <= to; i++) list.push(i);
  return list;
}

export interface PlanChanges {
  date: string;
  technicianIds: string[];
  /** Every active visit of those technicians that day, with the version the proposal saw. */
  baseVersions: Record<string, number>;
  /** Orders that had no active visit when proposed. */
  newOrderIds: string[];
  updates: { visitId: string; technicianId: string; start: number; end: number }[];
  creates: {
    workOrderId: string;
    technicianId: string;
    start: number;
    end: number;
    windowStart: number;
    windowEnd: number;
  }[];
}

const UNASSIGNED: Record<UnassignedReason, Proposal['unassigned'][number]['reason']> = {
  UNKNOWN_SKILL: 'missing_skill',
  NO_SKILLED_TECHNICIAN: 'missing_skill',
  UNKNOWN_TECHNICIAN: 'other',
  INCONSISTENT_WINDOW: 'window_unreachable',
  UNREACHABLE_LOCATION: 'no_location',
  WINDOW_UNREACHABLE: 'window_unreachable',
  SHIFT_TOO_SHORT: 'no_shift',
  CAPACITY_EXCEEDED: 'no_room',
  PINNED_SEQUENCE_INFEASIBLE: 'pinned_infeasible',
  NO_ROOM: 'no_room',
};

const WINDOW_MS = 2 * 3600_000;

/** The proposal beside the current plan, and the changes applying it would make. */
export function toProposal(
  input: DayInput,
  built: BuiltProblem,
  plan: Plan,
  format: (instant: number) => string,
  messages: (reason: Proposal['unassigned'][number]['reason']) => string,
): { proposal: Omit<Proposal, 'id' | 'kind' | 'createdAt' | 'status'>; changes: PlanChanges } {
  const instant = (s: number) => input.dayStart + s * 1000;
  const changes: PlanChanges = {
    date: input.date,
    technicianIds: input.technicians.map((t) => t.id),
    baseVersions: Object.fromEntries(
      input.stops.filter((s) => s.visitId).map((s) => [s.visitId!, s.version ?? 0]),
    ),
    newOrderIds: input.stops.filter((s) => !s.visitId).map((s) => s.workOrderId),
    updates: [],
    creates: [],
  };
  const lateVisits: Proposal['lateVisits'] = [];
  const routes: ProposedRoute[] = [];
  const routeOf = new Map(plan.routes.map((r) => [r.technicianId, r]));
  for (const tech of input.technicians) {
    const route = routeOf.get(tech.id);
    const current = input.stops
      .filter((s) => s.technicianId === tech.id && s.plannedStart !== null)
      .sort((a, b) => a.plannedStart! - b.plannedStart!);
    const before = summary(
      tech,
      current.map((s) => s.location),
      current.filter(isLateNow).length,
    );
    const stops: ProposedRoute['stops'] = [];
    for (const planned of route?.stops ?? []) {
      const stop = built.byRoutingId.get(planned.visitId)!;
      const start = instant(planned.start);
      const end = instant(planned.end);
      const late = stop.dueAt !== null && end > stop.dueAt;
      const movedTech = stop.technicianId !== tech.id;
      const retimed = stop.plannedStart !== start || stop.plannedEnd !== end;
      let windowStart = stop.windowStart;
      let windowEnd = stop.windowEnd;
      if (!stop.visitId) {
        const w = promisedWindow(start, WINDOW_MS);
        windowStart = w.start;
        windowEnd = w.end;
        changes.creates.push({
          workOrderId: stop.workOrderId,
          technicianId: tech.id,
          start,
          end,
          windowStart,
          windowEnd,
        });
      } else if (!stop.fixed && (movedTech || retimed)) {
        changes.updates.push({ visitId: stop.visitId, technicianId: tech.id, start, end });
      }
      if (late)
        lateVisits.push({
          workOrderId: stop.workOrderId,
          visitId: stop.visitId,
          minutesLate: Math.round((end - stop.dueAt!) / 60_000),
        });
      stops.push({
        visitId: stop.visitId,
        workOrderId: stop.workOrderId,
        workOrderNumber: stop.number,
        customerName: stop.customerName,
        arrival: format(instant(planned.arrival)),
        start: format(start),
        end: format(end),
        windowStart: windowStart === null ? null : format(windowStart),
        windowEnd: windowEnd === null ? null : format(windowEnd),
        fixed: stop.fixed,
        late,
        changed: !stop.visitId || movedTech,
      });
    }
    const afterPoints = (route?.stops ?? []).map((p) => built.byRoutingId.get(p.visitId)!.location);
    const after = summary(tech, afterPoints, stops.filter((s) => s.late).length);
    routes.push({ technicianId: tech.id, technicianName: tech.name, stops, before, after });
  }
  const unassigned: Proposal['unassigned'] = [];
  const push = (stop: PlanStop, reason: Proposal['unassigned'][number]['reason']) =>
    unassigned.push({
      workOrderId: stop.workOrderId,
      workOrderNumber: stop.number,
      visitId: stop.visitId,
      reason,
      message: messages(reason),
    });
  for (const u of plan.unassigned) push(built.byRoutingId.get(u.visitId)!, UNASSIGNED[u.reason] ?? 'other');
  for (const e of built.excluded) push(e.stop, e.reason);
  const total = (pick: (r: ProposedRoute) => TravelSummary): TravelSummary => ({
    distanceKm: round(routes.reduce((n, r) => n + pick(r).distanceKm, 0)),
    travelMinutes: round(routes.reduce((n, r) => n + pick(r).travelMinutes, 0)),
    visits: routes.reduce((n, r) => n + pick(r).visits, 0),
    lateVisits: routes.reduce((n, r) => n + pick(r).lateVisits, 0),
  });
  return {
    proposal: {
      date: input.date,
      routes,
      before: total((r) => r.before),
      after: total((r) => r.after),
      lateVisits,
      unassigned,
    },
    changes,
  };
}

function isLateNow(stop: PlanStop): boolean {
  return stop.dueAt !== null && stop.plannedEnd !== null && stop.plannedEnd > stop.dueAt;
}

function summary(tech: PlanTechnician, locations: readonly (LatLng | null)[], late: number): TravelSummary {
  const start = tech.start ?? ISTANBUL;
  const points = [start, ...locations.filter((l): l is LatLng => l !== null), tech.end ?? start];
  const travel = locations.length === 0 ? { km: 0, minutes: 0 } : pathTravel(points);
  return {
    distanceKm: round(travel.km),
    travelMinutes: round(driveMinutes(travel.km)),
    visits: locations.length,
    lateVisits: late,
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
