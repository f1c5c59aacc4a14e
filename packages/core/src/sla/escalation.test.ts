import { describe, expect, it } from 'vitest';
import { localInstant as at, formatLocal, istanbul } from '../calendar/test-support.ts';
import { createDefaultPolicy } from './default-policy.ts';
import { nextEscalationAt, planEscalations } from './escalation.ts';
import { slaState } from './sla-state.ts';
import type { SlaEvent, SlaPolicy } from './types.ts';

const policy = createDefaultPolicy();
// P2 received Monday 09:00, assigned at once: resolution 8 h is due at 18:00 the same day.
const events: SlaEvent[] = [
  { type: 'received', at: at('2026-11-23 09:00'), priority: 'P2' },
  { type: 'assigned', at: at('2026-11-23 09:10') },
];
const show = (instant: number | null) => (instant === null ? null : formatLocal(instant));

describe('escalation thresholds', () => {
  it('computes when 75 %, 90 % and the breach are reached', () => {
    const state = slaState(events, policy, istanbul, at('2026-11-23 09:30'));
    const resolution = state.escalations.filter((threshold) => threshold.metric === 'resolution');
    expect(
      resolution.map((threshold) => [threshold.ruleId, show(threshold.reachedAt), show(threshold.fireAt)]),
    ).toEqual([
      ['resolution-75', '2026-11-23 16:00', '2026-11-23 16:00'],
      ['resolution-90', '2026-11-23 17:12', '2026-11-23 17:12'],
      ['resolution-breach', '2026-11-23 18:00', '2026-11-23 18:00'],
    ]);
    // First response was met by the assignment: it never escalates.
    const firstResponse = state.escalations.filter((threshold) => threshold.metric === 'firstResponse');
    expect(firstResponse.every((threshold) => threshold.reachedAt === null)).toBe(true);
  });

  it('plans due rules and the next one, skipping fired rules', () => {
    const now = at('2026-11-23 16:00');
    const state = slaState(events, policy, istanbul, now);
    const plan = planEscalations(state, policy.escalationRules, now);
    expect(plan.due.map((item) => item.rule.id)).toEqual(['resolution-75']);
    expect(show(plan.nextEscalationAt)).toBe('2026-11-23 17:12');
    const after = planEscalations(state, policy.escalationRules, now, ['resolution-75']);
    expect(after.due).toEqual([]);
    expect(nextEscalationAt(state, policy.escalationRules, ['resolution-75'])).toBe(at('2026-11-23 17:12'));
  });

  it('a rule that waits for working hours fires at the next opening, not at 18:00', () => {
    const waiting: SlaPolicy = {
      ...policy,
      escalationRules: [
        {
          id: 'late-mail',
          metric: 'resolution',
          atPercent: 100,
          actions: [{ type: 'notify', recipient: 'manager' }],
          waitForWorkingHours: true,
        },
      ],
    };
    const state = slaState(events, waiting, istanbul, at('2026-11-23 17:00'));
    expect(show(state.escalations[0]?.fireAt ?? null)).toBe('2026-11-24 08:30');
    expect(planEscalations(state, waiting.escalationRules, at('2026-11-23 20:00')).due).toEqual([]);
    expect(planEscalations(state, waiting.escalationRules, at('2026-11-24 08:30')).due).toHaveLength(1);
  });

  it('nothing is scheduled while paused; a met target stops its escalations', () => {
    const paused = slaState(
      [...events, { type: 'status-changed', at: at('2026-11-23 10:00'), phase: 'waiting_customer' }],
      policy,
      istanbul,
      at('2026-11-23 11:00'),
    );
    expect(planEscalations(paused, policy.escalationRules, at('2026-11-23 11:00'))).toEqual({
      due: [],
      nextEscalationAt: null,
    });
    const closed = slaState(
      [...events, { type: 'status-changed', at: at('2026-11-23 10:00'), phase: 'closed' }],
      policy,
      istanbul,
      at('2026-11-23 19:00'),
    );
    expect(planEscalations(closed, policy.escalationRules, at('2026-11-23 19:00'))).toEqual({
      due: [],
      nextEscalationAt: null,
    });
  });
});
