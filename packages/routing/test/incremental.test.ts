import { describe, expect, it } from 'vitest';
import { checkPlan } from '../src/checker/check-plan.ts';
import { haversineMatrix } from '../src/matrix/haversine.ts';
import type { TravelMatrix } from '../src/matrix/travel-matrix.ts';
import { layoutLocations } from '../src/model/locations.ts';
import type { RoutingProblem, Visit } from '../src/model/problem.ts';
import { insertVisit } from '../src/solver/insert-visit.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';
import { randomProblem } from './fixtures.ts';

describe('inserting one urgent visit into an existing plan', () => {
  const day = randomProblem({
    technicians: 20,
    visits: 100,
    seed: 3,
    windows: true,
    skills: true,
    breaks: true,
  });
  const urgent: Visit = {
    id: 'urgent',
    location: { lat: 41.04, lon: 29.0 },
    duration: 1800,
    priority: 5,
    latestFinish: 14 * 3600,
  };
  const withUrgent: RoutingProblem = { technicians: day.technicians, visits: [...day.visits, urgent] };
  const matrix = haversineMatrix()(layoutLocations(withUrgent).locations) as TravelMatrix;
  // The base plan is solved on the same layout: the urgent visit is simply left out.
  const basePlan = solveWithMatrix(
    { technicians: day.technicians, visits: [...day.visits, { ...urgent, mandatory: false, penalty: 0 }] },
    matrix,
    { seed: 1, timeLimitMs: 800 },
  );
  const current = new Map(
    basePlan.routes.map((route) => [route.technicianId, route.stops.map((stop) => stop.visitId)]),
  );

  it('places it in under 200 ms for 20 technicians and 100 visits, moving little', () => {
    const startedAt = performance.now();
    const result = insertVisit(withUrgent, matrix, current, 'urgent', { timeLimitMs: 150 });
    const elapsed = performance.now() - startedAt;
    expect(elapsed).toBeLessThan(200);
    const planned = result.plan.routes.flatMap((route) => route.stops.map((stop) => stop.visitId));
    expect(planned).toContain('urgent');
    expect(result.moved.length).toBeLessThanOrEqual(2);
    expect(checkPlan(withUrgent, matrix, result.plan).errors).toEqual([]);
    // Everything planned before is still planned.
    const before = basePlan.routes.flatMap((route) => route.stops.map((stop) => stop.visitId));
    for (const id of before) expect(planned).toContain(id);
  });

  it('makes room by moving another visit when no technician has a gap', () => {
    const tight: RoutingProblem = {
      technicians: [
        { id: 'a', start: { x: 0, y: 0 }, shift: { start: 0, end: 100 } },
        { id: 'b', start: { x: 10, y: 0 }, shift: { start: 0, end: 50 } },
      ],
      visits: [
        { id: 'near-a', location: { x: 1, y: 0 }, duration: 40 },
        { id: 'flexible', location: { x: 5, y: 0 }, duration: 30 },
      ],
    };
    const hot: Visit = { id: 'hot', location: { x: 2, y: 0 }, duration: 40 };
    const withHot = { ...tight, visits: [...tight.visits, hot] };
    const layout = layoutLocations(withHot);
    const points = layout.locations as { x: number; y: number }[];
    const size = points.length;
    const distances = new Float64Array(size * size);
    for (let p = 0; p < size; p++) {
      for (let q = 0; q < size; q++) distances[p * size + q] = Math.abs(points[p]!.x - points[q]!.x);
    }
    const tightMatrix: TravelMatrix = { size, distances, durations: distances };
    const start = new Map([
      ['a', ['near-a', 'flexible']],
      ['b', []],
    ]);
    const result = insertVisit(withHot, tightMatrix, start, 'hot', { timeLimitMs: 100 });
    expect(result.plan.unassigned).toEqual([]);
    expect(result.moved).toEqual(['flexible']);
  });
});
