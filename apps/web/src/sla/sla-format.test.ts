import type { WorkOrderSla, WorkOrderSlaSummary } from '@usta/contracts/sla';
import { describe, expect, it } from 'vitest';
import { badgeCountdown, badgeOfSla, badgeOfSummary, formatDuration, positionOf } from './sla-format.ts';

const words = { hours: (n: number) => `${n} sa`, minutes: (n: number) => `${n} dk` };
const MIN = 60_000;

type Target = NonNullable<WorkOrderSla['firstResponse']>;
const target = (metric: Target['metric'], over: Partial<Target> = {}): Target => ({
  metric,
  target: { amount: 4, unit: 'hours' },
  targetMs: 240 * MIN,
  usedMs: 60 * MIN,
  remainingMs: 180 * MIN,
  percentUsed: 25,
  dueAt: '2026-11-16T13:00:00+03:00',
  metAt: null,
  breached: false,
  status: 'pending',
  ...over,
});

const sla = (over: Partial<WorkOrderSla>): WorkOrderSla =>
  ({
    clock: 'running',
    firstResponse: target('firstResponse', { status: 'met', metAt: '2026-11-16T09:10:00+03:00' }),
    resolution: target('resolution'),
    ...over,
  }) as WorkOrderSla;

describe('formatDuration', () => {
  it('says minutes under an hour, hours and minutes under ten hours, whole hours beyond', () => {
    expect(formatDuration(45 * MIN, words)).toBe('45 dk');
    expect(formatDuration(135 * MIN, words)).toBe('2 sa 15 dk');
    expect(formatDuration(120 * MIN, words)).toBe('2 sa');
    expect(formatDuration(42.5 * 60 * MIN, words)).toBe('43 sa');
    expect(formatDuration(-45 * MIN, words)).toBe('45 dk');
    expect(formatDuration(59_999, words)).toBe('0 dk');
  });

  it('says days and hours beyond a day when given the word for days', () => {
    const withDays = { ...words, days: (n: number) => `${n} gün` };
    expect(formatDuration(50 * 60 * MIN, withDays)).toBe('2 gün 2 sa');
    expect(formatDuration(48 * 60 * MIN, withDays)).toBe('2 gün');
    expect(formatDuration(23 * 60 * MIN, withDays)).toBe('23 sa');
  });
});

describe('badgeOfSla', () => {
  it('counts down the resolution once the first response is met', () => {
    expect(badgeOfSla(sla({}))).toMatchObject({ tone: 'ok', metric: 'resolution', remainingMs: 180 * MIN });
  });

  it('warns from 75 % of the target used', () => {
    const low = sla({ resolution: target('resolution', { percentUsed: 75, remainingMs: 60 * MIN }) });
    expect(badgeOfSla(low)?.tone).toBe('warned');
  });

  it('keeps a late first response as the headline, red', () => {
    const late = sla({
      firstResponse: target('firstResponse', { status: 'breached', breached: true, remainingMs: -45 * MIN }),
    });
    expect(badgeOfSla(late)).toMatchObject({
      tone: 'breached',
      metric: 'firstResponse',
      remainingMs: -45 * MIN,
    });
  });

  it('is grey while the clock is paused, and a breach still wins over a pause', () => {
    expect(badgeOfSla(sla({ clock: 'paused' }))?.tone).toBe('paused');
    const both = sla({
      clock: 'paused',
      resolution: target('resolution', { status: 'breached', breached: true, remainingMs: -MIN }),
    });
    expect(badgeOfSla(both)?.tone).toBe('breached');
  });

  it('is met when every target is met; without targets there is no badge', () => {
    const done = sla({
      resolution: target('resolution', { status: 'met', metAt: '2026-11-16T12:00:00+03:00' }),
    });
    expect(badgeOfSla(done)).toMatchObject({ tone: 'met', remainingMs: null });
    expect(badgeOfSla(sla({ firstResponse: null, resolution: null }))).toBeNull();
  });
});

describe('positionOf', () => {
  it('places an instant on a span in percent, clamped to it', () => {
    expect(positionOf(5, 0, 10)).toBe(50);
    expect(positionOf(-5, 0, 10)).toBe(0);
    expect(positionOf(50, 0, 10)).toBe(100);
    expect(positionOf(5, 10, 10)).toBe(0);
  });
});

const summary = (over: Partial<WorkOrderSlaSummary>): WorkOrderSlaSummary => ({
  policyId: '00000000-0000-4000-8000-000000000001',
  responseDueAt: '2026-11-16T09:15:00+03:00',
  resolutionDueAt: '2026-11-16T13:00:00+03:00',
  nextDueAt: '2026-11-16T09:15:00+03:00',
  state: 'on_track',
  paused: false,
  warned: false,
  breached: false,
  percentUsed: 10,
  businessTimeUsedMs: 0,
  closedOutcome: null,
  computedAt: '2026-11-16T09:00:00+03:00',
  ...over,
});

describe('badgeOfSummary and badgeCountdown', () => {
  const at = (local: string) => Date.parse(`2026-11-16T${local}:00+03:00`);

  it('counts wall-clock time to the next due time, and past it', () => {
    const badge = badgeOfSummary(summary({}));
    expect(badge).toMatchObject({ tone: 'ok', metric: 'firstResponse' });
    expect(badgeCountdown(badge, at('09:00'))).toEqual({ kind: 'left', ms: 15 * MIN });
    expect(badgeCountdown(badge, at('10:00'))).toEqual({ kind: 'late', ms: 45 * MIN });
  });

  it('maps the stored states onto tones', () => {
    expect(badgeOfSummary(summary({ state: 'warning' })).tone).toBe('warned');
    expect(badgeOfSummary(summary({ state: 'paused', nextDueAt: null })).tone).toBe('paused');
    expect(badgeOfSummary(summary({ state: 'stopped' })).tone).toBe('met');
    const resolution = badgeOfSummary(
      summary({ responseDueAt: null, nextDueAt: '2026-11-16T13:00:00+03:00' }),
    );
    expect(resolution.metric).toBe('resolution');
  });

  it('counts an open late order from its missed due time when nothing is pending', () => {
    const late = badgeOfSummary(summary({ state: 'breached', breached: true, nextDueAt: null }));
    expect(late).toMatchObject({ tone: 'breached', dueAt: '2026-11-16T09:15:00+03:00' });
    expect(badgeCountdown(late, at('10:00'))).toEqual({ kind: 'late', ms: 45 * MIN });
  });

  it('keeps a closed order that missed its target red, with nothing counting', () => {
    const closed = badgeOfSummary(summary({ state: 'stopped', closedOutcome: 'breached', nextDueAt: null }));
    expect(closed.tone).toBe('breached');
    expect(badgeCountdown(closed, at('12:00'))).toEqual({ kind: 'late', ms: 0 });
  });

  it('shows a paused clock without a countdown, and met as done', () => {
    expect(badgeCountdown(badgeOfSummary(summary({ state: 'paused', nextDueAt: null })), 0)).toEqual({
      kind: 'paused',
      ms: null,
    });
    expect(badgeCountdown(badgeOfSummary(summary({ state: 'met' })), 0)).toEqual({ kind: 'done' });
  });
});
