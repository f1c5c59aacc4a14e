/**
 * Working time counted while the clock runs: the running stretches of the timeline measured on
 * the calendar, and the instant at which the count reaches a given amount.
 */
import { advanceWorkingTime, countWorkingTime } from '../calendar/business-time.ts';
import type { CompiledCalendar } from '../calendar/compile-calendar.ts';
import type { ClockSegment } from './build-timeline.ts';

export interface RunningClock {
  compiled: CompiledCalendar;
  /** start, end, working ms — one entry per running segment, in order. */
  runs: { start: number; end: number; businessMs: number }[];
  /** The clock runs at `now`: counts beyond `now` are projected forward. */
  runningNow: boolean;
  now: number;
  totalMs: number;
}

export function measureRunningClock(
  compiled: CompiledCalendar,
  segments: readonly ClockSegment[],
  now: number,
) {
  const runs: RunningClock['runs'] = [];
  let totalMs = 0;
  for (const segment of segments) {
    if (segment.clock !== 'running') continue;
    const businessMs = countWorkingTime(compiled, segment.start, segment.end);
    runs.push({ start: segment.start, end: segment.end, businessMs });
    totalMs += businessMs;
  }
  const last = segments[segments.length - 1];
  const runningNow = last !== undefined && last.clock === 'running';
  return { compiled, runs, runningNow, now, totalMs } satisfies RunningClock;
}

/** Working time counted before `instant`. */
export function usedBefore(clock: RunningClock, instant: number): number {
  let used = 0;
  for (const run of clock.runs) {
    if (run.end <= instant) used += run.businessMs;
    else {
      if (run.start < instant) used += countWorkingTime(clock.compiled, run.start, instant);
      break;
    }
  }
  return used;
}

/**
 * The earliest instant at which the count reaches `amount`, looking no later than `until`;
 * past `now` the count is projected only while the clock runs. null: not reached.
 */
export function reachInstant(
  clock: RunningClock,
  amount: number,
  until = Number.POSITIVE_INFINITY,
): number | null {
  let used = 0;
  for (const run of clock.runs) {
    const end = Math.min(run.end, until);
    if (end <= run.start) break;
    const businessMs = end === run.end ? run.businessMs : countWorkingTime(clock.compiled, run.start, end);
    if (used + businessMs >= amount) {
      const at = advanceWorkingTime(clock.compiled, run.start, amount - used);
      return at <= end ? at : null;
    }
    used += businessMs;
  }
  if (clock.runningNow && until > clock.now) {
    const at = advanceWorkingTime(clock.compiled, clock.now, amount - used);
    return at <= until ? at : null;
  }
  return null;
}
