import { advanceBusinessDays } from '../calendar/business-days.ts';
import { advanceWorkingTime, countWorkingTime, findNextWorkingMoment } from '../calendar/business-time.ts';
import { HOUR_MS, MINUTE_MS } from '../calendar/civil-date.ts';
import type { CompiledCalendar } from '../calendar/compile-calendar.ts';
import { type RunningClock, reachInstant, usedBefore } from './running-clock.ts';
import type { SlaMetric, SlaTarget, TargetState } from './types.ts';

export interface WorkingTarget {
  ms: number;
  /**
   * The nominal due time is an opening time (a clock started at 08:30 is due at 08:30 on the
   * N-th day). The same working time is also used up at the previous closing time; this flag
   * picks the opening, so an order without pauses is due exactly when the definition says.
   */
  dueAtOpening: boolean;
}

/**
 * A target as working time. N business days become the working time between the clock start
 * and the N-th business day's due time, so pauses extend every kind of target the same way.
 */
export function targetToWorkingTime(
  target: SlaTarget,
  compiled: CompiledCalendar,
  clockStart: number,
): WorkingTarget {
  switch (target.unit) {
    case 'minutes':
      return { ms: Math.round(target.amount * MINUTE_MS), dueAtOpening: false };
    case 'hours':
      return { ms: Math.round(target.amount * HOUR_MS), dueAtOpening: false };
    case 'businessDays': {
      const nominalDue = advanceBusinessDays(compiled, clockStart, target.amount);
      const ms = countWorkingTime(compiled, clockStart, nominalDue);
      return { ms, dueAtOpening: findNextWorkingMoment(compiled, nominalDue - 1) === nominalDue };
    }
  }
}

export function evaluateTarget(
  metric: SlaMetric,
  target: SlaTarget,
  working: WorkingTarget,
  clock: RunningClock,
  metAt: number | null,
): TargetState {
  const targetMs = working.ms;
  const now = clock.now;
  const usedMs = metAt === null ? clock.totalMs : usedBefore(clock, metAt);
  let dueAt = reachInstant(clock, targetMs, metAt ?? Number.POSITIVE_INFINITY);
  // Met before the target was reached: show the deadline it was met against.
  if (dueAt === null && metAt !== null) dueAt = advanceWorkingTime(clock.compiled, metAt, targetMs - usedMs);
  if (dueAt !== null && working.dueAtOpening) dueAt = findNextWorkingMoment(clock.compiled, dueAt);
  const breached = dueAt !== null && (metAt ?? now) > dueAt;
  return {
    metric,
    target,
    targetMs,
    usedMs,
    remainingMs: targetMs - usedMs,
    percentUsed: (usedMs / targetMs) * 100,
    dueAt,
    metAt,
    breached,
    status: metAt !== null ? (breached ? 'breached' : 'met') : breached ? 'breached' : 'pending',
  };
}
