import { type Instance, TIME_EPS } from './instance.ts';
import { arriveAfter, earliestStart, latestStart } from './timing.ts';

/**
 * One vehicle's sequence of visits with the schedule data that makes inserting a visit an O(1)
 * check: earliest departure from every position (forward pass) and latest feasible arrival at
 * every position (backward pass). Position 0 is the start depot, len+1 the end depot.
 */
export class Route {
  len = 0;
  readonly nodes: Int32Array;
  readonly depart: Float64Array;
  readonly start: Float64Array;
  readonly arrival: Float64Array;
  readonly latest: Float64Array;
  load = 0;
  distance = 0;
  cost = 0;
  feasible = true;
  readonly hasBreaks: boolean;

  constructor(
    readonly inst: Instance,
    readonly vehicle: number,
  ) {
    const size = inst.visitCount + 2;
    this.nodes = new Int32Array(size);
    this.depart = new Float64Array(size);
    this.start = new Float64Array(size);
    this.arrival = new Float64Array(size);
    this.latest = new Float64Array(size);
    this.hasBreaks = inst.breakOffset[vehicle + 1]! > inst.breakOffset[vehicle]!;
  }

  location(position: number): number {
    if (position === 0) return this.inst.vehicleStart[this.vehicle]!;
    if (position > this.len) return this.inst.vehicleEnd[this.vehicle]!;
    return this.inst.visitLocation[this.nodes[position - 1]!]!;
  }

  setNodes(nodes: ArrayLike<number>, count: number): void {
    for (let k = 0; k < count; k++) this.nodes[k] = nodes[k]!;
    this.len = count;
    this.update();
  }

  insertAt(position: number, visit: number): void {
    // position p means "after position p": the visit becomes node index p.
    this.nodes.copyWithin(position + 1, position, this.len);
    this.nodes[position] = visit;
    this.len++;
    this.update();
  }

  removeIndex(index: number): void {
    this.nodes.copyWithin(index, index + 1, this.len);
    this.len--;
  }

  /** Recompute schedule, load, distance and cost; sets `feasible`. */
  update(): void {
    const inst = this.inst;
    const v = this.vehicle;
    const size = inst.locationCount;
    let time = inst.shiftStart[v]!;
    let prev = inst.vehicleStart[v]!;
    let distance = 0;
    let travel = 0;
    let load = 0;
    let feasible = true;
    this.depart[0] = time;
    for (let q = 1; q <= this.len; q++) {
      const u = this.nodes[q - 1]!;
      const loc = inst.visitLocation[u]!;
      const arc = prev * size + loc;
      distance += inst.distance[arc]!;
      travel += inst.travelTime[arc]!;
      const arrival = arriveAfter(inst, v, time, inst.travelTime[arc]!);
      const start = earliestStart(inst, v, u, arrival);
      if (start === Number.POSITIVE_INFINITY) feasible = false;
      this.arrival[q] = arrival;
      this.start[q] = start;
      time = start + inst.serviceTime[u]!;
      this.depart[q] = time;
      load += inst.demand[u]!;
      prev = loc;
    }
    const end = inst.vehicleEnd[v]!;
    const last = prev * size + end;
    distance += inst.distance[last]!;
    travel += inst.travelTime[last]!;
    const back = arriveAfter(inst, v, time, inst.travelTime[last]!);
    this.arrival[this.len + 1] = back;
    if (back > inst.shiftEnd[v]! + TIME_EPS) feasible = false;
    if (load > inst.capacity[v]! + TIME_EPS || this.len > inst.maxVisits[v]!) feasible = false;
    this.load = load;
    this.distance = distance;
    this.cost =
      this.len === 0
        ? 0
        : inst.costPerDistance[v]! * distance + inst.costPerTime[v]! * travel + inst.fixedCost[v]!;
    this.feasible = feasible;
    // Latest arrivals ignore breaks: exact without breaks, and for technicians with breaks an
    // optimistic bound (breaks only delay) that rejects most insertions before the exact replay.
    this.latest[this.len + 1] = inst.shiftEnd[v]!;
    let next = end;
    for (let q = this.len; q >= 1; q--) {
      const u = this.nodes[q - 1]!;
      const loc = inst.visitLocation[u]!;
      const bound = this.latest[q + 1]! - inst.travelTime[loc * size + next]! - inst.serviceTime[u]!;
      this.latest[q] = latestStart(inst, u, bound);
      next = loc;
    }
  }

  /**
   * Exact feasibility of inserting `visit` after position `p` for vehicles with breaks: replay
   * the schedule forward until it rejoins the current one.
   */
  replayInsertion(p: number, visit: number, arrivalAtVisit: number): boolean {
    const inst = this.inst;
    const v = this.vehicle;
    const size = inst.locationCount;
    let start = earliestStart(inst, v, visit, arrivalAtVisit);
    if (start === Number.POSITIVE_INFINITY) return false;
    let prev = inst.visitLocation[visit]!;
    let depart = start + inst.serviceTime[visit]!;
    for (let q = p + 1; q <= this.len; q++) {
      const u = this.nodes[q - 1]!;
      const loc = inst.visitLocation[u]!;
      const arrival = arriveAfter(inst, v, depart, inst.travelTime[prev * size + loc]!);
      start = earliestStart(inst, v, u, arrival);
      if (start === Number.POSITIVE_INFINITY) return false;
      if (start <= this.start[q]! + TIME_EPS) return true;
      depart = start + inst.serviceTime[u]!;
      prev = loc;
    }
    const end = inst.vehicleEnd[v]!;
    return arriveAfter(inst, v, depart, inst.travelTime[prev * size + end]!) <= inst.shiftEnd[v]! + TIME_EPS;
  }
}
