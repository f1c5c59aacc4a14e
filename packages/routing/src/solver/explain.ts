import type { UnassignedVisit } from '../model/problem.ts';
import { type Instance, TIME_EPS } from './instance.ts';
import { arriveAfter, earliestStart } from './timing.ts';

/**
 * Why a visit cannot be served even alone on an empty route: checked per technician who may
 * serve it, reporting the reason of the technician that got furthest. `null` when some
 * technician could do it alone.
 */
export function explainAlone(inst: Instance, visit: number, id: string): UnassignedVisit | null {
  const n = inst.visitCount;
  const size = inst.locationCount;
  const loc = inst.visitLocation[visit]!;
  let stage = -1;
  for (let v = 0; v < inst.vehicleCount; v++) {
    if (inst.allowed[v * n + visit] === 0) continue;
    const there = inst.travelTime[inst.vehicleStart[v]! * size + loc]!;
    const back = inst.travelTime[loc * size + inst.vehicleEnd[v]!]!;
    if (!Number.isFinite(there) || !Number.isFinite(back)) {
      stage = Math.max(stage, 0);
      continue;
    }
    if (inst.demand[visit]! > inst.capacity[v]! + TIME_EPS || inst.maxVisits[v]! < 1) {
      stage = Math.max(stage, 1);
      continue;
    }
    const start = earliestStart(inst, v, visit, arriveAfter(inst, v, inst.shiftStart[v]!, there));
    if (start === Number.POSITIVE_INFINITY) {
      stage = Math.max(stage, 2);
      continue;
    }
    const home = arriveAfter(inst, v, start + inst.serviceTime[visit]!, back);
    if (home > inst.shiftEnd[v]! + TIME_EPS) {
      stage = Math.max(stage, 3);
      continue;
    }
    return null;
  }
  const reasons: [UnassignedVisit['reason'], string][] = [
    ['NO_SKILLED_TECHNICIAN', 'no technician may serve this visit (skills or pin)'],
    ['UNREACHABLE_LOCATION', 'no road connects the location to any suitable technician'],
    ['CAPACITY_EXCEEDED', 'the demand exceeds the capacity of every suitable technician'],
    ['WINDOW_UNREACHABLE', 'no suitable technician can arrive inside a time window'],
    ['SHIFT_TOO_SHORT', 'no suitable technician can do the visit and get back within the shift'],
  ];
  const [reason, message] = reasons[stage + 1]!;
  return { visitId: id, reason, message };
}
