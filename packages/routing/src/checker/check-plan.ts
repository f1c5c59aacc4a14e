import type { Plan, RoutingProblem, TimeSpan } from '../model/problem.ts';

/**
 * Independent checker for plans of Usta problems: skills, pins, pinned order, windows, SLA
 * deadlines, breaks, shifts, capacity, visit limits, every visit accounted for once, and the
 * distance recomputed. It simulates the schedule itself and imports nothing from the solver.
 * The matrix uses the documented layout: technician starts, technician ends, then visits.
 */
export interface PlanCheck {
  feasible: boolean;
  errors: string[];
  distance: number;
}

const TOLERANCE = 1e-6;

export function checkPlan(
  problem: RoutingProblem,
  matrix: { size: number; distances: ArrayLike<number>; durations: ArrayLike<number> },
  plan: Plan,
): PlanCheck {
  const errors: string[] = [];
  const m = problem.technicians.length;
  const visitIndex = new Map(problem.visits.map((visit, i) => [visit.id, i]));
  const techIndex = new Map(problem.technicians.map((tech, v) => [tech.id, v]));
  const seen = new Map<string, number>();
  const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
  let distance = 0;
  const usedTechs = new Set<string>();

  for (const route of plan.routes) {
    const v = techIndex.get(route.technicianId);
    const tech = problem.technicians[v ?? -1];
    if (v === undefined || !tech) {
      errors.push(`unknown technician ${route.technicianId}`);
      continue;
    }
    if (usedTechs.has(tech.id)) errors.push(`technician ${tech.id} has two routes`);
    usedTechs.add(tech.id);
    const breaks = [...(tech.breaks ?? [])].sort((a, b) => a.start - b.start);
    let at = v;
    let time = tech.shift.start;
    let load = 0;
    let lastPinned = Number.NEGATIVE_INFINITY;
    for (const stop of route.stops) {
      const i = visitIndex.get(stop.visitId);
      const visit = problem.visits[i ?? -1];
      count(stop.visitId);
      if (i === undefined || !visit) {
        errors.push(`${tech.id}: unknown visit ${stop.visitId}`);
        continue;
      }
      const where = 2 * m + i;
      const leg = matrix.distances[at * matrix.size + where]!;
      const drive = matrix.durations[at * matrix.size + where]!;
      if (!Number.isFinite(leg) || !Number.isFinite(drive))
        errors.push(`${tech.id}: ${visit.id} is unreachable`);
      distance += leg;
      const arrival = driveWithBreaks(time, drive, breaks);
      const start = firstStart(arrival, visit.duration, windowsOf(visit), breaks);
      if (start === null)
        errors.push(`${tech.id}: ${visit.id} cannot start in a window (arrives ${arrival})`);
      const reportedOk =
        stop.start + TOLERANCE >= arrival &&
        windowsOf(visit).some((w) => stop.start >= w.start - TOLERANCE && stop.start <= w.end + TOLERANCE) &&
        !breaks.some(
          (b) => stop.start < b.end - TOLERANCE && stop.start + visit.duration > b.start + TOLERANCE,
        );
      if (start !== null && !reportedOk)
        errors.push(`${tech.id}: reported start of ${visit.id} is not valid`);
      time = (start ?? arrival) + visit.duration;
      at = where;
      load += visit.demand ?? 0;
      const missing = (visit.requiredSkills ?? []).filter((skill) => !(tech.skills ?? []).includes(skill));
      if (missing.length) errors.push(`${tech.id}: lacks ${missing.join(',')} for ${visit.id}`);
      if (visit.pinnedTechnician !== undefined && visit.pinnedTechnician !== tech.id) {
        errors.push(`${visit.id} is pinned to ${visit.pinnedTechnician}, planned on ${tech.id}`);
      }
      if (visit.pinnedSequence !== undefined) {
        if (visit.pinnedSequence < lastPinned) errors.push(`${tech.id}: pinned order broken at ${visit.id}`);
        lastPinned = visit.pinnedSequence;
      }
    }
    const home = m + v;
    distance += matrix.distances[at * matrix.size + home]!;
    const back = driveWithBreaks(time, matrix.durations[at * matrix.size + home]!, breaks);
    if (back > tech.shift.end + TOLERANCE)
      errors.push(`${tech.id}: back at ${back} after shift end ${tech.shift.end}`);
    if (load > (tech.capacity ?? Number.POSITIVE_INFINITY) + TOLERANCE)
      errors.push(`${tech.id}: load ${load} over capacity`);
    if (route.stops.length > (tech.maxVisits ?? Number.POSITIVE_INFINITY))
      errors.push(`${tech.id}: too many visits`);
  }
  for (const left of plan.unassigned) {
    count(left.visitId);
    if (!left.reason) errors.push(`${left.visitId} left out without a reason`);
  }
  for (const visit of problem.visits) {
    const times = seen.get(visit.id) ?? 0;
    if (times !== 1) errors.push(`visit ${visit.id} appears ${times} times (routes + unassigned)`);
  }
  if (Math.abs(distance - plan.distance) > 1e-6 * Math.max(1, distance)) {
    errors.push(`plan distance ${plan.distance} differs from recomputed ${distance}`);
  }
  return { feasible: errors.length === 0, errors, distance };
}

function windowsOf(visit: RoutingProblem['visits'][number]): TimeSpan[] {
  const latest = (visit.latestFinish ?? Number.POSITIVE_INFINITY) - visit.duration;
  const windows = visit.timeWindows?.length ? visit.timeWindows : [{ start: -Infinity, end: Infinity }];
  return windows
    .map((w) => ({ start: w.start, end: Math.min(w.end, latest) }))
    .filter((w) => w.start <= w.end);
}

/** Driving stops during breaks: the clock jumps over them. */
function driveWithBreaks(depart: number, drive: number, breaks: TimeSpan[]): number {
  let clock = depart;
  let left = drive;
  for (const b of breaks) {
    if (b.end <= clock || b.end <= b.start) continue;
    if (clock + left <= b.start) break;
    left -= Math.max(0, b.start - clock);
    clock = b.end;
  }
  return clock + left;
}

function firstStart(
  arrival: number,
  duration: number,
  windows: TimeSpan[],
  breaks: TimeSpan[],
): number | null {
  const sorted = [...windows].sort((a, b) => a.start - b.start);
  for (const w of sorted) {
    let start = Math.max(arrival, w.start);
    let moved = true;
    while (moved) {
      moved = false;
      for (const b of breaks) {
        if (b.end > b.start && start < b.end && start + duration > b.start) {
          start = b.end;
          moved = true;
        }
      }
    }
    if (start <= w.end + TOLERANCE) return start;
  }
  return null;
}
