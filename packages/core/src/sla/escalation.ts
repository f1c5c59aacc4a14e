/**
 * Escalation timing, the pure part: when each rule's threshold is crossed, when it may fire
 * (rules can wait for working hours), which rules are due at `now` and when the next one fires,
 * so a scheduled job can sleep until `nextEscalationAt` instead of polling every order.
 */
import { findNextWorkingMoment } from '../calendar/business-time.ts';
import type { CompiledCalendar } from '../calendar/compile-calendar.ts';
import { type RunningClock, reachInstant } from './running-clock.ts';
import type { EscalationRule, EscalationThreshold, SlaPolicy, SlaState, TargetState } from './types.ts';

export function escalationThresholds(
  policy: SlaPolicy,
  firstResponse: TargetState | null,
  resolution: TargetState | null,
  clock: RunningClock,
  compiled: CompiledCalendar,
): EscalationThreshold[] {
  const thresholds: EscalationThreshold[] = [];
  for (const rule of policy.escalationRules) {
    const target = rule.metric === 'firstResponse' ? firstResponse : resolution;
    if (!target) continue;
    const amount = Math.ceil((target.targetMs * rule.atPercent) / 100);
    // A threshold only matters if it is crossed before the target is met.
    const reachedAt =
      rule.atPercent === 100 && target.metAt === null
        ? target.dueAt
        : reachInstant(clock, amount, target.metAt ?? Number.POSITIVE_INFINITY);
    const fireAt =
      reachedAt === null
        ? null
        : rule.waitForWorkingHours
          ? findNextWorkingMoment(compiled, reachedAt)
          : reachedAt;
    thresholds.push({ ruleId: rule.id, metric: rule.metric, atPercent: rule.atPercent, reachedAt, fireAt });
  }
  return thresholds;
}

export interface DueEscalation {
  rule: EscalationRule;
  threshold: EscalationThreshold;
}

export interface EscalationPlan {
  /** Rules to fire now, in threshold order; the caller records their ids as fired. */
  due: DueEscalation[];
  /** When the next not-yet-fired rule fires, null if none is scheduled (paused, met, all fired). */
  nextEscalationAt: number | null;
}

/**
 * Which rules are due at `now`. Only pending targets escalate: a met target never does, and a
 * threshold crossed while the order was paused waits until the clock runs again (reachedAt is
 * then known). `firedRuleIds` are the order's "warned" flags as stored by the server.
 */
export function planEscalations(
  state: SlaState,
  rules: readonly EscalationRule[],
  now: number,
  firedRuleIds: ReadonlySet<string> | readonly string[] = [],
): EscalationPlan {
  const due: DueEscalation[] = [];
  let nextEscalationAt: number | null = null;
  for (const threshold of state.escalations) {
    const rule = schedulable(state, threshold, rules, firedRuleIds);
    if (!rule) continue;
    if (threshold.fireAt! <= now) due.push({ rule, threshold });
    else if (nextEscalationAt === null || threshold.fireAt! < nextEscalationAt)
      nextEscalationAt = threshold.fireAt;
  }
  if (due.length > 1) {
    due.sort((a, b) => a.threshold.fireAt! - b.threshold.fireAt! || a.rule.atPercent - b.rule.atPercent);
  }
  return { due, nextEscalationAt };
}

/**
 * The next instant any rule of this order fires — in the past when one is due now — for the
 * stored "next escalation" column the scheduled job sorts by.
 */
export function nextEscalationAt(
  state: SlaState,
  rules: readonly EscalationRule[],
  firedRuleIds: ReadonlySet<string> | readonly string[] = [],
): number | null {
  let next: number | null = null;
  for (const threshold of state.escalations) {
    if (!schedulable(state, threshold, rules, firedRuleIds)) continue;
    if (next === null || threshold.fireAt! < next) next = threshold.fireAt;
  }
  return next;
}

/** The rule behind a threshold if it can still fire: known, not fired, target not met. */
function schedulable(
  state: SlaState,
  threshold: EscalationThreshold,
  rules: readonly EscalationRule[],
  fired: ReadonlySet<string> | readonly string[],
): EscalationRule | undefined {
  if (threshold.fireAt === null || state[threshold.metric]?.metAt != null) return undefined;
  if (isFired(fired, threshold.ruleId)) return undefined;
  for (const rule of rules) if (rule.id === threshold.ruleId) return rule;
  return undefined;
}

function isFired(fired: ReadonlySet<string> | readonly string[], ruleId: string): boolean {
  return fired instanceof Set ? fired.has(ruleId) : (fired as readonly string[]).includes(ruleId);
}
