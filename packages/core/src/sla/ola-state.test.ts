import { describe, expect, it } from 'vitest';
import { localInstant as at, formatLocal, HOUR, istanbul } from '../calendar/test-support.ts';
import { olaState } from './ola-state.ts';

const oneBusinessDay = { amount: 1, unit: 'businessDays' } as const;

describe('olaState (internal targets on the same engine)', () => {
  it('the warehouse ships a part within 1 business day, over a weekend', () => {
    const state = olaState(
      [{ type: 'started', at: at('2026-11-20 15:00') }],
      oneBusinessDay,
      istanbul,
      at('2026-11-20 16:00'),
    );
    expect(formatLocal(state.target.dueAt!)).toBe('2026-11-23 15:00');
    expect(state.target.status).toBe('pending');
    expect(state.nextDueAt).toBe(state.target.dueAt);
  });

  it('a pause extends the due time by the working time it covers; completion meets it', () => {
    const events = [
      { type: 'started', at: at('2026-11-23 09:00') },
      { type: 'paused', at: at('2026-11-23 10:00'), reason: 'supplier-backorder' },
      { type: 'resumed', at: at('2026-11-23 12:00') },
    ] as const;
    const running = olaState([...events], { amount: 4, unit: 'hours' }, istanbul, at('2026-11-23 12:00'));
    // 1 h used, 3 h left from 12:00: 12:00–12:30, 13:30–16:00.
    expect(formatLocal(running.target.dueAt!)).toBe('2026-11-23 16:00');
    expect(running.timeline.map((entry) => entry.status ?? entry.phase)).toEqual([
      'working',
      'supplier-backorder',
      'working',
    ]);

    const done = olaState(
      [...events, { type: 'completed', at: at('2026-11-23 15:00') }],
      { amount: 4, unit: 'hours' },
      istanbul,
      at('2026-11-24 09:00'),
    );
    expect(done.target).toMatchObject({ status: 'met', usedMs: 3 * HOUR, breached: false });
  });
});
