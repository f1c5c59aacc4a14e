import { describe, expect, it } from 'vitest';
import { parseJsonProblem } from '../src/formats/json-problem.ts';
import { ParseError } from '../src/formats/parse-error.ts';
import { parseSolomon } from '../src/formats/solomon.ts';
import { haversineMatrix } from '../src/matrix/haversine.ts';
import type { TravelMatrix } from '../src/matrix/travel-matrix.ts';
import { layoutLocations } from '../src/model/locations.ts';
import type { RoutingProblem } from '../src/model/problem.ts';
import { solveWithMatrix } from '../src/solver/solve-compiled.ts';

const solomonText = [
  'BAD1',
  '',
  'VEHICLE',
  'NUMBER     CAPACITY',
  '  2   50',
  '',
  'CUSTOMER',
  'CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME   DUE DATE   SERVICE TIME',
  '',
  '    0   35   35   0   0   230   0',
  '    1   41   49   10  161  171  10',
  '    2   35   17   seven  50   60   10',
].join('\r\n');

function catchError(run: () => unknown): ParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error('expected a ParseError');
}

describe('malformed files', () => {
  it('reports the line of a bad Solomon row', () => {
    const error = catchError(() => parseSolomon(solomonText, 'bad.txt'));
    expect(error.line).toBe(12);
    expect(error.message).toContain('bad.txt:line 12');
  });

  it('reports the line of broken JSON', () => {
    const text = '{\n  "technicians": [],\n  "visits": [\n    {"id": "a",, "location": {}}\n  ]\n}';
    expect(catchError(() => parseJsonProblem(text)).line).toBe(4);
  });

  it('reports the line of a visit with a wrong field type', () => {
    const text =
      '{\n  "technicians": [],\n  "visits": [\n    {"id": "a", "location": {"lat": 41, "lon": 29}},\n    {"id": "b", "location": "Kadıköy"}\n  ]\n}';
    const error = catchError(() => parseJsonProblem(text));
    expect(error.line).toBe(5);
    expect(error.message).toContain('location');
  });
});

describe('doubtful content is reported, never a crash or a hang', () => {
  const base: RoutingProblem = {
    technicians: [
      {
        id: 'ali',
        start: { lat: 41.0, lon: 29.0 },
        shift: { start: 28_800, end: 64_800 },
        skills: ['kombi'],
      },
      {
        id: 'ayse',
        start: { lat: 41.05, lon: 28.95 },
        shift: { start: 28_800, end: 36_000 },
        skills: ['klima'],
      },
    ],
    visits: [
      { id: 'ok', location: { lat: 41.01, lon: 29.01 }, duration: 1800 },
      {
        id: 'backwards',
        location: { lat: 41.01, lon: 29.02 },
        duration: 600,
        timeWindows: [{ start: 50_000, end: 40_000 }],
      },
      {
        id: 'sla-before-window',
        location: { lat: 41.01, lon: 29.02 },
        duration: 600,
        timeWindows: [{ start: 50_000, end: 52_000 }],
        latestFinish: 45_000,
      },
      {
        id: 'unknown-skill',
        location: { lat: 41.02, lon: 29.0 },
        duration: 600,
        requiredSkills: ['asansör'],
      },
      {
        id: 'two-skills',
        location: { lat: 41.02, lon: 29.0 },
        duration: 600,
        requiredSkills: ['kombi', 'klima'],
      },
      {
        id: 'too-late',
        location: { lat: 41.02, lon: 29.0 },
        duration: 600,
        timeWindows: [{ start: 0, end: 20_000 }],
      },
      { id: 'too-long', location: { lat: 41.02, lon: 29.0 }, duration: 40_000 },
      { id: 'island', location: { lat: 41.03, lon: 29.03 }, duration: 600 },
      { id: 'ghost-pin', location: { lat: 41.03, lon: 29.03 }, duration: 600, pinnedTechnician: 'mehmet' },
    ],
  };

  it('explains every visit it leaves out', () => {
    const matrix = haversineMatrix()(layoutLocations(base).locations) as TravelMatrix;
    // No road reaches "island": its row and column are unreachable.
    const island = layoutLocations(base).visit(7);
    for (let k = 0; k < matrix.size; k++) {
      if (k === island) continue;
      matrix.distances[island * matrix.size + k] = Number.POSITIVE_INFINITY;
      matrix.durations[island * matrix.size + k] = Number.POSITIVE_INFINITY;
      matrix.distances[k * matrix.size + island] = Number.POSITIVE_INFINITY;
      matrix.durations[k * matrix.size + island] = Number.POSITIVE_INFINITY;
    }
    const plan = solveWithMatrix(base, matrix, { maxIterations: 200 });
    const reasons = Object.fromEntries(plan.unassigned.map((left) => [left.visitId, left.reason]));
    expect(reasons).toEqual({
      backwards: 'INCONSISTENT_WINDOW',
      'sla-before-window': 'INCONSISTENT_WINDOW',
      'unknown-skill': 'UNKNOWN_SKILL',
      'two-skills': 'NO_SKILLED_TECHNICIAN',
      'too-late': 'WINDOW_UNREACHABLE',
      'too-long': 'SHIFT_TOO_SHORT',
      island: 'UNREACHABLE_LOCATION',
      'ghost-pin': 'UNKNOWN_TECHNICIAN',
    });
    expect(plan.routes.flatMap((route) => route.stops.map((stop) => stop.visitId))).toEqual(['ok']);
  });

  it('survives an empty problem and a problem without technicians', () => {
    const matrix = { size: 0, distances: new Float64Array(0), durations: new Float64Array(0) };
    expect(solveWithMatrix({ technicians: [], visits: [] }, matrix, { maxIterations: 10 }).routes).toEqual(
      [],
    );
    const alone: RoutingProblem = { technicians: [], visits: [base.visits[0]!] };
    const aloneMatrix = haversineMatrix()(layoutLocations(alone).locations) as TravelMatrix;
    const plan = solveWithMatrix(alone, aloneMatrix, { maxIterations: 10 });
    expect(plan.unassigned.map((left) => left.reason)).toEqual(['NO_SKILLED_TECHNICIAN']);
  });
});
