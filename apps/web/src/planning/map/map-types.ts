import type { GeoPoint } from '@usta/contracts/planning';

export type { GeoPoint };

/** One stop of a route: a numbered marker. */
export interface MapStop {
  id: string;
  point: GeoPoint;
  /** What the marker shows: the visit's position in the route ("1", "2", …). */
  label: string;
  /** Tooltip: order number, customer, time. */
  title: string;
  late?: boolean;
}

/** A technician's day: start → stops in visit order (→ end), one colour. */
export interface MapRoute {
  key: string;
  name: string;
  colour: string;
  start: GeoPoint | null;
  end: GeoPoint | null;
  stops: MapStop[];
}

/** Istanbul, where the demo company and the benchmarks work; used when there is nothing to fit. */
export const DEFAULT_CENTRE: GeoPoint = { lat: 41.02, lng: 29.0 };
