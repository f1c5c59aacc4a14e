import { describe, expect, it } from 'vitest';
import { localInstant as at, formatLocal, HOUR, istanbul } from '../calendar/test-support.ts';
import { ValidationError } from '../calendar/validation-error.ts';
import { createDefaultPolicy, resolvePolicy } from './default-policy.ts';
import { slaState } from './sla-state.ts';
import type { Priority, SlaEvent, SlaPolicy } from './types.ts';

const policy = createDefaultPolicy();
const show = (instant: number | null | undefined) => (instant == null ? null : formatLocal(instant));
const received = (when: string, priority: Priority): SlaEvent => ({
  type: 'received',
  at: at(when),
  priority,
});
const status = (when: string, phase: string): SlaEvent => ({ type: 'status-changed', at: at(when), phase });
const state = (events: SlaEvent[], now: string, withPolicy: SlaPolicy = policy) =>
  slaState(events, withPolicy, istanbul, at(now));

describe('slaState targets on the default calendar (hand-computed)', () => {
  it('P1 before lunch: 15 min and 4 h skip the lunch break', () => {
    const result = state([received('2026-11-23 12:20', 'P1')], '2026-11-23 12:25');
    expect(show(result.firstResponse?.dueAt)).toBe('2026-11-23 13:35');
    expect(show(result.resolution?.dueAt)).toBe('2026-11-23 17:20');
    expect(result.nextDueAt).toBe(result.firstResponse?.dueAt);
  });

  it('received at night (set in the past by an integration): the clock starts Monday 08:30', () => {
    const result = state([received('2026-11-21 22:00', 'P2')], '2026-11-23 08:00');
    expect(show(result.clockStartedAt)).toBe('2026-11-23 08:30');
    expect(show(result.firstResponse?.dueAt)).toBe('2026-11-23 09:30');
    expect(show(result.resolution?.dueAt)).toBe('2026-11-23 17:30');
    expect(result.businessTimeUsedMs).toBe(0);
  });

  it('P3 across Ramazan Bayramı 2026: 4 h and 2 business days', () => {
    const result = state([received('2026-03-18 15:00', 'P3')], '2026-03-18 15:00');
    expect(show(result.firstResponse?.dueAt)).toBe('2026-03-19 09:30');
    expect(show(result.resolution?.dueAt)).toBe('2026-03-23 15:00');
  });

  it('P4 across Kurban Bayramı 2026 and its arife: 1 and 5 business days', () => {
    const result = state([received('2026-05-22 10:00', 'P4')], '2026-05-22 10:00');
    expect(show(result.firstResponse?.dueAt)).toBe('2026-05-25 10:00');
    expect(show(result.resolution?.dueAt)).toBe('2026-06-03 10:00');
  });

  it('received on an arife afternoon: the clock starts after the bayram, due at the opening time', () => {
    // Received 13:10 on the Cumhuriyet arife (closed): clock starts Fri 30 Oct 08:30.
    const result = state([received('2026-10-28 13:10', 'P3')], '2026-10-28 13:10');
    expect(show(result.clockStartedAt)).toBe('2026-10-30 08:30');
    expect(show(result.resolution?.dueAt)).toBe('2026-11-03 08:30');
  });
});

describe('pauses, stops and reopens', () => {
  it('a pause spanning a night keeps the time used before it', () => {
    const events = [
      received('2026-11-23 16:00', 'P2'),
      { type: 'assigned', at: at('2026-11-23 16:05') } as const,
      status('2026-11-23 17:00', 'waiting_customer'),
      status('2026-11-24 10:00', 'on-site'),
    ];
    const result = state(events, '2026-11-24 11:00');
    expect(result.businessTimeUsedMs).toBe(2 * HOUR);
    expect(show(result.resolution?.dueAt)).toBe('2026-11-24 18:00');
    expect(result.pausedIntervals).toEqual([
      { start: at('2026-11-23 17:00'), end: at('2026-11-24 10:00'), phase: 'waiting_customer' },
    ]);
    expect(result.timeline.map((entry) => [entry.clock, entry.phase, entry.businessTimeMs / HOUR])).toEqual([
      ['running', 'intake', 1],
      ['paused', 'waiting_customer', 0],
      ['running', 'on-site', 1],
    ]);
    expect(result.firstResponse?.status).toBe('met');
  });

  it('a pause entirely outside working hours changes nothing', () => {
    const base = [received('2026-11-23 16:00', 'P2')];
    const paused = [
      ...base,
      status('2026-11-23 18:30', 'waiting_customer'),
      status('2026-11-24 08:00', 'on-site'),
    ];
    const now = '2026-11-24 09:00';
    expect(state(paused, now).resolution).toEqual(state(base, now).resolution);
  });

  it('while paused nothing counts down and nothing is due', () => {
    const result = state(
      [received('2026-11-23 09:00', 'P2'), status('2026-11-23 09:30', 'waiting_customer')],
      '2026-11-25 12:00',
    );
    expect(result.clock).toBe('paused');
    expect(result.resolution).toMatchObject({ status: 'pending', dueAt: null, usedMs: HOUR / 2 });
    expect(result.nextDueAt).toBeNull();
  });

  it('closing meets resolution; a reopen resumes where it stopped', () => {
    const events = [
      received('2026-11-23 09:00', 'P2'),
      { type: 'assigned', at: at('2026-11-23 09:10') } as const,
      status('2026-11-23 11:00', 'closed'),
    ];
    const closed = state(events, '2026-11-23 15:00');
    expect(closed.clock).toBe('stopped');
    expect(closed.resolution).toMatchObject({
      status: 'met',
      metAt: at('2026-11-23 11:00'),
      usedMs: 2 * HOUR,
    });
    expect(closed.nextDueAt).toBeNull();

    const reopened = state([...events, status('2026-11-24 09:00', 'on-site')], '2026-11-24 10:00');
    expect(reopened.resolution).toMatchObject({ status: 'pending', metAt: null, usedMs: 3 * HOUR });
    expect(show(reopened.resolution?.dueAt)).toBe('2026-11-24 16:00');
  });

  it('waiting for parts runs the clock unless the policy pauses it', () => {
    const events = [received('2026-11-23 09:00', 'P2'), status('2026-11-23 10:00', 'waiting_parts')];
    expect(state(events, '2026-11-23 12:00').businessTimeUsedMs).toBe(3 * HOUR);
    const pausing = createDefaultPolicy({ pauseWhileWaitingForParts: true });
    expect(state(events, '2026-11-23 12:00', pausing).businessTimeUsedMs).toBe(HOUR);
  });

  it('a company status can override its phase', () => {
    const custom: SlaPolicy = { ...policy, clockByStatus: { 'awaiting-approval-from-insurer': 'paused' } };
    const events: SlaEvent[] = [
      received('2026-11-23 09:00', 'P2'),
      {
        type: 'status-changed',
        at: at('2026-11-23 10:00'),
        phase: 'on-site',
        status: 'awaiting-approval-from-insurer',
      },
    ];
    expect(state(events, '2026-11-23 12:00', custom).businessTimeUsedMs).toBe(HOUR);
  });
});

