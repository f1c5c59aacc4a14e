import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../src/checker/check-plan.ts';
import { haversineMatrix } from '../src/matrix/haversine.ts';
import type { TravelMatrix } from '../src/matrix/travel-matrix.ts';
import { layoutLocations } from '../src/model/locations.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';
import { randomProblem } from './fixtures.ts';

const haversine = haversineMatrix({ detourFactor: 1.3, speedKmh: 30 });

describe('every returned plan is feasible', () => {
  it('holds for random problems with skills, windows, SLA deadlines, breaks, pins and optional visits', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1_000_000 }),
          technicians: fc.integer({ min: 1, max: 6 }),
          visits: fc.integer({ min: 0, max: 40 }),
          skills: fc.boolean(),
          breaks: fc.boolean(),
          windows: fc.boolean(),
          pins: fc.boolean(),
          optional: fc.boolean(),
        }),
        (options) => {
          const problem = randomProblem(options);
          const matrix = haversine(layoutLocations(problem).locations);
          if (matrix instanceof Promise) throw new Error('sync provider expected');
          const plan = solveWithMatrix(problem, matrix, { seed: options.seed, maxIterations: 150 });
          const check = checkPlan(problem, matrix, plan);
          expect(check.errors).toEqual([]);
          for (const left of plan.unassigned) expect(left.reason).toBeTruthy();
        },
      ),
      { numRuns: 60, seed: 42 },
    );
  });
});

describe('determinism and anytime behaviour', () => {
  const problem = randomProblem({
    technicians: 6,
    visits: 60,
    seed: 9,
    windows: true,
    skills: true,
    breaks: true,
  });
  const matrix = haversine(layoutLocations(problem).locations) as TravelMatrix;

  it('gives the same plan for the same seed', () => {
    const a = solveWithMatrix(problem, matrix, { seed: 5, maxIterations: 400, timeLimitMs: 60_000 });
    const b = solveWithMatrix(problem, matrix, { seed: 5, maxIterations: 400, timeLimitMs: 60_000 });
    expect(a.routes).toEqual(b.routes);
    expect(a.iterations).toBe(400);
  });

  it('honours the time limit within 10 % and reports progress along the way', () => {
    const seen: number[] = [];
    const startedAt = performance.now();
    const plan = solveWithMatrix(problem, matrix, {
      seed: 1,
      timeLimitMs: 600,
      progressIntervalMs: 100,
      onProgress: (progress) => seen.push(progress.elapsedMs),
    });
    const elapsed = performance.now() - startedAt;
    expect(elapsed).toBeLessThanOrEqual(660);
    expect(elapsed).toBeGreaterThanOrEqual(540);
    expect(plan.timeMs).toBeLessThanOrEqual(660);
    expect(seen.length).toBeGreaterThanOrEqual(3);
  });
});
