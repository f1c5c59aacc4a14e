/**
 * The public shape of a routing problem and of the plan the solver returns. Everything the
 * planning desk sends is plain JSON: times are seconds on one clock chosen by the caller (for
 * example seconds since local midnight or Unix seconds), distances are metres, durations seconds.
 */

export interface GeoPoint {
  lat: number;
  lon: number;
}

/** A point on a plane; only used by the Solomon benchmark convention (Euclidean distance). */
export interface PlanePoint {
  x: number;
  y: number;
}

export type Location = GeoPoint | PlanePoint;

export interface TimeSpan {
  start: number;
  end: number;
}

export interface Technician {
  id: string;
  start: Location;
  /** Where the day ends; defaults to the start location. */
  end?: Location;
  shift: TimeSpan;
  /** Fixed unavailable spans (lunch, prayer); no service may overlap them and driving pauses. */
  breaks?: TimeSpan[];
  skills?: string[];
  maxVisits?: number;
  /** Load capacity (parts, units); unlimited when absent. */
  capacity?: number;
  costPerKm?: number;
  costPerHour?: number;
  /** Cost of using this technician at all (used by the `vehicles` objective). */
  fixedCost?: number;
}

export interface Visit {
  id: string;
  location: Location;
  /** Service duration in seconds. */
  duration: number;
  /** Spans in which service may start; any time within the shift when absent. */
  timeWindows?: TimeSpan[];
  requiredSkills?: string[];
  /** Higher is more urgent; urgent work is planned first and left out last. Default 0. */
  priority?: number;
  /** Latest finish (SLA due): service must end by this time. */
  latestFinish?: number;
  demand?: number;
  /** Must be in this plan (default true). Optional visits may be left out at `penalty`. */
  mandatory?: boolean;
  /** Cost of leaving an optional visit out. */
  penalty?: number;
  pinnedTechnician?: string;
  /** Started or confirmed: stays on `pinnedTechnician` in this order among pinned visits. */
  pinnedSequence?: number;
}

export interface RoutingProblem {
  technicians: Technician[];
  visits: Visit[];
}

export type Objective = 'distance' | 'vehicles';

export interface SolveOptions {
  /** Wall-clock limit in milliseconds (default 2000). */
  timeLimitMs?: number;
  /** Stop after this many iterations (deterministic budget); unlimited when absent. */
  maxIterations?: number;
  seed?: number;
  objective?: Objective;
  /** Called with the best plan cost found so far, about every `progressIntervalMs`. */
  onProgress?: (progress: SolveProgress) => void;
  progressIntervalMs?: number;
}

export interface SolveProgress {
  elapsedMs: number;
  iterations: number;
  bestCost: number;
  vehicles: number;
  distance: number;
  unassigned: number;
}

export type UnassignedReason =
  | 'UNKNOWN_SKILL'
  | 'NO_SKILLED_TECHNICIAN'
  | 'UNKNOWN_TECHNICIAN'
  | 'INCONSISTENT_WINDOW'
  | 'UNREACHABLE_LOCATION'
  | 'WINDOW_UNREACHABLE'
  | 'SHIFT_TOO_SHORT'
  | 'CAPACITY_EXCEEDED'
  | 'PINNED_SEQUENCE_INFEASIBLE'
  | 'NO_ROOM';

export interface UnassignedVisit {
  visitId: string;
  reason: UnassignedReason;
  message: string;
}

export interface PlannedStop {
  visitId: string;
  arrival: number;
  start: number;
  end: number;
}

export interface PlannedRoute {
  technicianId: string;
  stops: PlannedStop[];
  /** Metres (or plane units for Solomon). */
  distance: number;
  /** Leave the start location / arrive at the end location. */
  departure: number;
  arrival: number;
  cost: number;
}

export interface Plan {
  routes: PlannedRoute[];
  unassigned: UnassignedVisit[];
  vehicles: number;
  distance: number;
  cost: number;
  iterations: number;
  timeMs: number;
}
