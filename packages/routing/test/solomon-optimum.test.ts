import { describe, expect, it } from 'vitest';
import { checkSolomonSolution } from '../src/checker/check-solomon.ts';
import { parseSolomon, solomonToProblem } from '../src/formats/solomon.ts';
import { euclideanMatrix } from '../src/matrix/haversine.ts';
import { layoutLocations } from '../src/model/locations.ts';
import { Rng } from '../src/solver/rng.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';
import { bruteForceOptimum, type TinyNode } from './brute-force.ts';

function tinyInstance(seed: number, customers: number): { text: string; nodes: TinyNode[]; fleet: number } {
  const rng = new Rng(seed);
  const nodes: TinyNode[] = [{ x: 50, y: 50, demand: 0, ready: 0, due: 400, service: 0 }];
  for (let c = 0; c < customers; c++) {
    const ready = rng.int(200);
    nodes.push({
      x: rng.int(100),
      y: rng.int(100),
      demand: 1 + rng.int(10),
      ready,
      due: ready + 30 + rng.int(120),
      service: 10,
    });
  }
  const fleet = 3;
  const rows = nodes.map(
    (n, id) => `  ${id}  ${n.x}  ${n.y}  ${n.demand}  ${n.ready}  ${n.due}  ${n.service}`,
  );
  const text = [
    `TINY${seed}`,
    '',
    'VEHICLE',
    'NUMBER     CAPACITY',
    `  ${fleet}   25`,
    '',
    'CUSTOMER',
    'CUST NO. X Y DEMAND READY DUE SERVICE',
    '',
    ...rows,
  ].join('\r\n');
  return { text, nodes, fleet };
}

describe('solver on tiny instances with a known optimum', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`finds the optimum of tiny instance ${seed}`, () => {
      const { text, nodes, fleet } = tinyInstance(seed, 7);
      const optimum = bruteForceOptimum(nodes, fleet, 25);
      const problem = solomonToProblem(parseSolomon(text));
      const plan = solveWithMatrix(problem, euclideanMatrix(layoutLocations(problem).locations), {
        seed: 7,
        maxIterations: 3000,
        timeLimitMs: 10_000,
      });
      if (!Number.isFinite(optimum)) {
        expect(plan.unassigned.length).toBeGreaterThan(0);
        return;
      }
      const check = checkSolomonSolution(
        text,
        plan.routes.map((route) => route.stops.map((stop) => Number(stop.visitId))),
      );
      expect(check.errors).toEqual([]);
      expect(check.distance).toBeCloseTo(optimum, 6);
      expect(plan.distance).toBeCloseTo(optimum, 6);
    });
  }
});

describe('independent Solomon checker', () => {
  it('rejects a solution that misses a customer or breaks a window', () => {
    const { text } = tinyInstance(1, 4);
    expect(checkSolomonSolution(text, [[1, 2, 3]]).errors.join()).toContain('customer 4 served 0 times');
    const reversed = checkSolomonSolution(text, [[4, 3, 2, 1]]);
    expect(reversed.feasible).toBe(false);
  });
});
