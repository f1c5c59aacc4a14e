import type { Location } from '../model/problem.ts';
import { isGeoPoint, type MatrixProvider } from './travel-matrix.ts';

export interface OsrmOptions {
  /** Base URL of an OSRM-compatible service, e.g. `http://localhost:5000`. */
  url: string;
  profile?: string;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

interface OsrmTableResponse {
  code?: string;
  message?: string;
  durations?: (number | null)[][];
  distances?: (number | null)[][];
}

/**
 * Travel from an OSRM `/table` service. `null` cells (no road between two points) become
 * `Infinity`, so the solver reports those visits as unreachable instead of failing.
 */
export function osrmMatrix(options: OsrmOptions): MatrixProvider {
  const doFetch = options.fetchImpl ?? fetch;
  const profile = options.profile ?? 'driving';
  return async (locations: readonly Location[]) => {
    const coordinates = locations
      .map((location) => {
        if (!isGeoPoint(location)) throw new Error('OSRM needs {lat, lon} locations');
        return `${location.lon},${location.lat}`;
      })
      .join(';');
    const base = options.url.replace(/\/+$/, '');
    const url = `${base}/table/v1/${profile}/${coordinates}?annotations=duration,distance`;
    const response = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    if (!response.ok) throw new Error(`OSRM table request failed: HTTP ${response.status}`);
    const body = (await response.json()) as OsrmTableResponse;
    if (body.code !== 'Ok' || !body.durations) {
      throw new Error(`OSRM table request failed: ${body.code ?? 'no code'} ${body.message ?? ''}`.trim());
    }
    const size = locations.length;
    const durations = toMatrix(body.durations, size);
    // Some servers only return durations; fall back to 0 distance so time still drives the plan.
    const distances = body.distances ? toMatrix(body.distances, size) : new Float64Array(size * size);
    return { size, distances, durations };
  };
}

function toMatrix(rows: (number | null)[][], size: number): Float64Array {
  if (rows.length !== size) throw new Error(`OSRM table has ${rows.length} rows, expected ${size}`);
  const out = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    const row = rows[a]!;
    for (let b = 0; b < size; b++) {
      const value = row[b];
      out[a * size + b] = value === null || value === undefined ? Number.POSITIVE_INFINITY : value;
    }
  }
  return out;
}
