import type { TravelMatrix } from '../matrix/travel-matrix.ts';
import { layoutLocations } from '../model/locations.ts';
import type { Objective, RoutingProblem, UnassignedVisit } from '../model/problem.ts';
import { buildNeighbours, type Instance } from './instance.ts';

/** Leaving out a mandatory visit costs more than any plan could save by it. */
export const MANDATORY_PENALTY = 1e9;
/** Per used vehicle under the `vehicles` objective: above any distance a vehicle can save. */
const VEHICLE_COST = 1e6;
const NEIGHBOURS = 40;

export interface Compiled {
  inst: Instance;
  /** Visits rejected before search, with the reason. */
  rejected: Map<number, UnassignedVisit>;
}

export function compileProblem(
  problem: RoutingProblem,
  matrix: TravelMatrix,
  objective: Objective,
): Compiled {
  const techs = problem.technicians;
  const visits = problem.visits;
  const m = techs.length;
  const n = visits.length;
  const layout = layoutLocations(problem);
  const geo = layout.locations.some((location) => 'lat' in location);
  const distanceUnit = geo ? 1000 : 1;
  const timeUnit = geo ? 3600 : 1;
  const rejected = new Map<number, UnassignedVisit>();
  const reject = (i: number, reason: UnassignedVisit['reason'], message: string) => {
    if (!rejected.has(i)) rejected.set(i, { visitId: visits[i]!.id, reason, message });
  };

  const techIndex = new Map(techs.map((tech, v) => [tech.id, v]));
  const knownSkills = new Set(techs.flatMap((tech) => tech.skills ?? []));
  const winOffset = new Int32Array(n + 1);
  const opens: number[] = [];
  const closes: number[] = [];
  const openHull = new Float64Array(n);
  const closeHull = new Float64Array(n);
  const allowed = new Uint8Array(m * n);
  const lockedVehicle = new Int32Array(n).fill(-1);
  const lockedOrder = new Float64Array(n);
  const pinnedVehicles = new Set<number>();
  for (let i = 0; i < n; i++) {
    const visit = visits[i]!;
    winOffset[i] = opens.length;
    const latestStart = (visit.latestFinish ?? Number.POSITIVE_INFINITY) - visit.duration;
    const windows = visit.timeWindows?.length
      ? [...visit.timeWindows].sort((a, b) => a.start - b.start)
      : [{ start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY }];
    for (const window of windows) {
      const close = Math.min(window.end, latestStart);
      if (window.start <= close) {
        opens.push(window.start);
        closes.push(close);
      }
    }
    if (opens.length === winOffset[i]) {
      reject(i, 'INCONSISTENT_WINDOW', 'no time window is open (start after end, or after the SLA deadline)');
    }
    openHull[i] = opens[winOffset[i]!] ?? 0;
    closeHull[i] = closes[closes.length - 1] ?? 0;
    const missing = (visit.requiredSkills ?? []).filter((skill) => !knownSkills.has(skill));
    if (missing.length > 0) reject(i, 'UNKNOWN_SKILL', `no technician has skill ${missing.join(', ')}`);
    const pinned = visit.pinnedTechnician === undefined ? undefined : techIndex.get(visit.pinnedTechnician);
    if (visit.pinnedTechnician !== undefined && pinned === undefined) {
      reject(i, 'UNKNOWN_TECHNICIAN', `pinned to unknown technician ${visit.pinnedTechnician}`);
    }
    if (pinned !== undefined) pinnedVehicles.add(pinned);
    let skilled = 0;
    for (let v = 0; v < m; v++) {
      const skills = techs[v]!.skills ?? [];
      const hasSkills = (visit.requiredSkills ?? []).every((skill) => skills.includes(skill));
      if (hasSkills) skilled++;
      allowed[v * n + i] = hasSkills && (pinned === undefined || pinned === v) ? 1 : 0;
    }
    if (skilled === 0) reject(i, 'NO_SKILLED_TECHNICIAN', 'no technician has all the required skills');
    if (pinned !== undefined && visit.pinnedSequence !== undefined) {
      lockedVehicle[i] = pinned;
      lockedOrder[i] = visit.pinnedSequence;
    }
  }
  winOffset[n] = opens.length;

  const breakOffset = new Int32Array(m + 1);
  const breakStarts: number[] = [];
  const breakEnds: number[] = [];
  const classes = new Map<string, number>();
  const vehicleClass = new Int32Array(m);
  for (let v = 0; v < m; v++) {
    const tech = techs[v]!;
    breakOffset[v] = breakStarts.length;
    for (const span of [...(tech.breaks ?? [])].sort((a, b) => a.start - b.start)) {
      if (span.end > span.start) {
        breakStarts.push(span.start);
        breakEnds.push(span.end);
      }
    }
    const signature = pinnedVehicles.has(v)
      ? `pinned:${v}`
      : JSON.stringify([
          tech.start,
          tech.end ?? tech.start,
          tech.shift,
          tech.breaks,
          [...(tech.skills ?? [])].sort(),
        ]) +
        JSON.stringify([tech.maxVisits, tech.capacity, tech.costPerKm, tech.costPerHour, tech.fixedCost]);
    if (!classes.has(signature)) classes.set(signature, classes.size);
    vehicleClass[v] = classes.get(signature)!;
  }
  breakOffset[m] = breakStarts.length;

  const visitLocation = Int32Array.from(visits, (_, i) => layout.visit(i));
  const inst: Instance = {
    visitCount: n,
    vehicleCount: m,
    locationCount: matrix.size,
    distance: matrix.distances,
    travelTime: matrix.durations,
    visitLocation,
    serviceTime: Float64Array.from(visits, (visit) => visit.duration),
    demand: Float64Array.from(visits, (visit) => visit.demand ?? 0),
    penalty: Float64Array.from(visits, (visit) =>
      visit.mandatory === false
        ? (visit.penalty ?? 100 * (1 + (visit.priority ?? 0)))
        : MANDATORY_PENALTY * (1 + Math.max(0, visit.priority ?? 0)),
    ),
    priority: Float64Array.from(visits, (visit) => visit.priority ?? 0),
    winOffset,
    winOpen: Float64Array.from(opens),
    winClose: Float64Array.from(closes),
    openHull,
    closeHull,
    allowed,
    lockedVehicle,
    lockedOrder,
    vehicleStart: Int32Array.from(techs, (_, v) => layout.techStart(v)),
    vehicleEnd: Int32Array.from(techs, (_, v) => layout.techEnd(v)),
    shiftStart: Float64Array.from(techs, (tech) => tech.shift.start),
    shiftEnd: Float64Array.from(techs, (tech) => tech.shift.end),
    capacity: Float64Array.from(techs, (tech) => tech.capacity ?? Number.POSITIVE_INFINITY),
    maxVisits: Int32Array.from(techs, (tech) => Math.min(tech.maxVisits ?? n, n)),
    costPerDistance: Float64Array.from(techs, (tech) =>
      tech.costPerKm === undefined && tech.costPerHour !== undefined
        ? 0
        : (tech.costPerKm ?? 1) / distanceUnit,
    ),
    costPerTime: Float64Array.from(techs, (tech) => (tech.costPerHour ?? 0) / timeUnit),
    fixedCost: Float64Array.from(
      techs,
      (tech) => tech.fixedCost ?? (objective === 'vehicles' ? VEHICLE_COST : 0),
    ),
    vehicleClass,
    breakOffset,
    breakStart: Float64Array.from(breakStarts),
    breakEnd: Float64Array.from(breakEnds),
    neighbours: new Int32Array(0),
    neighbourCount: Math.min(NEIGHBOURS, Math.max(0, n - 1)),
  };
  inst.neighbours = buildNeighbours(n, visitLocation, matrix.distances, matrix.size, NEIGHBOURS);
  return { inst, rejected };
}
