import { Recreate } from './recreate.ts';
import type { Rng } from './rng.ts';
import { Ruin } from './ruin.ts';
import type { Solution } from './solution.ts';

/**
 * SISR settings. Removal sizes are the paper's; the temperatures (in average arc costs) were
 * tuned on 12 hard Solomon instances at 1.3 s: 4 → 0.01 beat 0.5 → 0.005 (0.85 % vs 2.4 % mean
 * gap), and 2 or 8 at the hot end did worse than 4.
 */
const TUNE = {
  removed: 10,
  maxString: 10,
  hot: 4,
  cold: 0.01,
};

export interface SearchOptions {
  timeLimitMs: number;
  maxIterations: number;
  /** Set element 0 to 1 from another thread to stop early with the best so far. */
  stopFlag?: Int32Array;
  onProgress?: (iterations: number, elapsedMs: number, sol: Solution) => void;
  progressIntervalMs: number;
}

export interface SearchResult {
  best: Int32Array;
  bestCost: number;
  iterations: number;
}

/**
 * Ruin-and-recreate under simulated annealing (SISR). Temperatures scale with the average arc
 * cost of the start solution, so one setting works for plane units, metres and money alike.
 */
export function runSearch(sol: Solution, rng: Rng, options: SearchOptions): SearchResult {
  const inst = sol.inst;
  const n = inst.visitCount;
  const startedAt = performance.now();
  const ruin = new Ruin(sol, {
    averageRemoved: Math.min(TUNE.removed, Math.max(1, n)),
    maxString: TUNE.maxString,
  });
  const recreate = new Recreate(sol, 0.01);
  const backupNodes = sol.routes.map(() => new Int32Array(n));
  const backupLen = new Int32Array(inst.vehicleCount);
  const touched = new Uint8Array(inst.vehicleCount);
  const touchedList = new Int32Array(inst.vehicleCount);
  let touchedCount = 0;
  const touch = (vehicle: number) => {
    if (touched[vehicle] === 1) return;
    touched[vehicle] = 1;
    touchedList[touchedCount++] = vehicle;
    const route = sol.routes[vehicle]!;
    backupLen[vehicle] = route.len;
    backupNodes[vehicle]!.set(route.nodes.subarray(0, route.len));
  };
  const pending = new Int32Array(n);
  const impossibleCount = sol.impossible.reduce((sum, flag) => sum + flag, 0);

  let currentCost = sol.cost();
  let best = sol.snapshot();
  let bestCost = currentCost;
  const arcs = Math.max(1, n - sol.unassignedCount() + sol.usedVehicles());
  // Fixed vehicle costs are left out: they would make the temperature meaningless.
  const routeCost = sol.routes.reduce(
    (sum, route) => sum + (route.len > 0 ? route.cost - inst.fixedCost[route.vehicle]! : 0),
    0,
  );
  const averageArc = routeCost > 0 ? routeCost / arcs : 1;
  // Emptying whole routes only pays when vehicles cost something; for pure distance it mostly
  // wastes iterations (measured on Solomon at 1.3 s).
  const routeRemoval = inst.fixedCost.some((cost) => cost > 0) ? 0.05 : 0;
  const hot = TUNE.hot * averageArc;
  const cold = TUNE.cold * averageArc;
  let iterations = 0;
  let lastReport = startedAt;
  while (iterations < options.maxIterations) {
    const now = performance.now();
    const elapsed = now - startedAt;
    if (elapsed >= options.timeLimitMs) break;
    if (options.stopFlag && Atomics.load(options.stopFlag, 0) !== 0) break;
    if (options.onProgress && now - lastReport >= options.progressIntervalMs) {
      lastReport = now;
      options.onProgress(iterations, elapsed, sol);
    }
    const fraction = Math.max(
      elapsed / options.timeLimitMs,
      Number.isFinite(options.maxIterations) ? iterations / options.maxIterations : 0,
    );
    const temperature = hot * (cold / hot) ** fraction;
    iterations++;

    touchedCount = 0;
    const used = sol.usedVehicles();
    const emptyRoute = used > 1 && rng.next() < routeRemoval;
    let count = emptyRoute ? ruin.removeRoute(rng, pending, touch) : ruin.run(rng, pending, touch);
    // Retry a handful of the visits still left out (all of them when there are few): retrying
    // every one each iteration made over-booked days hundreds of times slower.
    const leftOut = sol.unassignedCount() - impossibleCount - count;
    const retry = leftOut <= 8 ? 1 : 8 / leftOut;
    for (let i = 0; i < n; i++) {
      if (
        sol.routeOf[i] === -1 &&
        sol.impossible[i] === 0 &&
        !contains(pending, count, i) &&
        rng.next() < retry
      ) {
        pending[count++] = i;
      }
    }
    recreate.run(rng, pending, count, touch, !emptyRoute);
    const newCost = sol.cost();
    if (newCost < currentCost - temperature * Math.log(rng.next())) {
      currentCost = newCost;
      if (newCost < bestCost - 1e-9) {
        bestCost = newCost;
        best = sol.snapshot();
      }
    } else {
      for (let k = 0; k < count; k++) sol.routeOf[pending[k]!] = -1;
      for (let t = 0; t < touchedCount; t++) {
        const vehicle = touchedList[t]!;
        sol.routes[vehicle]!.setNodes(backupNodes[vehicle]!, backupLen[vehicle]!);
        sol.claim(vehicle);
      }
    }
    for (let t = 0; t < touchedCount; t++) touched[touchedList[t]!] = 0;
  }
  return { best, bestCost, iterations };
}

function contains(list: Int32Array, count: number, value: number): boolean {
  for (let k = 0; k < count; k++) if (list[k] === value) return true;
  return false;
}
