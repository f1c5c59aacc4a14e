import type { TravelMatrix } from '../matrix/travel-matrix.ts';
import type { Plan, RoutingProblem } from '../model/problem.ts';
import { findBestInsertion, newChoice } from './insertion.ts';
import { Rng } from './rng.ts';
import { runSearch } from './search.ts';
import type { Solution } from './solution.ts';
import { prepareSolution, toPlan } from './solve-compiled.ts';

export interface InsertVisitResult {
  plan: Plan;
  /** Visits of the earlier plan that changed technician or order to make room. */
  moved: string[];
}

/**
 * Put one urgent visit (already in `problem`, so the matrix covers it) into an existing plan,
 * moving as little as possible:
 * 1. the cheapest position that moves nobody;
 * 2. else make room by moving one other (unpinned) visit to its best place elsewhere;
 * 3. else a short ruin-and-recreate from the current plan within the time budget.
 */
export function insertVisit(
  problem: RoutingProblem,
  matrix: TravelMatrix,
  current: Map<string, string[]>,
  urgentId: string,
  options: { timeLimitMs?: number; seed?: number } = {},
): InsertVisitResult {
  const startedAt = performance.now();
  const target = problem.visits.findIndex((visit) => visit.id === urgentId);
  if (target < 0) throw new Error(`visit ${urgentId} is not in the problem`);
  // Same visit order as the matrix layout; only the urgent visit becomes mandatory.
  const withUrgent: RoutingProblem = {
    technicians: problem.technicians,
    visits: problem.visits.map((visit, i) => (i === target ? { ...visit, mandatory: true } : visit)),
  };
  const routes = new Map([...current].map(([tech, ids]) => [tech, ids.filter((id) => id !== urgentId)]));
  const { sol, rejected } = prepareSolution(withUrgent, matrix, 'distance', routes);
  const inst = sol.inst;
  const before = describe(sol, withUrgent);
  const choice = newChoice();
  const tried = new Uint8Array(inst.vehicleCount);
  const done = () => {
    const plan = toPlan(sol, withUrgent, rejected, 0, performance.now() - startedAt);
    const after = describe(sol, withUrgent);
    const moved = [...before.keys()].filter((id) => before.get(id) !== after.get(id));
    return { plan, moved };
  };
  if (sol.impossible[target] === 1) return done();

  findBestInsertion(sol, target, null, 0, choice, tried);
  if (choice.vehicle >= 0) {
    sol.routes[choice.vehicle]!.insertAt(choice.position, target);
    sol.routeOf[target] = choice.vehicle;
    return done();
  }
  if (makeRoomByMovingOne(sol, target)) return done();

  const remaining = Math.max(1, (options.timeLimitMs ?? 150) - (performance.now() - startedAt));
  const result = runSearch(sol, new Rng(options.seed ?? 1), {
    timeLimitMs: remaining,
    maxIterations: Number.POSITIVE_INFINITY,
    progressIntervalMs: Number.POSITIVE_INFINITY,
  });
  sol.restore(result.best);
  return done();
}

/** Try every unpinned visit: take it out, insert the urgent one, put the removed one back elsewhere. */
function makeRoomByMovingOne(sol: Solution, target: number): boolean {
  const inst = sol.inst;
  const choice = newChoice();
  const tried = new Uint8Array(inst.vehicleCount);
  let bestCost = Number.POSITIVE_INFINITY;
  let bestMove: [number, number] | null = null;
  const baseline = sol.cost();
  for (const route of sol.routes) {
    for (let k = 0; k < route.len; k++) {
      const visit = route.nodes[k]!;
      if (inst.lockedVehicle[visit] !== -1) continue;
      const snapshot = sol.snapshot();
      route.removeIndex(k);
      route.update();
      sol.routeOf[visit] = -1;
      let cost = Number.POSITIVE_INFINITY;
      findBestInsertion(sol, target, null, 0, choice, tried);
      if (choice.vehicle >= 0) {
        sol.routes[choice.vehicle]!.insertAt(choice.position, target);
        sol.routeOf[target] = choice.vehicle;
        findBestInsertion(sol, visit, null, 0, choice, tried);
        if (choice.vehicle >= 0) cost = sol.cost() - inst.penalty[visit]! + choice.delta - baseline;
      }
      sol.restore(snapshot);
      sol.routeOf[target] = -1;
      if (cost < bestCost) {
        bestCost = cost;
        bestMove = [route.vehicle, visit];
      }
    }
  }
  if (!bestMove) return false;
  const [vehicle, visit] = bestMove;
  const route = sol.routes[vehicle]!;
  route.removeIndex(route.nodes.indexOf(visit));
  route.update();
  sol.routeOf[visit] = -1;
  for (const moving of [target, visit]) {
    findBestInsertion(sol, moving, null, 0, choice, tried);
    if (choice.vehicle < 0) continue;
    sol.routes[choice.vehicle]!.insertAt(choice.position, moving);
    sol.routeOf[moving] = choice.vehicle;
  }
  return true;
}

/** Technician of every assigned visit, to tell which visits changed hands. */
function describe(sol: Solution, problem: RoutingProblem): Map<string, number> {
  const out = new Map<string, number>();
  for (const route of sol.routes) {
    for (let k = 0; k < route.len; k++) out.set(problem.visits[route.nodes[k]!]!.id, route.vehicle);
  }
  return out;
}
