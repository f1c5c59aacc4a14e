import type { Board, Proposal, VisitWithOrder } from '@usta/contracts/planning';
import { describe, expect, it } from 'vitest';
import { currentRoutes, proposedRoutes, waitingStops } from './board-map.ts';

const order = (id: string, lat: number | null) => ({
  id,
  number: `SRV-2026-00000${id}`,
  customerId: 'c',
  customerName: `Müşteri ${id}`,
  complaint: '',
  priority: 'P3',
  status: 'to_plan',
  categoryId: null,
  province: 'İstanbul',
  district: 'Kadıköy',
  addressLine: null,
  location: lat === null ? null : { lat, lng: 29 },
  dueAt: '2026-03-16T12:00:00+03:00',
});

const visit = (id: string, lat: number | null, start: string, end: string): VisitWithOrder => ({
  id: `v${id}`,
  workOrderId: id,
  technicianId: 't1',
  plannedStart: `2026-03-16T${start}:00+03:00`,
  plannedEnd: `2026-03-16T${end}:00+03:00`,
  windowStart: null,
  windowEnd: null,
  status: 'planned',
  pinned: false,
  version: 1,
  createdAt: '2026-03-15T10:00:00+03:00',
  updatedAt: '2026-03-15T10:00:00+03:00',
  workOrder: order(id, lat),
});

const board: Board = {
  date: '2026-03-16',
  timeZone: 'Europe/Istanbul',
  teamId: null,
  technicians: [
    {
      id: 't1',
      name: 'Hasan Çelik',
      skills: [],
      regions: [],
      startLocation: { lat: 40.99, lng: 29.03 },
      endLocation: null,
      maxJobsPerDay: 8,
      workingSpans: [],
      holiday: null,
      visits: [
        visit('1', 41.1, '09:00', '10:00'),
        visit('2', null, '10:30', '11:00'),
        visit('3', 40.98, '11:00', '13:00'),
      ],
      travel: { distanceKm: 10, minutes: 30 },
    },
  ],
  unassigned: [
    { ...order('4', 41.0), requiredSkillId: null, requiredLevel: 1, durationMinutes: 60 },
    { ...order('5', null), requiredSkillId: null, requiredLevel: 1, durationMinutes: 60 },
  ],
};

describe('board map', () => {
  it("draws each technician's visits in order, numbered by position, leaving out orders without a location", () => {
    const [route] = currentRoutes(board);
    expect(route?.start).toEqual({ lat: 40.99, lng: 29.03 });
    expect(route?.stops.map((stop) => [stop.label, stop.point.lat])).toEqual([
      ['1', 41.1],
      ['3', 40.98],
    ]);
    expect(route?.stops.map((stop) => stop.late)).toEqual([false, true]);
    expect(route?.stops[0]?.title).toContain('09:00');
    expect(waitingStops(board).map((stop) => stop.id)).toEqual(['4']);
  });

  it("places a proposal's stops with the locations the board knows, queue orders included", () => {
    const stop = (workOrderId: string) => ({
      visitId: null,
      workOrderId,
      workOrderNumber: `SRV-2026-00000${workOrderId}`,
      customerName: '',
      arrival: '2026-03-16T09:00:00+03:00',
      start: '2026-03-16T09:00:00+03:00',
      end: '2026-03-16T10:00:00+03:00',
      windowStart: null,
      windowEnd: null,
      fixed: false,
      late: false,
      changed: true,
    });
    const summary = { distanceKm: 0, travelMinutes: 0, visits: 0, lateVisits: 0 };
    const proposal = {
      routes: [
        {
          technicianId: 't1',
          technicianName: 'Hasan Çelik',
          stops: [stop('4'), stop('1')],
          before: summary,
          after: summary,
        },
      ],
    } as unknown as Proposal;
    expect(proposedRoutes(board, proposal)[0]?.stops.map((s) => [s.label, s.point.lat])).toEqual([
      ['1', 41.0],
      ['2', 41.1],
    ]);
  });
});
