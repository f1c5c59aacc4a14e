import type { WorkOrderSla } from '@usta/contracts/sla';
import { formatInstantWithOffset } from '@usta/core/calendar';
import { type SlaTimelineEntry, slaState, type TargetState } from '@usta/core/sla';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { loadCalendar } from '../calendars/index.ts';
import { loadSlaEvents, loadSlaSubject } from '../work-orders/index.ts';
import { corePolicyOf, resolvePolicy } from './resolve-policy.ts';

/**
 * An order's SLA state, computed on request from its recorded events under its policy (customer's, else default): the
 * targets, what is used and due, and the timeline of running, paused and stopped intervals with
 * the phase and status that caused them. Times carry the calendar's offset. 404 under the same
 * row rule as the order itself.
 */
export async function getWorkOrderSla(
  db: Database,
  actor: Actor,
  id: string,
  now: number = Date.now(),
): Promise<WorkOrderSla> {
  const loaded = await loadSlaEvents(db, actor, id);
  if (!loaded) throw notFound('work order');
  const subject = await loadSlaSubject(db, actor.organizationId, id);
  const policyRow = await resolvePolicy(db, actor.organizationId, {
    customerId: subject?.customerId ?? null,
  });
  const calendar = await loadCalendar(
    db,
    actor.organizationId,
    loaded.calendarId ?? policyRow.calendarId ?? undefined,
  );
  const state = slaState(loaded.events, corePolicyOf(policyRow), calendar, now);
  const at = (instant: number) => formatInstantWithOffset(instant, calendar.timeZone);
  const maybe = (instant: number | null) => (instant === null ? null : at(instant));
  const target = (t: TargetState | null) =>
    t && {
      metric: t.metric,
      target: { amount: t.target.amount, unit: t.target.unit },
      targetMs: t.targetMs,
      usedMs: t.usedMs,
      remainingMs: t.remainingMs,
      percentUsed: t.percentUsed,
      dueAt: maybe(t.dueAt),
      metAt: maybe(t.metAt),
      breached: t.breached,
      status: t.status,
    };
  const entry = (e: SlaTimelineEntry) => ({
    start: at(e.start),
    end: maybe(e.end),
    clock: e.clock,
    phase: e.phase,
    status: e.status ?? null,
    businessTimeMs: e.businessTimeMs,
  });
  return {
    workOrderId: id,
    policyId: state.policyId,
    calendarId: calendar.id,
    timeZone: calendar.timeZone,
    priority: state.priority,
    receivedAt: at(state.receivedAt),
    clockStartedAt: at(state.clockStartedAt),
    clock: state.clock,
    phase: state.phase,
    status: state.status ?? null,
    businessTimeUsedMs: state.businessTimeUsedMs,
    firstResponse: target(state.firstResponse),
    resolution: target(state.resolution),
    nextDueAt: maybe(state.nextDueAt),
    breached: state.breached,
    pausedIntervals: state.pausedIntervals.map((p) => ({
      start: at(p.start),
      end: maybe(p.end),
      phase: p.phase,
      status: p.status ?? null,
    })),
    priorityChanges: state.priorityChanges.map((c) => ({ at: at(c.at), priority: c.priority })),
    timeline: state.timeline.map(entry),
    computedAt: at(state.computedAt),
  };
}
