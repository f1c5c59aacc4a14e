import { TIME_EPS } from './instance.ts';
import type { Rng } from './rng.ts';
import type { Route } from './route.ts';
import type { Solution } from './solution.ts';
import { arriveAfter, earliestStart } from './timing.ts';

/** Result slot reused across calls so the hot loop allocates nothing. */
export interface InsertionChoice {
  vehicle: number;
  position: number;
  delta: number;
}

export function newChoice(): InsertionChoice {
  return { vehicle: -1, position: -1, delta: Number.POSITIVE_INFINITY };
}

/**
 * Cheapest feasible position for `visit` over all vehicles. With `blinkRate` > 0 each position
 * is skipped with that probability (SISR "blinks"), which diversifies the recreate step.
 * Only one empty vehicle per vehicle class is tried: identical empty vehicles are interchangeable.
 */
export function findBestInsertion(
  sol: Solution,
  visit: number,
  rng: Rng | null,
  blinkRate: number,
  out: InsertionChoice,
  triedClass: Uint8Array,
  allowNewRoutes = true,
): InsertionChoice {
  const inst = sol.inst;
  const n = inst.visitCount;
  out.vehicle = -1;
  out.position = -1;
  out.delta = Number.POSITIVE_INFINITY;
  triedClass.fill(0);
  for (const route of sol.routes) {
    const v = route.vehicle;
    if (inst.allowed[v * n + visit] === 0) continue;
    if (route.len === 0) {
      if (!allowNewRoutes) continue;
      const cls = inst.vehicleClass[v]!;
      if (triedClass[cls] === 1) continue;
      triedClass[cls] = 1;
    }
    if (route.load + inst.demand[visit]! > inst.capacity[v]! + TIME_EPS) continue;
    if (route.len + 1 > inst.maxVisits[v]!) continue;
    scanRoute(route, visit, rng, blinkRate, out);
  }
  return out;
}

function scanRoute(
  route: Route,
  visit: number,
  rng: Rng | null,
  blinkRate: number,
  out: InsertionChoice,
): void {
  const inst = route.inst;
  const v = route.vehicle;
  const size = inst.locationCount;
  const dist = inst.distance;
  const time = inst.travelTime;
  const perDistance = inst.costPerDistance[v]!;
  const perTime = inst.costPerTime[v]!;
  const fixed = route.len === 0 ? inst.fixedCost[v]! : 0;
  const loc = inst.visitLocation[visit]!;
  const service = inst.serviceTime[visit]!;
  const openHull = inst.openHull[visit]!;
  const closeHull = inst.closeHull[visit]!;
  const plain = !route.hasBreaks;
  const singleWindow = inst.winOffset[visit + 1]! - inst.winOffset[visit]! === 1;
  let prev = route.location(0);
  for (let p = 0; p <= route.len; p++) {
    const next = p === route.len ? inst.vehicleEnd[v]! : inst.visitLocation[route.nodes[p]!]!;
    const depart = route.depart[p]!;
    const a = prev;
    prev = next;
    // Departure only grows along the route: once it is past the window nothing later can fit.
    if (depart > closeHull + TIME_EPS) break;
    const toVisit = a * size + loc;
    const fromVisit = loc * size + next;
    const skip = a * size + next;
    const delta =
      perDistance * (dist[toVisit]! + dist[fromVisit]! - dist[skip]!) +
      perTime * (time[toVisit]! + time[fromVisit]! - time[skip]!) +
      fixed;
    if (delta >= out.delta) continue;
    if (plain) {
      const arrival = depart + time[toVisit]!;
      let start: number;
      if (singleWindow) {
        start = Math.max(arrival, openHull);
        if (start > closeHull + TIME_EPS) continue;
      } else {
        start = earliestStart(inst, v, visit, arrival);
        if (start === Number.POSITIVE_INFINITY) continue;
      }
      if (start + service + time[fromVisit]! > route.latest[p + 1]! + TIME_EPS) continue;
    } else {
      const arrival = arriveAfter(inst, v, depart, time[toVisit]!);
      const start = earliestStart(inst, v, visit, arrival);
      if (start === Number.POSITIVE_INFINITY) continue;
      // Necessary condition from the break-free latest arrivals, then the exact replay.
      if (start + service + time[fromVisit]! > route.latest[p + 1]! + TIME_EPS) continue;
      if (!route.replayInsertion(p, visit, arrival)) continue;
    }
    // A blink only matters for a position that would be chosen, so draw it only here.
    if (blinkRate > 0 && rng !== null && rng.next() < blinkRate) continue;
    out.vehicle = v;
    out.position = p;
    out.delta = delta;
  }
}
