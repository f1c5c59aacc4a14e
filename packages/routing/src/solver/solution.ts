import type { Instance } from './instance.ts';
import { Route } from './route.ts';

/**
 * A complete assignment: one route per vehicle (possibly empty) and the visits left out.
 * `routeOf[i]` is the vehicle serving visit i, or -1.
 */
export class Solution {
  readonly routes: Route[];
  readonly routeOf: Int32Array;
  /** Visits no vehicle can ever serve; they never enter the search. */
  readonly impossible: Uint8Array;

  constructor(readonly inst: Instance) {
    this.routes = [];
    for (let v = 0; v < inst.vehicleCount; v++) this.routes.push(new Route(inst, v));
    this.routeOf = new Int32Array(inst.visitCount).fill(-1);
    this.impossible = new Uint8Array(inst.visitCount);
  }

  /** Refresh `routeOf` for one route's visits after it changed. */
  claim(vehicle: number): void {
    const route = this.routes[vehicle]!;
    for (let k = 0; k < route.len; k++) this.routeOf[route.nodes[k]!] = vehicle;
  }

  cost(): number {
    let total = 0;
    for (const route of this.routes) total += route.cost;
    for (let i = 0; i < this.inst.visitCount; i++) if (this.routeOf[i] === -1) total += this.inst.penalty[i]!;
    return total;
  }

  distance(): number {
    let total = 0;
    for (const route of this.routes) total += route.distance;
    return total;
  }

  usedVehicles(): number {
    let used = 0;
    for (const route of this.routes) if (route.len > 0) used++;
    return used;
  }

  unassignedCount(): number {
    let count = 0;
    for (let i = 0; i < this.inst.visitCount; i++) if (this.routeOf[i] === -1) count++;
    return count;
  }

  /** Flat snapshot: for each vehicle its length then its nodes. */
  snapshot(): Int32Array {
    const out = new Int32Array(this.inst.vehicleCount + this.inst.visitCount);
    let k = 0;
    for (const route of this.routes) {
      out[k++] = route.len;
      for (let j = 0; j < route.len; j++) out[k++] = route.nodes[j]!;
    }
    return out;
  }

  restore(snapshot: Int32Array): void {
    this.routeOf.fill(-1);
    let k = 0;
    for (const route of this.routes) {
      const len = snapshot[k++]!;
      route.setNodes(snapshot.subarray(k, k + len), len);
      k += len;
      this.claim(route.vehicle);
    }
  }
}
