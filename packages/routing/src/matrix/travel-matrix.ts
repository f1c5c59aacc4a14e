import type { Location } from '../model/problem.ts';

/**
 * Travel between every pair of locations, row-major: entry `a * size + b` is from `a` to `b`.
 * Unreachable pairs hold `Infinity`.
 */
export interface TravelMatrix {
  size: number;
  /** Metres (plane units for Euclidean problems). */
  distances: Float64Array;
  /** Seconds (plane units for Euclidean problems). */
  durations: Float64Array;
}

export type MatrixProvider = (locations: readonly Location[]) => Promise<TravelMatrix> | TravelMatrix;

export function isGeoPoint(location: Location): location is { lat: number; lon: number } {
  return 'lat' in location && 'lon' in location;
}
