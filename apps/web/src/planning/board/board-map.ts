import type { Board, Proposal } from '@usta/contracts/planning';
import type { GeoPoint, MapRoute, MapStop } from '../map/map-types.ts';
import { routeColour } from '../visit-colours.ts';
import { wallClock } from './day-frame.ts';

/** Each technician's route in visit order, as the map draws it. */
export function currentRoutes(board: Board): MapRoute[] {
  return board.technicians.map((tech, index) => ({
    key: tech.id,
    name: tech.name,
    colour: routeColour(index),
    start: tech.startLocation,
    end: tech.endLocation,
    stops: tech.visits.flatMap((visit, position): MapStop[] =>
      visit.workOrder.location
        ? [
            {
              id: visit.id,
              point: visit.workOrder.location,
              label: String(position + 1),
              title: `${visit.workOrder.number} · ${visit.workOrder.customerName} · ${wallClock(visit.plannedStart, board.timeZone)}`,
              late: visit.workOrder.dueAt !== null && visit.plannedEnd > visit.workOrder.dueAt,
            },
          ]
        : [],
    ),
  }));
}

/** The proposal's routes, placed with the locations the board knows of each order. */
export function proposedRoutes(board: Board, proposal: Proposal): MapRoute[] {
  const where = new Map<string, GeoPoint>();
  for (const tech of board.technicians) {
    for (const visit of tech.visits)
      if (visit.workOrder.location) where.set(visit.workOrderId, visit.workOrder.location);
  }
  for (const order of board.unassigned) if (order.location) where.set(order.id, order.location);
  const index = new Map(board.technicians.map((tech, i) => [tech.id, i]));
  const techs = new Map(board.technicians.map((tech) => [tech.id, tech]));
  return proposal.routes.map((route) => {
    const tech = techs.get(route.technicianId);
    return {
      key: route.technicianId,
      name: route.technicianName,
      colour: routeColour(index.get(route.technicianId) ?? 0),
      start: tech?.startLocation ?? null,
      end: tech?.endLocation ?? null,
      stops: route.stops.flatMap((stop, position): MapStop[] => {
        const point = where.get(stop.workOrderId);
        return point
          ? [
              {
                id: `${stop.workOrderId}-${position}`,
                point,
                label: String(position + 1),
                title: `${stop.workOrderNumber} · ${stop.customerName} · ${wallClock(stop.start, board.timeZone)}`,
                late: stop.late,
              },
            ]
          : [];
      }),
    };
  });
}

export function waitingStops(board: Board): MapStop[] {
  return board.unassigned.flatMap((order): MapStop[] =>
    order.location
      ? [{ id: order.id, point: order.location, label: '', title: `${order.number} · ${order.customerName}` }]
      : [],
  );
}