describe('priority and policy changes', () => {
  it('a priority change recomputes targets from the original start', () => {
    const events = [
      received('2026-11-23 09:00', 'P3'),
      { type: 'priority-changed', at: at('2026-11-23 10:00'), priority: 'P1' } as const,
    ];
    const result = state(events, '2026-11-23 10:00');
    expect(result.priority).toBe('P1');
    expect(show(result.firstResponse?.dueAt)).toBe('2026-11-23 09:15');
    expect(result.firstResponse?.status).toBe('breached');
    expect(show(result.resolution?.dueAt)).toBe('2026-11-23 14:00');
    expect(result.priorityChanges).toEqual([{ at: at('2026-11-23 10:00'), priority: 'P1' }]);
  });

  it("a contract's policy wins over the default per target", () => {
    const contract = resolvePolicy(policy, {
      id: 'gold',
      targets: { P2: { resolution: { amount: 4, unit: 'hours' } } },
    });
    const result = state([received('2026-11-23 08:30', 'P2')], '2026-11-23 08:30', contract);
    expect(result.policyId).toBe('gold');
    const changed = state(
      [
        received('2026-11-23 08:30', 'P2'),
        { type: 'policy-changed', at: at('2026-11-23 08:40'), policyId: 'gold' },
      ],
      '2026-11-23 09:00',
      contract,
    );
    expect(changed.policyChanges).toEqual([{ at: at('2026-11-23 08:40'), policyId: 'gold' }]);
    expect(show(result.firstResponse?.dueAt)).toBe('2026-11-23 09:30');
    expect(show(result.resolution?.dueAt)).toBe('2026-11-23 12:30');
  });
});

describe('first response and breach edges', () => {
  const replyOnly: SlaPolicy = { ...policy, firstResponseMetBy: ['customer-reply'] };

  it('which event meets first response is configurable', () => {
    const events: SlaEvent[] = [
      received('2026-11-23 09:00', 'P2'),
      { type: 'assigned', at: at('2026-11-23 09:05') },
      { type: 'replied', at: at('2026-11-23 09:10'), customerVisible: false },
      { type: 'replied', at: at('2026-11-23 09:20'), customerVisible: true },
    ];
    expect(state(events, '2026-11-23 10:00').firstResponse?.metAt).toBe(at('2026-11-23 09:05'));
    expect(state(events, '2026-11-23 10:00', replyOnly).firstResponse?.metAt).toBe(at('2026-11-23 09:20'));
  });

  it('met exactly at the due time is on time; after closing time is late', () => {
    const reply = (when: string): SlaEvent => ({ type: 'replied', at: at(when), customerVisible: true });
    const onTime = state([received('2026-11-23 17:00', 'P2'), reply('2026-11-23 18:00')], '2026-11-23 19:00');
    expect(onTime.firstResponse).toMatchObject({ status: 'met', breached: false });
    const late = state([received('2026-11-23 17:00', 'P2'), reply('2026-11-23 18:30')], '2026-11-23 19:00');
    expect(late.firstResponse).toMatchObject({
      status: 'breached',
      breached: true,
      dueAt: at('2026-11-23 18:00'),
    });
  });

  it('ignores events after now and rejects a log without received-at', () => {
    const events = [received('2026-11-23 09:00', 'P2'), status('2026-11-23 11:00', 'closed')];
    expect(state(events, '2026-11-23 10:00').clock).toBe('running');
    expect(() => state([status('2026-11-23 11:00', 'closed')], '2026-11-23 12:00')).toThrow(ValidationError);
  });

  it('rejects a policy with a target ≤ 0, naming the field', () => {
    const bad: SlaPolicy = {
      ...policy,
      targets: { ...policy.targets, P1: { firstResponse: { amount: 0, unit: 'minutes' } } },
    };
    try {
      state([received('2026-11-23 09:00', 'P1')], '2026-11-23 09:00', bad);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.path).toEqual([
        'targets',
        'P1',
        'firstResponse',
        'amount',
      ]);
    }
  });
});
