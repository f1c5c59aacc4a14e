import { advanceBusinessDays } from '../calendar/business-days.ts';
import { advanceWorkingTime, countWorkingTime } from '../calendar/business-time.ts';
import { HOUR_MS, MINUTE_MS } from '../calendar/civil-date.ts';
import type { CompiledCalendar } from '../calendar/compile-calendar.ts';
import { type RunningClock, reachInstant, usedBefore } from './running-clock.ts';
import type { SlaMetric, SlaTarget, TargetState } from './types.ts';

/**
 * A target as working time. N business days become the working time between the clock start
 * and the N-th business day's due time, so pauses extend every kind of target the same way.
 */
export function targetToWorkingMs(target: SlaTarget, compiled: CompiledCalendar, clockStart: number): number {
  switch (target.unit) {
    case 'minutes':
      return Math.round(target.amount * MINUTE_MS);
    case 'hours':
      return Math.round(target.amount * HOUR_MS);
    case 'businessDays':
      return countWorkingTime(compiled, clockStart, advanceBusinessDays(compiled, clockStart, target.amount));
  }
}

export function evaluateTarget(
  metric: SlaMetric,
  target: SlaTarget,
  targetMs: number,
  clock: RunningClock,
  metAt: number | null,
): TargetState {
  const now = clock.now;
  const usedMs = metAt === null ? clock.totalMs : usedBefore(clock, metAt);
  let dueAt = reachInstant(clock, targetMs, metAt ?? Number.POSITIVE_INFINITY);
  // Met before the target was reached: show the deadline it was met against.
  if (dueAt === null && metAt !== null) dueAt = advanceWorkingTime(clock.compiled, metAt, targetMs - usedMs);
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
