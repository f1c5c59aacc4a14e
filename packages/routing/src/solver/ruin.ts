import type { Rng } from './rng.ts';
import type { Solution } from './solution.ts';

/**
 * SISR ruin (Christiaens & Vanden Berghe, "Slack Induction by String Removals", 2020): remove a
 * few strings of consecutive visits from routes near a random seed visit. Removing neighbouring
 * strings from several routes creates slack exactly where a better recombination is possible.
 */
export interface RuinParams {
  /** Average number of visits removed. */
  averageRemoved: number;
  /** Longest string removed from one route. */
  maxString: number;
}

export class Ruin {
  private readonly ruined: Uint8Array;

  constructor(
    private readonly sol: Solution,
    private readonly params: RuinParams,
  ) {
    this.ruined = new Uint8Array(sol.inst.vehicleCount);
  }

  /**
   * Removes visits, appending them to `removed`; returns how many. `touch(v)` is called before a
   * route changes so the caller can back it up.
   */
  run(rng: Rng, removed: Int32Array, touch: (vehicle: number) => void): number {
    const sol = this.sol;
    const inst = sol.inst;
    let assigned = 0;
    let used = 0;
    for (const route of sol.routes) {
      if (route.len > 0) used++;
      assigned += route.len;
    }
    if (assigned === 0) return 0;
    const maxString = Math.min(this.params.maxString, assigned / used);
    const maxStrings = (4 * this.params.averageRemoved) / (1 + maxString) - 1;
    const strings = Math.floor(rng.next() * maxStrings) + 1;
    const seed = this.pickSeed(rng);
    this.ruined.fill(0);
    let count = 0;
    let ruinedRoutes = 0;
    const k = inst.neighbourCount;
    for (let t = -1; t < k && ruinedRoutes < strings; t++) {
      const visit = t < 0 ? seed : inst.neighbours[seed * k + t]!;
      const vehicle = sol.routeOf[visit]!;
      if (vehicle < 0 || this.ruined[vehicle] === 1) continue;
      const route = sol.routes[vehicle]!;
      const cap = Math.min(route.len, maxString);
      const length = Math.floor(rng.next() * cap) + 1;
      touch(vehicle);
      let index = 0;
      while (route.nodes[index] !== visit) index++;
      if (length < route.len && rng.next() < 0.5) {
        count = this.removeSplitString(rng, vehicle, index, length, removed, count);
      } else {
        count = this.removeString(rng, vehicle, index, length, removed, count);
      }
      route.update();
      this.ruined[vehicle] = 1;
      ruinedRoutes++;
    }
    return count;
  }

  /**
   * Empty one short route entirely (the fleet-reduction move of VROOM and reinterpretcat/vrp):
   * SISR alone rarely empties a route, so plans can stay stuck with one vehicle too many.
   */
  removeRoute(rng: Rng, removed: Int32Array, touch: (vehicle: number) => void): number {
    const sol = this.sol;
    let chosen = -1;
    let shortest = Number.POSITIVE_INFINITY;
    for (const route of sol.routes) {
      if (route.len === 0) continue;
      // Prefer short routes, with noise so every route gets its turn.
      const score = route.len * (0.5 + rng.next());
      if (score < shortest) {
        shortest = score;
        chosen = route.vehicle;
      }
    }
    if (chosen < 0) return 0;
    touch(chosen);
    const route = sol.routes[chosen]!;
    const count = this.removeRange(chosen, 0, route.len, 0, removed, 0);
    route.update();
    return count;
  }

  private pickSeed(rng: Rng): number {
    const sol = this.sol;
    const n = sol.inst.visitCount;
    for (let attempt = 0; attempt < 20; attempt++) {
      const visit = rng.int(n);
      if (sol.routeOf[visit]! >= 0 && sol.inst.lockedVehicle[visit] === -1) return visit;
    }
    return rng.int(n);
  }

  private removeString(
    rng: Rng,
    vehicle: number,
    index: number,
    length: number,
    removed: Int32Array,
    count: number,
  ): number {
    const route = this.sol.routes[vehicle]!;
    const lowest = Math.max(0, index - length + 1);
    const highest = Math.min(index, route.len - length);
    const from = lowest + rng.int(highest - lowest + 1);
    return this.removeRange(vehicle, from, length, 0, removed, count);
  }

  /** Remove a string of length+kept visits but keep `kept` consecutive ones in its middle. */
  private removeSplitString(
    rng: Rng,
    vehicle: number,
    index: number,
    length: number,
    removed: Int32Array,
    count: number,
  ): number {
    const route = this.sol.routes[vehicle]!;
    let kept = 1;
    while (length + kept < route.len && rng.next() < 0.5) kept++;
    const span = length + kept;
    const lowest = Math.max(0, index - span + 1);
    const highest = Math.min(index, route.len - span);
    const from = lowest + rng.int(highest - lowest + 1);
    const keepAt = rng.int(length + 1);
    return this.removeRange(vehicle, from, span, kept, removed, count, keepAt);
  }

  private removeRange(
    vehicle: number,
    from: number,
    span: number,
    kept: number,
    removed: Int32Array,
    count: number,
    keepAt = 0,
  ): number {
    const sol = this.sol;
    const route = sol.routes[vehicle]!;
    const locked = sol.inst.lockedVehicle;
    let write = from;
    for (let k = from; k < route.len; k++) {
      const visit = route.nodes[k]!;
      const offset = k - from;
      const inSpan = offset < span;
      const keep = !inSpan || (offset >= keepAt && offset < keepAt + kept) || locked[visit] !== -1;
      if (keep) {
        route.nodes[write++] = visit;
      } else {
        removed[count++] = visit;
        sol.routeOf[visit] = -1;
      }
    }
    route.len = write;
    return count;
  }
}
