import type { Location } from '../model/problem.ts';
import { isGeoPoint, type MatrixProvider, type TravelMatrix } from './travel-matrix.ts';

const EARTH_RADIUS_M = 6_371_008.8;

export interface HaversineOptions {
  /** Road distance over great-circle distance; 1.3 is typical for cities. */
  detourFactor?: number;
  /** Average driving speed. */
  speedKmh?: number;
}

/** The default provider: no network, great-circle distance × detour factor at a fixed speed. */
export function haversineMatrix(options: HaversineOptions = {}): MatrixProvider {
  const detour = options.detourFactor ?? 1.3;
  const metresPerSecond = ((options.speedKmh ?? 30) * 1000) / 3600;
  return (locations) => {
    const size = locations.length;
    const distances = new Float64Array(size * size);
    const durations = new Float64Array(size * size);
    for (let a = 0; a < size; a++) {
      for (let b = 0; b < size; b++) {
        const metres = a === b ? 0 : detour * greatCircleMetres(locations[a]!, locations[b]!);
        distances[a * size + b] = metres;
        durations[a * size + b] = metres / metresPerSecond;
      }
    }
    return { size, distances, durations };
  };
}

export function greatCircleMetres(from: Location, to: Location): number {
  if (!isGeoPoint(from) || !isGeoPoint(to)) return Number.POSITIVE_INFINITY;
  if (![from.lat, from.lon, to.lat, to.lon].every(Number.isFinite)) return Number.POSITIVE_INFINITY;
  const rad = Math.PI / 180;
  const dLat = (to.lat - from.lat) * rad;
  const dLon = (to.lon - from.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(from.lat * rad) * Math.cos(to.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Exact double-precision Euclidean distance, travel time = distance (the Solomon convention). */
export function euclideanMatrix(locations: readonly Location[]): TravelMatrix {
  const size = locations.length;
  const distances = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    const from = locations[a]!;
    for (let b = 0; b < size; b++) {
      const to = locations[b]!;
      if ('x' in from && 'x' in to) {
        distances[a * size + b] = Math.sqrt((from.x - to.x) ** 2 + (from.y - to.y) ** 2);
      } else {
        distances[a * size + b] = Number.POSITIVE_INFINITY;
      }
    }
  }
  return { size, distances, durations: distances };
}
