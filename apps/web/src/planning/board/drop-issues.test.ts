import type { BoardTechnician, VisitWithOrder } from '@usta/contracts/planning';
import { describe, expect, it } from 'vitest';
import { type DayFrame, frameFor, instantAt, minuteAtPointer, minutesOfDay, percentOf } from './day-frame.ts';
import { type DraggedOrder, dropIssues, mergeIssues } from './drop-issues.ts';

const frame: DayFrame = { date: '2026-03-16', timeZone: 'Europe/Istanbul', startMin: 420, endMin: 1200 };
const SKILL = '00000000-0000-4000-8000-000000000001';

function visit(id: string, from: string, to: string): VisitWithOrder {
  return {
    id,
    workOrderId: `wo-${id}`,
    technicianId: 't1',
    plannedStart: `2026-03-16T${from}:00+03:00`,
    plannedEnd: `2026-03-16T${to}:00+03:00`,
    windowStart: null,
    windowEnd: null,
    status: 'planned',
    pinned: false,
    version: 1,
    createdAt: '2026-03-15T10:00:00+03:00',
    updatedAt: '2026-03-15T10:00:00+03:00',
    workOrder: {} as VisitWithOrder['workOrder'],
  };
}

const technician = (overrides: Partial<BoardTechnician> = {}): BoardTechnician => ({
  id: 't1',
  name: 'Ahmet Yılmaz',
  skills: [{ skillId: SKILL, level: 2 }],
  regions: [{ province: 'İstanbul', district: 'Kadıköy' }],
  startLocation: null,
  endLocation: null,
  maxJobsPerDay: 3,
  workingSpans: [
    { start: '2026-03-16T08:30:00+03:00', end: '2026-03-16T12:30:00+03:00' },
    { start: '2026-03-16T13:30:00+03:00', end: '2026-03-16T18:00:00+03:00' },
  ],
  holiday: null,
  visits: [visit('v1', '09:00', '10:00')],
  travel: { distanceKm: 0, minutes: 0 },
  ...overrides,
});

const order: DraggedOrder = {
  id: 'wo-x',
  customerId: 'c1',
  province: 'İstanbul',
  district: 'KADIKÖY',
  dueAt: '2026-03-16T16:00:00+03:00',
  requiredSkillId: SKILL,
  requiredLevel: 2,
};

const codes = (start: string, end: string, t = technician(), o = order, visitId?: string) =>
  dropIssues(
    {
      technician: t,
      order: o,
      start: minutesOfDay(`2026-03-16T${start}:00+03:00`, frame),
      end: minutesOfDay(`2026-03-16T${end}:00+03:00`, frame),
      visitId,
    },
    frame,
  ).map((issue) => issue.code);

describe('day frame', () => {
  it('reads instants on the zone wall clock and writes them back with the offset', () => {
    expect(minutesOfDay('2026-03-16T07:15:00Z', frame)).toBe(10 * 60 + 15);
    expect(instantAt(frame, 615)).toBe('2026-03-16T10:15:00+03:00');
  });

  it('widens to whole hours around early shifts and snaps the pointer to 15 minutes', () => {
    const wide = frameFor('2026-03-16', 'Europe/Istanbul', [
      { start: '2026-03-16T06:30:00+03:00', end: '2026-03-16T21:10:00+03:00' },
    ]);
    expect([wide.startMin, wide.endMin]).toEqual([360, 1320]);
    expect(minuteAtPointer(frame, 50, 100)).toBe(810);
    expect(minuteAtPointer(frame, 50.9, 100)).toBe(810);
    expect(percentOf(frame, 0)).toBe(0);
  });
});

describe('drop issues', () => {
  it('a free slot inside the shift with the skill, region and SLA is clean', () => {
    expect(codes('10:00', '11:00')).toEqual([]);
  });

  it('marks an overlap, a slot across the lunch break and one past the SLA due time', () => {
    expect(codes('09:30', '10:30')).toEqual(['overlap']);
    expect(codes('12:00', '13:00')).toEqual(['outside_shift']);
    expect(codes('15:30', '16:30')).toEqual(['sla_breach']);
  });

  it('a moved visit does not collide with itself', () => {
    expect(codes('09:15', '10:15', technician(), order, 'v1')).toEqual([]);
  });

  it('names the missing skill level, another district and a full day', () => {
    const weak = technician({ skills: [{ skillId: SKILL, level: 1 }] });
    expect(codes('10:00', '11:00', weak)).toEqual(['missing_skill']);
    expect(codes('10:00', '11:00', technician(), { ...order, district: 'Beşiktaş' })).toEqual([
      'outside_region',
    ]);
    const full = technician({
      visits: [visit('a', '08:30', '09:00'), visit('b', '09:00', '09:30'), visit('c', '09:30', '10:00')],
    });
    expect(codes('10:00', '11:00', full)).toEqual(['max_jobs_exceeded']);
  });

  it('a holiday is refused whatever the hours', () => {
    expect(codes('10:00', '11:00', technician({ holiday: '23 Nisan', workingSpans: [] }))).toEqual([
      'holiday',
    ]);
  });

  it("the server's answer replaces the local guess, errors first", () => {
    const merged = mergeIssues(
      [{ code: 'overlap', severity: 'error' }],
      [
        { code: 'sla_breach', severity: 'warning', path: 'plannedEnd', message: 'SLA' },
        { code: 'outside_shift', severity: 'error', path: 'plannedStart', message: 'Vardiya dışı' },
      ],
    );
    expect(merged.map((issue) => issue.code)).toEqual(['outside_shift', 'sla_breach']);
  });
});

describe('wall clock formatting', () => {
  it('matches the zone whatever the offset written in the instant', async () => {
    const { formatIn, wallClock } = await import('./day-frame.ts');
    expect(wallClock('2026-03-16T07:15:00Z', 'Europe/Istanbul')).toBe('10:15');
    expect(formatIn('2026-12-31T21:30:00Z', 'Europe/Istanbul', 'DD.MM HH:mm')).toBe('01.01 00:30');
    expect(formatIn('2026-03-16T10:15:00+03:00', 'Europe/Istanbul', 'YYYY')).toBe('2026');
  });
});
