import type { MatrixSpec } from '../formats/json-problem.ts';
import { layoutLocations } from '../model/locations.ts';
import type { RoutingProblem } from '../model/problem.ts';
import { euclideanMatrix, haversineMatrix } from './haversine.ts';
import { osrmMatrix } from './osrm.ts';
import type { MatrixProvider, TravelMatrix } from './travel-matrix.ts';

export function providerFor(spec: MatrixSpec): MatrixProvider {
  if (spec.type === 'osrm')
    return osrmMatrix({ url: spec.url, ...(spec.profile ? { profile: spec.profile } : {}) });
  if (spec.type === 'euclidean') return euclideanMatrix;
  return haversineMatrix(spec);
}

/** Travel matrix in the solver's location layout (technician starts, ends, then visits). */
export async function buildMatrix(
  problem: RoutingProblem,
  provider: MatrixProvider | MatrixSpec = haversineMatrix(),
): Promise<TravelMatrix> {
  const resolved = typeof provider === 'function' ? provider : providerFor(provider);
  const matrix = await resolved(layoutLocations(problem).locations);
  const size = layoutLocations(problem).locations.length;
  if (
    matrix.size !== size ||
    matrix.distances.length !== size * size ||
    matrix.durations.length !== size * size
  ) {
    throw new Error(`travel matrix has size ${matrix.size}, expected ${size}`);
  }
  return matrix;
}
