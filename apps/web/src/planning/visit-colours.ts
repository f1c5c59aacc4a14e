import type { VisitStatus } from '@usta/contracts/planning';

/** Mantine colour of a visit block by status: calm for planned, strong once the day is moving. */
export const VISIT_COLOURS: Record<VisitStatus, string> = {
  planned: 'blue',
  confirmed: 'teal',
  en_route: 'violet',
  on_site: 'orange',
  done: 'gray',
  cancelled: 'red',
  no_show: 'red',
};

/** Route colours on the map, one per technician in board order (distinct, readable on white). */
const ROUTE_PALETTE = [
  '#1c7ed6',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#c92a2a',
  '#0c8599',
  '#f08c00',
  '#5f3dc4',
  '#66a80f',
  '#d6336c',
  '#495057',
  '#1864ab',
];

export function routeColour(index: number): string {
  return ROUTE_PALETTE[index % ROUTE_PALETTE.length] ?? '#1c7ed6';
}
