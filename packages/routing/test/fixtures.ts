import type { RoutingProblem, Technician, Visit } from '../src/model/problem.ts';
import { Rng } from '../src/solver/rng.ts';

/** Istanbul-ish box: Avrupa and Anadolu yakası. */
const LAT = [40.95, 41.12];
const LON = [28.8, 29.2];

export interface RandomProblemOptions {
  technicians: number;
  visits: number;
  seed: number;
  skills?: boolean;
  breaks?: boolean;
  windows?: boolean;
  pins?: boolean;
  optional?: boolean;
}

/** A random field-service day (times in seconds since midnight) for tests and benchmarks. */
export function randomProblem(options: RandomProblemOptions): RoutingProblem {
  const rng = new Rng(options.seed);
  const between = (range: number[]) => range[0]! + rng.next() * (range[1]! - range[0]!);
  const skillNames = ['kombi', 'klima', 'elektrik', 'gaz'];
  const technicians: Technician[] = Array.from({ length: options.technicians }, (_, k) => ({
    id: `t${k}`,
    start: { lat: between(LAT), lon: between(LON) },
    shift: { start: 8 * 3600, end: 18 * 3600 },
    ...(options.breaks ? { breaks: [{ start: 12.5 * 3600, end: 13 * 3600 }] } : {}),
    ...(options.skills ? { skills: skillNames.filter(() => rng.next() < 0.6) } : {}),
    maxVisits: 12,
    capacity: 20,
  }));
  const visits: Visit[] = Array.from({ length: options.visits }, (_, k) => {
    const from = 8 * 3600 + Math.floor(rng.next() * 8) * 3600;
    const visit: Visit = {
      id: `v${k}`,
      location: { lat: between(LAT), lon: between(LON) },
      duration: 15 * 60 + rng.int(4) * 15 * 60,
      demand: rng.int(4),
      priority: rng.int(3),
    };
    if (options.windows) visit.timeWindows = [{ start: from, end: from + 2 * 3600 }];
    if (options.windows && rng.next() < 0.2) visit.latestFinish = from + 3 * 3600;
    if (options.skills && rng.next() < 0.5) visit.requiredSkills = [skillNames[rng.int(skillNames.length)]!];
    if (options.optional && rng.next() < 0.5) visit.mandatory = false;
    return visit;
  });
  if (options.pins) {
    // Started visits: the first visit of a few technicians, pinned in sequence.
    for (let k = 0; k < Math.min(3, options.technicians, options.visits); k++) {
      const visit = visits[k]!;
      visit.pinnedTechnician = `t${k}`;
      visit.pinnedSequence = 0;
      delete visit.requiredSkills;
      delete visit.timeWindows;
      delete visit.latestFinish;
    }
  }
  return { technicians, visits };
}
