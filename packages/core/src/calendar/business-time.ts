/**
 * Working-time arithmetic on a business calendar. Instants are epoch ms; durations are ms of
 * working time. Conventions that make the functions round-trip:
 * - `businessTimeBetween(a, b)` counts working time in [a, b); it is negative when b < a.
 * - `addBusinessTime(start, d)` is the earliest instant x with businessTimeBetween(start, x) = d,
 *   so a due time is inside working time or exactly at a closing time (18:00, not 08:30 next day).
 */
import { type CompiledCalendar, compileCalendar } from './compile-calendar.ts';
import type { Calendar, WorkingSpan } from './types.ts';

/** A calendar with no working time for ten years is a bug, not a long weekend. */
const MAX_IDLE_DAYS = 3660;

function assertFiniteInstant(value: number, name: string): void {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite epoch-ms number`);
}

function idleGuard(idleDays: number): void {
  if (idleDays > MAX_IDLE_DAYS) throw new RangeError('no working time within ten years');
}

export function businessTimeBetween(a: number, b: number, calendar: Calendar): number {
  assertFiniteInstant(a, 'a');
  assertFiniteInstant(b, 'b');
  if (b < a) return -businessTimeBetween(b, a, calendar);
  return countWorkingTime(compileCalendar(calendar), a, b);
}

export function countWorkingTime(compiled: CompiledCalendar, a: number, b: number): number {
  if (b <= a) return 0;
  const first = compiled.dayOf(a);
  const last = compiled.dayOf(b);
  let total = 0;
  for (let day = first; day <= last; day++) {
    const plan = compiled.planDay(day);
    if (day > first && day < last) {
      total += plan.total;
      continue;
    }
    const spans = plan.spans;
    for (let i = 0; i < spans.length; i += 2) {
      const start = Math.max(spans[i]!, a);
      const end = Math.min(spans[i + 1]!, b);
      if (end > start) total += end - start;
    }
  }
  return total;
}

export function addBusinessTime(start: number, duration: number, calendar: Calendar): number {
  assertFiniteInstant(start, 'start');
  if (!Number.isFinite(duration) || duration < 0)
    throw new RangeError('duration must be a finite number ≥ 0');
  return advanceWorkingTime(compileCalendar(calendar), start, duration);
}

export function advanceWorkingTime(compiled: CompiledCalendar, start: number, duration: number): number {
  if (duration === 0) return start;
  let remaining = duration;
  let idleDays = 0;
  for (let day = compiled.dayOf(start); ; day++) {
    const spans = compiled.planDay(day).spans;
    if (spans.length === 0) idleGuard(++idleDays);
    else idleDays = 0;
    for (let i = 0; i < spans.length; i += 2) {
      const end = spans[i + 1]!;
      if (end <= start) continue;
      const from = Math.max(spans[i]!, start);
      const available = end - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
  }
}

/** The first working moment at or after `instant` (where an SLA clock starts). */
export function nextWorkingMoment(instant: number, calendar: Calendar): number {
  assertFiniteInstant(instant, 'instant');
  return findNextWorkingMoment(compileCalendar(calendar), instant);
}

export function findNextWorkingMoment(compiled: CompiledCalendar, instant: number): number {
  let idleDays = 0;
  for (let day = compiled.dayOf(instant); ; day++) {
    const spans = compiled.planDay(day).spans;
    for (let i = 0; i < spans.length; i += 2) {
      if (spans[i + 1]! > instant) return Math.max(spans[i]!, instant);
    }
    idleGuard(++idleDays);
  }
}

/** True inside a working span ([start, end): a closing time itself is not working time). */
export function isWorkingMoment(instant: number, calendar: Calendar): boolean {
  const compiled = compileCalendar(calendar);
  const spans = compiled.planDay(compiled.dayOf(instant)).spans;
  for (let i = 0; i < spans.length; i += 2) {
    if (spans[i]! <= instant && instant < spans[i + 1]!) return true;
  }
  return false;
}

/** The working spans overlapping [a, b), clipped to it — for timelines and schedulers. */
export function workingIntervalsBetween(a: number, b: number, calendar: Calendar): WorkingSpan[] {
  assertFiniteInstant(a, 'a');
  assertFiniteInstant(b, 'b');
  const compiled = compileCalendar(calendar);
  const result: WorkingSpan[] = [];
  if (b <= a) return result;
  for (let day = compiled.dayOf(a), last = compiled.dayOf(b); day <= last; day++) {
    const spans = compiled.planDay(day).spans;
    for (let i = 0; i < spans.length; i += 2) {
      const start = Math.max(spans[i]!, a);
      const end = Math.min(spans[i + 1]!, b);
      if (end <= start) continue;
      const previous = result[result.length - 1];
      // A 24/7 calendar's days touch at midnight: report one span, not one per day.
      if (previous && previous.end === start) previous.end = end;
      else result.push({ start, end });
    }
  }
  return result;
}
