import { type Instance, TIME_EPS } from './instance.ts';

/**
 * Arrival after driving `travel` from time `depart`: driving pauses during the vehicle's breaks,
 * so a trip that crosses a break arrives that much later. Monotone in `depart`, which keeps the
 * "earlier is never worse" property the feasibility checks rely on.
 */
export function arriveAfter(inst: Instance, vehicle: number, depart: number, travel: number): number {
  const first = inst.breakOffset[vehicle]!;
  const last = inst.breakOffset[vehicle + 1]!;
  if (first === last) return depart + travel;
  let time = depart;
  let remaining = travel;
  for (let b = first; b < last; b++) {
    const breakStart = inst.breakStart[b]!;
    const breakEnd = inst.breakEnd[b]!;
    if (breakEnd <= time) continue;
    if (time + remaining <= breakStart) break;
    if (time < breakStart) remaining -= breakStart - time;
    time = breakEnd;
  }
  return time + remaining;
}

/**
 * Earliest service start at or after `arrival` that lies in one of the visit's windows and whose
 * service does not overlap a break of the vehicle; `Infinity` when there is none.
 */
export function earliestStart(inst: Instance, vehicle: number, visit: number, arrival: number): number {
  const wEnd = inst.winOffset[visit + 1]!;
  const bFirst = inst.breakOffset[vehicle]!;
  const bLast = inst.breakOffset[vehicle + 1]!;
  const service = inst.serviceTime[visit]!;
  let start = arrival;
  for (let w = inst.winOffset[visit]!; w < wEnd; w++) {
    const close = inst.winClose[w]!;
    if (start > close + TIME_EPS) continue;
    if (start < inst.winOpen[w]!) start = inst.winOpen[w]!;
    // Push past every break the service would overlap; breaks are sorted by start.
    for (let b = bFirst; b < bLast; b++) {
      if (start < inst.breakEnd[b]! && start + service > inst.breakStart[b]!) start = inst.breakEnd[b]!;
    }
    if (start <= close + TIME_EPS) return start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Latest service start no later than `bound` inside one of the visit's windows (vehicles without
 * breaks only); `-Infinity` when there is none. Arriving earlier than this is always feasible
 * because waiting is allowed.
 */
export function latestStart(inst: Instance, visit: number, bound: number): number {
  for (let w = inst.winOffset[visit + 1]! - 1; w >= inst.winOffset[visit]!; w--) {
    const limit = Math.min(inst.winClose[w]!, bound);
    if (limit >= inst.winOpen[w]!) return limit;
  }
  return Number.NEGATIVE_INFINITY;
}
