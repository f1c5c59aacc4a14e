/**
 * The solver's compiled view of a problem: flat typed arrays indexed by visit (0..n-1) and
 * vehicle (0..m-1), so that inner loops read numbers, never objects.
 */
export interface Instance {
  visitCount: number;
  vehicleCount: number;
  locationCount: number;
  /** Row-major location × location. */
  distance: Float64Array;
  travelTime: Float64Array;

  visitLocation: Int32Array;
  serviceTime: Float64Array;
  demand: Float64Array;
  /** Cost of leaving the visit out (huge for mandatory visits). */
  penalty: Float64Array;
  /** Visits sorted by priority, most urgent first; construction inserts in this order. */
  priority: Float64Array;
  /** Service-start windows in CSR form: visit i owns windows winOffset[i]..winOffset[i+1]-1. */
  winOffset: Int32Array;
  winOpen: Float64Array;
  winClose: Float64Array;
  /** Hull of each visit's windows, used for sorting and quick rejects. */
  openHull: Float64Array;
  closeHull: Float64Array;
  /** allowed[v * n + i] = 1 when vehicle v may serve visit i (skills, pins). */
  allowed: Uint8Array;
  /** Vehicle a locked visit belongs to, or -1. Locked visits never move (started/confirmed). */
  lockedVehicle: Int32Array;
  lockedOrder: Float64Array;

  vehicleStart: Int32Array;
  vehicleEnd: Int32Array;
  shiftStart: Float64Array;
  shiftEnd: Float64Array;
  capacity: Float64Array;
  maxVisits: Int32Array;
  costPerDistance: Float64Array;
  costPerTime: Float64Array;
  fixedCost: Float64Array;
  /** Vehicles with identical attributes share a class; only one empty one of a class is tried. */
  vehicleClass: Int32Array;
  breakOffset: Int32Array;
  breakStart: Float64Array;
  breakEnd: Float64Array;

  /** For each visit, the other visits by increasing distance (K of them). */
  neighbours: Int32Array;
  neighbourCount: number;
}

/** Slack tolerated on time comparisons, so rounding in sums never turns feasible into infeasible. */
export const TIME_EPS = 1e-7;

export function buildNeighbours(
  visitCount: number,
  visitLocation: Int32Array,
  distance: Float64Array,
  locationCount: number,
  k: number,
): Int32Array {
  const count = Math.min(k, Math.max(0, visitCount - 1));
  const out = new Int32Array(visitCount * count);
  const order: number[] = [];
  for (let i = 0; i < visitCount; i++) {
    order.length = 0;
    for (let j = 0; j < visitCount; j++) if (j !== i) order.push(j);
    const row = visitLocation[i]! * locationCount;
    const back = visitLocation[i]!;
    // Symmetrised distance: with asymmetric matrices both directions matter for relatedness.
    const key = (j: number) =>
      distance[row + visitLocation[j]!]! + distance[visitLocation[j]! * locationCount + back]!;
    order.sort((a, b) => key(a) - key(b) || a - b);
    for (let t = 0; t < count; t++) out[i * count + t] = order[t]!;
  }
  return out;
}
