import type { TravelMatrix } from '../matrix/travel-matrix.ts';
import type {
  Objective,
  Plan,
  PlannedRoute,
  RoutingProblem,
  SolveOptions,
  UnassignedVisit,
} from '../model/problem.ts';
import { compileProblem } from './compile.ts';
import { explainAlone } from './explain.ts';
import type { Instance } from './instance.ts';
import { Recreate } from './recreate.ts';
import { Rng } from './rng.ts';
import { runSearch } from './search.ts';
import { Solution } from './solution.ts';

export interface SolveControl {
  stopFlag?: Int32Array;
  /** Start from these routes (technician id → visit ids in order) instead of from scratch. */
  initialRoutes?: Map<string, string[]>;
}

/** Solve with a travel matrix already built for `layoutLocations(problem)`. Synchronous. */
export function solveWithMatrix(
  problem: RoutingProblem,
  matrix: TravelMatrix,
  options: SolveOptions = {},
  control: SolveControl = {},
): Plan {
  const startedAt = performance.now();
  const { sol, rejected } = prepareSolution(
    problem,
    matrix,
    options.objective ?? 'distance',
    control.initialRoutes,
  );
  const inst = sol.inst;
  const rng = new Rng(options.seed ?? 1);
  const pending = Int32Array.from({ length: inst.visitCount }, (_, i) => i).filter(
    (i) => sol.routeOf[i] === -1 && sol.impossible[i] === 0,
  );
  new Recreate(sol, 0).run(null, pending, pending.length, () => {});
  const result = runSearch(sol, rng, {
    // The limit covers the whole call: compiling and construction come out of the same budget.
    timeLimitMs: Math.max(0, (options.timeLimitMs ?? 2000) - (performance.now() - startedAt)),
    maxIterations: options.maxIterations ?? Number.POSITIVE_INFINITY,
    progressIntervalMs: options.progressIntervalMs ?? 250,
    ...(control.stopFlag ? { stopFlag: control.stopFlag } : {}),
    ...(options.onProgress
      ? {
          onProgress: (iterations: number, elapsedMs: number, current: Solution) =>
            options.onProgress?.({
              elapsedMs,
              iterations,
              bestCost: current.cost(),
              vehicles: current.usedVehicles(),
              distance: current.distance(),
              unassigned: current.unassignedCount(),
            }),
        }
      : {}),
  });
  sol.restore(result.best);
  return toPlan(sol, problem, rejected, result.iterations, performance.now() - startedAt);
}

export interface Prepared {
  sol: Solution;
  rejected: Map<number, UnassignedVisit>;
}

/** Compile, explain impossible visits, and place pinned and given routes (no search yet). */
export function prepareSolution(
  problem: RoutingProblem,
  matrix: TravelMatrix,
  objective: Objective,
  initialRoutes?: Map<string, string[]>,
): Prepared {
  const { inst, rejected } = compileProblem(problem, matrix, objective);
  const sol = new Solution(inst);
  for (let i = 0; i < inst.visitCount; i++) {
    if (!rejected.has(i)) {
      const reason = explainAlone(inst, i, problem.visits[i]!.id);
      if (reason) rejected.set(i, reason);
    }
    if (rejected.has(i)) sol.impossible[i] = 1;
  }
  placeLockedVisits(sol, problem, rejected);
  if (initialRoutes) placeInitialRoutes(sol, problem, initialRoutes);
  return { sol, rejected };
}

/** Started and confirmed visits open their technician's route in their pinned order. */
function placeLockedVisits(
  sol: Solution,
  problem: RoutingProblem,
  rejected: Map<number, UnassignedVisit>,
): void {
  const inst = sol.inst;
  for (const route of sol.routes) {
    const locked: number[] = [];
    for (let i = 0; i < inst.visitCount; i++) {
      if (inst.lockedVehicle[i] === route.vehicle && sol.impossible[i] === 0) locked.push(i);
    }
    locked.sort((a, b) => inst.lockedOrder[a]! - inst.lockedOrder[b]!);
    route.setNodes(locked, locked.length);
    while (!route.feasible && route.len > 0) {
      const dropped = route.nodes[route.len - 1]!;
      route.setNodes(route.nodes, route.len - 1);
      sol.impossible[dropped] = 1;
      rejected.set(dropped, {
        visitId: problem.visits[dropped]!.id,
        reason: 'PINNED_SEQUENCE_INFEASIBLE',
        message: 'the pinned order of this technician cannot be kept with this visit',
      });
    }
    sol.claim(route.vehicle);
  }
}

/**
 * Load routes of an existing plan: the given order is kept, pinned visits stay, and visits that
 * no longer fit (changed windows, skills) are dropped from the end so the start is feasible.
 */
function placeInitialRoutes(sol: Solution, problem: RoutingProblem, routes: Map<string, string[]>): void {
  const inst = sol.inst;
  const visitIndex = new Map(problem.visits.map((visit, i) => [visit.id, i]));
  problem.technicians.forEach((tech, v) => {
    const ids = routes.get(tech.id);
    if (!ids) return;
    const route = sol.routes[v]!;
    const locked = Array.from(route.nodes.subarray(0, route.len));
    const given = ids
      .map((id) => visitIndex.get(id))
      .filter((i): i is number => i !== undefined && sol.impossible[i] === 0)
      .filter((i) => inst.allowed[v * inst.visitCount + i] === 1 && sol.routeOf[i] === -1);
    const missingLocked = locked.filter((i) => !given.includes(i));
    const nodes = [...missingLocked, ...given];
    route.setNodes(nodes, nodes.length);
    while (!route.feasible && route.len > missingLocked.length) route.setNodes(route.nodes, route.len - 1);
    sol.claim(v);
  });
}

export function toPlan(
  sol: Solution,
  problem: RoutingProblem,
  rejected: Map<number, UnassignedVisit>,
  iterations: number,
  timeMs: number,
): Plan {
  const inst: Instance = sol.inst;
  const routes: PlannedRoute[] = [];
  for (const route of sol.routes) {
    if (route.len === 0) continue;
    const stops = [];
    for (let q = 1; q <= route.len; q++) {
      const visit = route.nodes[q - 1]!;
      stops.push({
        visitId: problem.visits[visit]!.id,
        arrival: route.arrival[q]!,
        start: route.start[q]!,
        end: route.start[q]! + inst.serviceTime[visit]!,
      });
    }
    routes.push({
      technicianId: problem.technicians[route.vehicle]!.id,
      stops,
      distance: route.distance,
      departure: route.depart[0]!,
      arrival: route.arrival[route.len + 1]!,
      cost: route.cost,
    });
  }
  const unassigned: UnassignedVisit[] = [];
  for (let i = 0; i < inst.visitCount; i++) {
    if (sol.routeOf[i] !== -1) continue;
    const id = problem.visits[i]!.id;
    unassigned.push(
      rejected.get(i) ?? {
        visitId: id,
        reason: 'NO_ROOM',
        message: 'every technician who could do it is fully booked (or it costs more than leaving it out)',
      },
    );
  }
  return {
    routes,
    unassigned,
    vehicles: routes.length,
    distance: sol.distance(),
    cost: sol.cost(),
    iterations,
    timeMs,
  };
}
