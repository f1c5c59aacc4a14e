import type { Location, RoutingProblem } from './problem.ts';

/**
 * Every location the matrix must cover, in a fixed order: technician starts, technician ends,
 * then visits. The solver and the matrix provider agree on indices through this layout.
 */
export interface LocationLayout {
  locations: Location[];
  techStart: (tech: number) => number;
  techEnd: (tech: number) => number;
  visit: (visit: number) => number;
}

export function layoutLocations(problem: RoutingProblem): LocationLayout {
  const m = problem.technicians.length;
  const locations: Location[] = [];
  for (const tech of problem.technicians) locations.push(tech.start);
  for (const tech of problem.technicians) locations.push(tech.end ?? tech.start);
  for (const visit of problem.visits) locations.push(visit.location);
  return {
    locations,
    techStart: (tech) => tech,
    techEnd: (tech) => m + tech,
    visit: (visit) => 2 * m + visit,
  };
}
