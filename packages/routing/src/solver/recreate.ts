import { findBestInsertion, newChoice } from './insertion.ts';
import type { Rng } from './rng.ts';
import type { Solution } from './solution.ts';

/**
 * SISR recreate: insert the pending visits one by one at their cheapest position, in an order
 * drawn from a few sortings (random, demand, far from the depot, close to it, deadline), skipping
 * each position with a small "blink" probability.
 */
export class Recreate {
  private readonly choice = newChoice();
  private readonly triedClass: Uint8Array;
  private readonly keys: Float64Array;
  private readonly depotDistance: Float64Array;
  private readonly order: number[] = [];

  constructor(
    private readonly sol: Solution,
    private readonly blinkRate: number,
  ) {
    const inst = sol.inst;
    let classes = 0;
    for (let v = 0; v < inst.vehicleCount; v++) classes = Math.max(classes, inst.vehicleClass[v]! + 1);
    this.triedClass = new Uint8Array(classes);
    this.keys = new Float64Array(inst.visitCount);
    this.depotDistance = new Float64Array(inst.visitCount);
    if (inst.vehicleCount > 0) {
      const depot = inst.vehicleStart[0]!;
      for (let i = 0; i < inst.visitCount; i++) {
        this.depotDistance[i] = inst.distance[depot * inst.locationCount + inst.visitLocation[i]!]!;
      }
    }
  }

  /** Insert `pending[0..count)`; visits that fit nowhere (or cost more than their penalty) stay out. */
  run(
    rng: Rng | null,
    pending: Int32Array,
    count: number,
    touch: (vehicle: number) => void,
    allowNewRoutes = true,
  ): void {
    const sol = this.sol;
    const inst = sol.inst;
    this.sortPending(rng, pending, count);
    const blink = rng === null ? 0 : this.blinkRate;
    for (const visit of this.order) {
      const choice = findBestInsertion(sol, visit, rng, blink, this.choice, this.triedClass, allowNewRoutes);
      if (choice.vehicle < 0 || choice.delta >= inst.penalty[visit]!) continue;
      touch(choice.vehicle);
      sol.routes[choice.vehicle]!.insertAt(choice.position, visit);
      sol.routeOf[visit] = choice.vehicle;
    }
  }

  private sortPending(rng: Rng | null, pending: Int32Array, count: number): void {
    const inst = this.sol.inst;
    const keys = this.keys;
    const order = this.order;
    order.length = 0;
    for (let k = 0; k < count; k++) order.push(pending[k]!);
    const pick = rng === null ? -1 : rng.next() * 13;
    for (const visit of order) {
      let key: number;
      if (pick < 0) key = -this.depotDistance[visit]!;
      else if (pick < 4) key = rng!.next();
      else if (pick < 8) key = -inst.demand[visit]!;
      else if (pick < 10) key = -this.depotDistance[visit]!;
      else if (pick < 11) key = this.depotDistance[visit]!;
      else key = inst.closeHull[visit]!;
      // Urgent work is placed before anything it competes with.
      keys[visit] = key - inst.priority[visit]! * 1e12;
    }
    order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
}
