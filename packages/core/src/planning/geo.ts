/**
 * Travel estimates without a road network, the same model as the routing package's default
 * matrix: great-circle distance × 1.3 detour at 30 km/h in the city.
 */
export interface LatLng {
  lat: number;
  lng: number;
}

export const DETOUR_FACTOR = 1.3;
export const CITY_SPEED_KMH = 30;
const EARTH_RADIUS_KM = 6371.0088;

export function greatCircleKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Estimated road kilometres. */
export function roadKm(a: LatLng, b: LatLng): number {
  return DETOUR_FACTOR * greatCircleKm(a, b);
}

/** Estimated driving minutes for `km` road kilometres. */
export function driveMinutes(km: number): number {
  return (km / CITY_SPEED_KMH) * 60;
}

/** Kilometres and minutes along a path of points (start, stops…, end). */
export function pathTravel(points: readonly LatLng[]): { km: number; minutes: number } {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += roadKm(points[i - 1]!, points[i]!);
  return { km, minutes: driveMinutes(km) };
}
