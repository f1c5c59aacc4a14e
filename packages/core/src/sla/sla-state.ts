import { findNextWorkingMoment } from '../calendar/business-time.ts';
import { compileCalendar } from '../calendar/compile-calendar.ts';
import type { Calendar } from '../calendar/types.ts';
import { ValidationError } from '../calendar/validation-error.ts';
import { type OrderHistory, readHistory } from './build-timeline.ts';
import { escalationThresholds } from './escalation.ts';
import { evaluateTarget, targetToWorkingTime } from './evaluate-target.ts';
import { measureRunningClock } from './running-clock.ts';
import type { SlaEvent, SlaPolicy, SlaState, SlaTimelineEntry, TargetState } from './types.ts';
import { assertValidPolicy } from './validate-policy.ts';

const validatedPolicies = new WeakSet<SlaPolicy>();

function firstResponseMetAt(history: OrderHistory, policy: SlaPolicy): number | null {
  for (const candidate of history.firstResponseCandidates) {
    if (policy.firstResponseMetBy.includes(candidate.kind)) return candidate.at;
  }
  return null;
}

/** Resolution is met while the order sits in resolved phases, from when it entered them. */
function resolutionMetAt(history: OrderHistory, policy: SlaPolicy): number | null {
  let metAt: number | null = null;
  for (let i = history.segments.length - 1; i >= 0; i--) {
    const segment = history.segments[i]!;
    if (!policy.resolvedPhases.includes(segment.phase)) break;
    metAt = segment.start;
  }
  return metAt;
}

/**
 * The SLA state of one order at `now`, from its events alone. Targets come from the order's
 * current priority and the given (already resolved) policy, always measured from the original
 * clock start with every pause kept — so a priority change, a policy change or a reopen gives
 * the same answer as if the order had always been that way. Pure: same input, same output.
 */
export function slaState(
  events: readonly SlaEvent[],
  policy: SlaPolicy,
  calendar: Calendar,
  now: number,
): SlaState {
  if (!Number.isFinite(now)) throw new RangeError('now must be a finite epoch-ms number');
  if (!validatedPolicies.has(policy)) {
    assertValidPolicy(policy);
    validatedPolicies.add(policy);
  }
  const compiled = compileCalendar(calendar);
  const history = readHistory(events, policy, now);
  if (!history) {
    throw new ValidationError([
      { path: ['events'], code: 'invalid-value', message: 'no received event at or before now' },
    ]);
  }
  const clockStartedAt = findNextWorkingMoment(compiled, history.receivedAt);
  const clock = measureRunningClock(compiled, history.segments, now);
  const targets = policy.targets[history.priority] ?? {};

  const evaluate = (metric: 'firstResponse' | 'resolution', metAt: number | null): TargetState | null => {
    const target = targets[metric];
    if (!target) return null;
    return evaluateTarget(
      metric,
      target,
      targetToWorkingTime(target, compiled, clockStartedAt),
      clock,
      metAt,
    );
  };
  const firstResponse = evaluate('firstResponse', firstResponseMetAt(history, policy));
  const resolution = evaluate('resolution', resolutionMetAt(history, policy));

  let runIndex = 0;
  const timeline: SlaTimelineEntry[] = history.segments.map((segment, index) => ({
    start: segment.start,
    end: index === history.segments.length - 1 ? null : segment.end,
    clock: segment.clock,
    phase: segment.phase,
    ...(segment.status !== undefined ? { status: segment.status } : {}),
    businessTimeMs: segment.clock === 'running' ? (clock.runs[runIndex++]?.businessMs ?? 0) : 0,
  }));
  const last = history.segments[history.segments.length - 1]!;
  const pending = [firstResponse, resolution].filter(
    (target): target is TargetState => target?.status === 'pending' && target.dueAt !== null,
  );

  return {
    policyId: policy.id,
    priority: history.priority,
    receivedAt: history.receivedAt,
    clockStartedAt,
    clock: last.clock,
    phase: last.phase,
    ...(last.status !== undefined ? { status: last.status } : {}),
    businessTimeUsedMs: clock.totalMs,
    firstResponse,
    resolution,
    nextDueAt: pending.length > 0 ? Math.min(...pending.map((target) => target.dueAt!)) : null,
    breached: Boolean(firstResponse?.breached || resolution?.breached),
    pausedIntervals: timeline
      .filter((entry) => entry.clock === 'paused')
      .map(({ start, end, phase, status }) => ({
        start,
        end,
        phase,
        ...(status !== undefined ? { status } : {}),
      })),
    priorityChanges: history.priorityChanges,
    timeline,
    escalations: escalationThresholds(policy, { firstResponse, resolution }, clock, compiled),
    computedAt: now,
  };
}
