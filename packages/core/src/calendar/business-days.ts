/**
 * "N business days" as the issue defines it, so everyone computes the same: the target ends at
 * the same local time of day on the N-th following working day (any day with working time
 * counts, half days included), moved to that day's closing time if the day closes earlier.
 * When that time falls in a break (lunch) the due moves back to the break's start: the working
 * time used is the same and the breach is not postponed. When it falls before the day opens
 * (special hours on an exceptional day) it moves to the opening.
 */
import { DAY_MS } from './civil-date.ts';
import { type CompiledCalendar, compileCalendar } from './compile-calendar.ts';
import { toWallMs, wallToInstant } from './time-zone.ts';
import type { Calendar } from './types.ts';

const MAX_SCANNED_DAYS = 3660;

export function addBusinessDays(start: number, days: number, calendar: Calendar): number {
  if (!Number.isFinite(start)) throw new RangeError('start must be a finite epoch-ms number');
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be an integer ≥ 0');
  return advanceBusinessDays(compileCalendar(calendar), start, days);
}

export function advanceBusinessDays(compiled: CompiledCalendar, start: number, days: number): number {
  if (days === 0) return start;
  const wall = toWallMs(compiled.timeZone, start);
  const startDay = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - startDay * DAY_MS;
  let day = startDay;
  for (let found = 0, scanned = 0; found < days; ) {
    day++;
    if (++scanned > MAX_SCANNED_DAYS) throw new RangeError('no working day within ten years');
    if (compiled.planDay(day).total > 0) found++;
  }
  const spans = compiled.planDay(day).spans;
  const candidate = wallToInstant(compiled.timeZone, day * DAY_MS + timeOfDay);
  return snapIntoWorkingTime(spans, candidate);
}

function snapIntoWorkingTime(spans: readonly number[], candidate: number): number {
  if (candidate < spans[0]!) return spans[0]!;
  for (let i = 0; i < spans.length; i += 2) {
    const end = spans[i + 1]!;
    if (candidate <= end) return spans[i]! <= candidate ? candidate : spans[i - 1]!;
  }
  return spans[spans.length - 1]!;
}
