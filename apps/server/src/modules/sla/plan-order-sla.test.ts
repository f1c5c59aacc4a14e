import { createDefaultCalendar } from '@usta/core/calendar';
import type { SlaEvent } from '@usta/core/sla';
import { describe, expect, it } from 'vitest';
import { planOrderSla } from './plan-order-sla.ts';
import { defaultPolicyDefinition, type PolicyRow } from './policy-mapping.ts';

// Monday 16 Nov 2026 on the default calendar (08:30–12:30, 13:30–18:00, Europe/Istanbul).
const at = (local: string, day = 16) => Date.parse(`2026-11-${day}T${local}:00+03:00`);
const calendar = { ...createDefaultCalendar(), id: '00000000-0000-4000-8000-0000000000ca' };
const policy: PolicyRow = {
  id: '00000000-0000-4000-8000-0000000000aa',
  organizationId: '00000000-0000-4000-8000-0000000000bb',
  name: 'Varsayılan SLA',
  description: null,
  calendarId: null,
  definition: defaultPolicyDefinition(),
  isDefault: true,
  version: 1,
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const subject = { organizationId: policy.organizationId, customerId: null, phase: 'intake' };
const received: SlaEvent = {
  type: 'received',
  at: at('09:00'),
  priority: 'P2',
  phase: 'intake',
  status: 'new',
};
const plan = (events: SlaEvent[], nowMs: number, extra: Partial<Parameters<typeof planOrderSla>[0]> = {}) =>
  planOrderSla({ subject, events, policy, calendar, existing: null, fired: [], nowMs, ...extra });

describe('planOrderSla', () => {
  it('schedules every rule of a pending target, waiting ones at working moments, and a check at each due time', () => {
    const result = plan([received], at('09:30'));
    const steps = Object.fromEntries(result.desired.map((d) => [d.ruleId, new Date(d.dueAt).toISOString()]));
    // P2: first response 1 h → due 10:00; resolution 8 h → due 18:00 (3.5 h before lunch, 4.5 after).
    expect(steps['check:firstResponse']).toBe('2026-11-16T07:00:00.000Z');
    expect(steps['firstResponse-75']).toBe('2026-11-16T06:45:00.000Z');
    expect(steps['firstResponse-breach-raise']).toBe('2026-11-16T07:00:00.000Z');
    expect(steps['check:resolution']).toBe('2026-11-16T15:00:00.000Z');
    expect(result.values).toMatchObject({ state: 'on_track', paused: false, breached: false, cycle: 0 });
    expect(result.values.nextCheckAt?.toISOString()).toBe('2026-11-16T06:45:00.000Z');
  });

  it('leaves out fired rules, marks the order warned, and nothing for a met target', () => {
    const assigned: SlaEvent = { type: 'assigned', at: at('09:50') };
    const result = plan([received, assigned], at('09:55'), {
      fired: [{ ruleId: 'firstResponse-75', cycle: 0 }],
    });
    expect(result.desired.some((d) => d.metric === 'firstResponse')).toBe(false);
    expect(result.values.warned).toBe(true);
    expect(result.values.responseDueAt).toBeNull();
    expect(result.values.state).toBe('warning');
  });

  it('schedules nothing while paused and freezes a closed outcome', () => {
    const wait: SlaEvent = {
      type: 'status-changed',
      at: at('09:10'),
      phase: 'waiting_customer',
      status: 'waiting_customer',
    };
    const paused = plan([received, wait], at('11:00'));
    expect(paused.desired).toEqual([]);
    expect(paused.values).toMatchObject({ paused: true, state: 'paused', nextDueAt: null });

    const closed: SlaEvent = {
      type: 'status-changed',
      at: at('10:30', 18),
      phase: 'closed',
      status: 'closed',
    };
    const late = planOrderSla({
      subject: { ...subject, phase: 'closed' },
      events: [received, closed],
      policy,
      calendar,
      existing: null,
      fired: [],
      nowMs: at('11:00', 18),
    });
    expect(late.desired).toEqual([]);
    expect(late.values).toMatchObject({ closedOutcome: 'breached', breached: true, resolved: true });
  });

  it('starts a new cycle on a reopen, in which fired rules may fire again', () => {
    const done: SlaEvent = {
      type: 'status-changed',
      at: at('10:00'),
      phase: 'final_check',
      status: 'final_check',
    };
    const back: SlaEvent = { type: 'status-changed', at: at('10:30'), phase: 'planning', status: 'to_plan' };
    const reopened = plan([received, done, back], at('10:45'), {
      existing: { resolved: true, cycle: 0 },
      fired: [{ ruleId: 'resolution-75', cycle: 0 }],
    });
    expect(reopened.cycle).toBe(1);
    expect(reopened.desired.map((d) => d.ruleId)).toContain('resolution-75');
  });
});
