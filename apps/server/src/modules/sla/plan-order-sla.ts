import type { Calendar } from '@usta/core/calendar';
import { type SlaEvent, type SlaState, slaState, type TargetState } from '@usta/core/sla';
import type { PolicyRow } from './policy-mapping.ts';
import { corePolicyOf } from './resolve-policy.ts';

/** A synthetic step at each due time, so the stored `breached` flag turns on time without any rule. */
export const CHECK_PREFIX = 'check:';

const FINISHED = new Set(['closed', 'cancelled']);

export interface DesiredStep {
  ruleId: string;
  metric: string;
  action: string;
  dueAt: number;
}

export interface OrderSlaPlan {
  state: SlaState;
  cycle: number;
  /** The `work_order_sla` row's values (without the order id). */
  values: {
    organizationId: string;
    customerId: string | null;
    policyId: string;
    calendarId: string;
    priority: string;
    cycle: number;
    responseDueAt: Date | null;
    resolutionDueAt: Date | null;
    nextDueAt: Date | null;
    state: string;
    paused: boolean;
    warned: boolean;
    breached: boolean;
    resolved: boolean;
    percentUsed: number;
    businessMsUsed: number;
    nextCheckAt: Date | null;
    stale: boolean;
    closedOutcome: 'met' | 'breached' | null;
    outcomeFrozenAt: Date | null;
    computedAt: Date;
  };
  /** Steps that can still fire, at their threshold times. */
  desired: DesiredStep[];
}

/**
 * The pure half of recomputing an order's stored SLA state: from its events, policy and calendar,
 * the summary row and the escalation steps still to come. `fired` are the order's done steps
 * (rule id and cycle). A reopen (resolution was met, is not any more) starts a new cycle, in
 * which every rule may fire once again.
 */
export function planOrderSla(input: {
  subject: { organizationId: string; customerId: string | null; phase: string };
  events: readonly SlaEvent[];
  policy: PolicyRow;
  calendar: Calendar & { id: string };
  existing: { resolved: boolean; cycle: number } | null;
  fired: readonly { ruleId: string; cycle: number }[];
  nowMs: number;
}): OrderSlaPlan {
  const { subject, events, policy, calendar, existing } = input;
  const receivedAt = events[0]?.at ?? input.nowMs;
  const now = Math.max(input.nowMs, receivedAt);
  const state = slaState(events, corePolicyOf(policy), calendar, now);
  const resolved = state.resolution?.metAt != null;
  const cycle = existing?.resolved && !resolved ? existing.cycle + 1 : (existing?.cycle ?? 0);
  const firedIds = new Set(input.fired.filter((f) => f.cycle === cycle).map((f) => f.ruleId));
  const rules = policy.definition.escalationRules;
  const warned = rules.some((r) => !r.atBreach && firedIds.has(r.id));

  const pending = [state.firstResponse, state.resolution].filter(
    (t): t is TargetState => t !== null && t.metAt === null,
  );
  const nearest = pending.reduce<TargetState | null>(
    (best, t) => (best === null || (t.dueAt ?? Infinity) < (best.dueAt ?? Infinity) ? t : best),
    null,
  );
  const percentUsed = Math.round(((nearest ?? state.resolution)?.percentUsed ?? 0) * 10) / 10;
  const paused = state.clock === 'paused';
  const summaryState = state.breached
    ? 'breached'
    : paused
      ? 'paused'
      : resolved
        ? 'met'
        : state.clock === 'stopped'
          ? 'stopped'
          : warned
            ? 'warning'
            : 'on_track';
  const dueOf = (t: TargetState | null) =>
    t && t.metAt === null && t.dueAt !== null ? new Date(t.dueAt) : null;

  // Steps: each rule's threshold (and a check at each due time) while it can still fire.
  const finished = FINISHED.has(subject.phase);
  const desired: DesiredStep[] = [];
  if (!finished) {
    for (const threshold of state.escalations) {
      const target = state[threshold.metric];
      if (threshold.fireAt === null || target?.metAt != null || firedIds.has(threshold.ruleId)) continue;
      const rule = rules.find((r) => r.id === threshold.ruleId);
      if (rule)
        desired.push({ ruleId: rule.id, metric: rule.metric, action: rule.action, dueAt: threshold.fireAt });
    }
    for (const target of pending) {
      const id = `${CHECK_PREFIX}${target.metric}`;
      if (target.dueAt !== null && target.dueAt > now && !firedIds.has(id)) {
        desired.push({ ruleId: id, metric: target.metric, action: 'check', dueAt: target.dueAt });
      }
    }
  }
  const nextCheck = desired.reduce<number | null>(
    (min, d) => (min === null || d.dueAt < min ? d.dueAt : min),
    null,
  );
  const closed = subject.phase === 'closed';
  return {
    state,
    cycle,
    desired,
    values: {
      organizationId: subject.organizationId,
      customerId: subject.customerId,
      policyId: policy.id,
      calendarId: calendar.id,
      priority: state.priority,
      cycle,
      responseDueAt: dueOf(state.firstResponse),
      resolutionDueAt: dueOf(state.resolution),
      nextDueAt: state.nextDueAt === null || finished ? null : new Date(state.nextDueAt),
      state: summaryState,
      paused,
      warned,
      breached: state.breached,
      resolved,
      percentUsed,
      businessMsUsed: state.businessTimeUsedMs,
      nextCheckAt: nextCheck === null ? null : new Date(nextCheck),
      stale: false,
      closedOutcome: closed ? (state.breached ? 'breached' : 'met') : null,
      outcomeFrozenAt: closed ? new Date(now) : null,
      computedAt: new Date(now),
    },
  };
}
