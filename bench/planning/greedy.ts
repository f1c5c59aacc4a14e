/**
 * The planner's greedy plan, as a person does it on a wall board: take the queue by SLA due time
 * (most urgent first), put each order at the END of the day of the skilled technician whose
 * route it lengthens least, never reordering what is already planned.
 */
import { driveMinutes, pathTravel, roadKm } from '@usta/core/planning';
import type {
  DayInput,
  PlanStop,
  PlanTechnician,
} from '../../apps/server/src/modules/planning/routing-problem.ts';

const M = 60_000;
const RANK: Record<string, number> = { P1: 0, P2: 1, P3: 2, P4: 3 };

interface Route {
  tech: PlanTechnician;
  stops: PlanStop[];
  freeAt: number;
}

export function greedyPlan(day: DayInput) {
  const routes: Route[] = day.technicians.map((tech) => ({ tech, stops: [], freeAt: tech.spans[0]!.start }));
  const queue = [...day.stops].sort(
    (a, b) =>
      (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || (RANK[a.priority] ?? 2) - (RANK[b.priority] ?? 2),
  );
  let late = 0;
  const unassigned: PlanStop[] = [];
  for (const order of queue) {
    let best: { route: Route; start: number; added: number } | null = null;
    for (const route of routes) {
      const { tech } = route;
      if (
        order.requiredSkillId &&
        !tech.skills.some((s) => s.skillId === order.requiredSkillId && s.level >= order.minLevel)
      )
        continue;
      if (route.stops.length >= tech.maxJobsPerDay) continue;
      const from = route.stops.at(-1)?.location ?? tech.start!;
      const km = roadKm(from, order.location!);
      const start = placeAfter(tech, route.freeAt + driveMinutes(km) * M, order);
      if (start === null) continue;
      const back = roadKm(order.location!, tech.end ?? tech.start!) - roadKm(from, tech.end ?? tech.start!);
      const added = km + back;
      if (!best || added < best.added) best = { route, start, added };
    }
    if (!best) {
      unassigned.push(order);
      continue;
    }
    best.route.stops.push(order);
    best.route.freeAt = best.start + order.durationMs;
    if (order.dueAt !== null && best.route.freeAt > order.dueAt) late++;
  }
  let km = 0;
  for (const r of routes) {
    if (r.stops.length === 0) continue;
    const start = r.tech.start!;
    km += pathTravel([start, ...r.stops.map((s) => s.location!), r.tech.end ?? start]).km;
  }
  return {
    km,
    assigned: queue.length - unassigned.length,
    unassigned: unassigned.length,
    late,
    techniciansUsed: routes.filter((r) => r.stops.length > 0).length,
  };
}

/** The earliest start ≥ ready inside a shift span (and the promised window), ending in the span. */
function placeAfter(tech: PlanTechnician, ready: number, order: PlanStop): number | null {
  for (const span of tech.spans) {
    let start = Math.max(ready, span.start, order.windowStart ?? 0);
    if (order.windowEnd !== null && start >= order.windowEnd) return null;
    start = Math.ceil(start / (5 * M)) * 5 * M;
    if (start + order.durationMs <= span.end) return start;
  }
  return null;
}
