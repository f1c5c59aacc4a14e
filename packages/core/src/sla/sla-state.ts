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
  const targets = policy.targets[history.priority];
  const firstResponseTarget = targets?.firstResponse;
  const resolutionTarget = targets?.resolution;
  const firstResponse = firstResponseTarget
    ? evaluateTarget(
        'firstResponse',
        firstResponseTarget,
        targetToWorkingTime(firstResponseTarget, compiled, clockStartedAt),
        clock,
        firstResponseMetAt(history, policy),
      )
    : null;
  const resolution = resolutionTarget
    ? evaluateTarget(
        'resolution',
        resolutionTarget,
        targetToWorkingTime(resolutionTarget, compiled, clockStartedAt),
        clock,
        resolutionMetAt(history, policy),
      )
    : null;

  const { segments } = history;
  const timeline: SlaTimelineEntry[] = [];
  const pausedIntervals: SlaState['pausedIntervals'] = [];
  let runIndex = 0;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const end = i === segments.length - 1 ? null : segment.end;
    const entry: SlaTimelineEntry = {
      start: segment.start,
      end,
      clock: segment.clock,
      phase: segment.phase,
      businessTimeMs: 0,
    };
    if (segment.status !== undefined) entry.status = segment.status;
    if (segment.clock === 'running') entry.businessTimeMs = clock.runs[runIndex++]?.businessMs ?? 0;
    else if (segment.clock === 'paused') {
      pausedIntervals.push(
        segment.status === undefined
          ? { start: segment.start, end, phase: segment.phase }
          : { start: segment.start, end, phase: segment.phase, status: segment.status },
      );
    }
    timeline.push(entry);
  }
  const last = segments[segments.length - 1]!;
  const state: SlaState = {
    policyId: policy.id,
    priority: history.priority,
    receivedAt: history.receivedAt,
    clockStartedAt,
    clock: last.clock,
    phase: last.phase,
    businessTimeUsedMs: clock.totalMs,
    firstResponse,
    resolution,
    nextDueAt: earliestPendingDue(firstResponse, resolution),
    breached: Boolean(firstResponse?.breached || resolution?.breached),
    pausedIntervals,
    priorityChanges: history.priorityChanges,
    policyChanges: history.policyChanges,
    timeline,
    escalations: escalationThresholds(policy, firstResponse, resolution, clock, compiled),
    computedAt: now,
  };
  if (last.status !== undefined) state.status = last.status;
  return state;
}

function earliestPendingDue(a: TargetState | null, b: TargetState | null): number | null {
  const dueA = a?.status === 'pending' ? a.dueAt : null;
  const dueB = b?.status === 'pending' ? b.dueAt : null;
  if (dueA === null) return dueB;
  if (dueB === null) return dueA;
  return Math.min(dueA, dueB);
}
