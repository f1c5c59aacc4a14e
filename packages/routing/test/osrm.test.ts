import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greatCircleMetres } from '../src/matrix/haversine.ts';
import { osrmMatrix } from '../src/matrix/osrm.ts';
import type { RoutingProblem } from '../src/model/problem.ts';
import { solveRouting } from '../src/solve.ts';

/** A tiny server speaking OSRM's `/table/v1/{profile}/{lon,lat;…}` API; point (0,0) has no roads. */
let server: Server;
let url = '';
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    const match = /^\/table\/v1\/driving\/([^?]+)\?annotations=duration,distance$/.exec(request.url ?? '');
    if (!match) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'InvalidUrl', message: 'bad url' }));
      return;
    }
    const points = match[1]!.split(';').map((pair) => pair.split(',').map(Number) as [number, number]);
    const isIsland = (p: [number, number]) => p[0] === 0 && p[1] === 0;
    const distances = points.map((a) =>
      points.map((b) =>
        a === b
          ? 0
          : isIsland(a) || isIsland(b)
            ? null
            : 1.4 * greatCircleMetres({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] }),
      ),
    );
    const durations = distances.map((row) => row.map((metres) => (metres === null ? null : metres / 8)));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ code: 'Ok', durations, distances }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('OSRM-compatible /table provider', () => {
  it('builds the matrix from the service and turns null cells into unreachable visits', async () => {
    const problem: RoutingProblem = {
      technicians: [{ id: 't', start: { lat: 41.0, lon: 29.0 }, shift: { start: 0, end: 36_000 } }],
      visits: [
        { id: 'a', location: { lat: 41.01, lon: 29.01 }, duration: 600 },
        { id: 'b', location: { lat: 41.02, lon: 28.99 }, duration: 600 },
        { id: 'nowhere', location: { lat: 0, lon: 0 }, duration: 600 },
      ],
    };
    const matrix = await osrmMatrix({ url: `${url}/` })([
      { lat: 41, lon: 29 },
      { lat: 41.01, lon: 29.01 },
    ]);
    expect(matrix.size).toBe(2);
    expect(matrix.durations[1]).toBeCloseTo(matrix.distances[1]! / 8, 6);
    const plan = await solveRouting(problem, { matrix: { type: 'osrm', url }, maxIterations: 50 });
    expect(requests.at(-1)).toContain('/table/v1/driving/29,41;29,41;29.01,41.01;28.99,41.02;0,0');
    expect(plan.routes[0]?.stops.map((stop) => stop.visitId).sort()).toEqual(['a', 'b']);
    expect(plan.unassigned).toEqual([
      expect.objectContaining({ visitId: 'nowhere', reason: 'UNREACHABLE_LOCATION' }),
    ]);
  });

  it('fails clearly when the service answers with an error', async () => {
    await expect(osrmMatrix({ url: `${url}/wrong` })([{ lat: 41, lon: 29 }])).rejects.toThrow(/HTTP 400/);
  });
});
