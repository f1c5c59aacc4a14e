import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from '../calendar/business-days.ts';
import { businessTimeBetween, isWorkingMoment } from '../calendar/business-time.ts';
import { createAlwaysOpenCalendar } from '../calendar/default-calendars.ts';
import { HOUR, istanbul, newYork } from '../calendar/test-support.ts';
import { createDefaultPolicy } from './default-policy.ts';
import { slaState } from './sla-state.ts';
import { PRIORITIES, type Priority, type SlaEvent } from './types.ts';

const RUNS = { numRuns: 100 };
const policy = createDefaultPolicy();
const START = Date.UTC(2026, 0, 5);
const END = Date.UTC(2027, 10, 1);
const calendars = fc.constantFrom(istanbul, newYork, createAlwaysOpenCalendar('America/New_York'));
const priority = fc.constantFrom<Priority>(...PRIORITIES);
const phase = fc.constantFrom('on-site', 'waiting_customer', 'planning', 'closed', 'waiting_parts');

/** An order: received-at, then status changes at increasing offsets (up to ~3 weeks), and now. */
const order = fc.record({
  receivedAt: fc.integer({ min: START, max: END }),
  priority,
  changes: fc.array(fc.record({ after: fc.integer({ min: 0, max: 72 * HOUR }), phase }), { maxLength: 6 }),
  nowAfter: fc.integer({ min: 0, max: 72 * HOUR }),
});

type Order = typeof order extends fc.Arbitrary<infer T> ? T : never;

function toEvents(input: Order, withPriority: Priority = input.priority) {
  const events: SlaEvent[] = [{ type: 'received', at: input.receivedAt, priority: withPriority }];
  let at = input.receivedAt;
  for (const change of input.changes) {
    at += change.after;
    events.push({ type: 'status-changed', at, phase: change.phase });
  }
  return { events, now: at + input.nowAfter };
}

describe('slaState properties', () => {
  it('pausing and resuming never loses or double-counts working time', () => {
    fc.assert(
      fc.property(calendars, order, (calendar, input) => {
        const { events, now } = toEvents(input);
        const state = slaState(events, policy, calendar, now);
        let counted = 0;
        let notCounted = 0;
        let cursor = state.receivedAt;
        for (const entry of state.timeline) {
          expect(entry.start).toBe(cursor);
          const end = entry.end ?? now;
          const working = businessTimeBetween(entry.start, end, calendar);
          if (entry.clock === 'running') {
            expect(entry.businessTimeMs).toBe(working);
            counted += working;
          } else {
            notCounted += working;
          }
          cursor = end;
        }
        expect(cursor).toBe(now);
        expect(state.businessTimeUsedMs).toBe(counted);
        expect(counted + notCounted).toBe(businessTimeBetween(state.receivedAt, now, calendar));
      }),
      RUNS,
    );
  });

  it('a priority change equals computing with the new priority from the start', () => {
    fc.assert(
      fc.property(
        calendars,
        order,
        priority,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (calendar, input, next, when) => {
          const { events, now } = toEvents(input);
          const changeAt = Math.round(input.receivedAt + (now - input.receivedAt) * when);
          const changed = [...events, { type: 'priority-changed', at: changeAt, priority: next } as const];
          const recomputed = slaState(changed, policy, calendar, now);
          const fromStart = slaState(toEvents(input, next).events, policy, calendar, now);
          expect(recomputed.firstResponse).toEqual(fromStart.firstResponse);
          expect(recomputed.resolution).toEqual(fromStart.resolution);
          expect(recomputed.escalations).toEqual(fromStart.escalations);
        },
      ),
      RUNS,
    );
  });

  it('a running target is due when the remaining working time is used up, never in non-working time', () => {
    fc.assert(
      fc.property(calendars, order, (calendar, input) => {
        const { events, now } = toEvents(input);
        const state = slaState(events, policy, calendar, now);
        for (const target of [state.firstResponse, state.resolution]) {
          if (target?.status !== 'pending' || state.clock !== 'running') continue;
          expect(target.dueAt).not.toBeNull();
          const due = target.dueAt!;
          expect(state.businessTimeUsedMs + businessTimeBetween(now, due, calendar)).toBe(target.targetMs);
          expect(isWorkingMoment(due, calendar) || isWorkingMoment(due - 1, calendar)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('without pauses a business-day target is due exactly as addBusinessDays says', () => {
    fc.assert(
      fc.property(
        calendars,
        fc.integer({ min: START, max: END }),
        fc.constantFrom<Priority>('P3', 'P4'),
        (calendar, at, p) => {
          const state = slaState([{ type: 'received', at, priority: p }], policy, calendar, at);
          const days = p === 'P3' ? 2 : 5;
          expect(state.resolution?.dueAt).toBe(addBusinessDays(state.clockStartedAt, days, calendar));
        },
      ),
      RUNS,
    );
  });
});
