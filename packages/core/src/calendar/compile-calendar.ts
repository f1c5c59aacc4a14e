/**
 * Turns a calendar (data) into per-day working spans as instants, cached per calendar object and
 * per day, so the SLA scan over 100,000 orders does not touch Intl once the days are warm.
 * Calendars are treated as immutable values: change one by creating a new object.
 */
import { DAY_MS, MINUTE_MS, parseDayNumber, parseMinutes, weekdayOfDayNumber } from './civil-date.ts';
import { getOffsetLookup, wallToInstant } from './time-zone.ts';
import { type Calendar, type CalendarDay, WEEKDAY_KEYS, type WorkingInterval } from './types.ts';
import { assertValidCalendar } from './validate-calendar.ts';

/** One local day's working time: `spans` holds start,end instant pairs, sorted, disjoint. */
export interface DayPlan {
  dayNumber: number;
  spans: readonly number[];
  total: number;
}

export interface CompiledCalendar {
  timeZone: string;
  planDay(dayNumber: number): DayPlan;
  dayOf(instant: number): number;
}

type MinuteRange = [number, number];

const MAX_CACHED_DAYS = 10_000;
/** 1970-01-01 … 2099-12-31 */
const CACHED_DAYS = 47_482;
const CHUNK_BITS = 9;
const compiledCalendars = new WeakMap<Calendar, CompiledCalendar>();

function toMinuteRanges(intervals: readonly WorkingInterval[] | undefined): MinuteRange[] {
  const ranges: MinuteRange[] = [];
  for (const interval of intervals ?? []) {
    ranges.push([parseMinutes(interval.from) ?? 0, parseMinutes(interval.to) ?? 0]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function rangesForDay(
  weekly: MinuteRange[][],
  exception: CalendarDay | undefined,
  dayNumber: number,
): MinuteRange[] {
  const usual = weekly[weekdayOfDayNumber(dayNumber)] ?? [];
  if (!exception) return usual;
  switch (exception.kind) {
    case 'holiday':
      return [];
    case 'working-day':
      return toMinuteRanges(exception.hours);
    case 'half-day': {
      const closesAt = parseMinutes(exception.closesAt) ?? 0;
      return usual.filter(([from]) => from < closesAt).map(([from, to]) => [from, Math.min(to, closesAt)]);
    }
  }
}

function toSpans(timeZone: string, dayNumber: number, ranges: MinuteRange[]): number[] {
  const spans: number[] = [];
  const midnight = dayNumber * DAY_MS;
  for (const [from, to] of ranges) {
    const start = wallToInstant(timeZone, midnight + from * MINUTE_MS);
    const end = wallToInstant(timeZone, midnight + to * MINUTE_MS);
    if (end <= start) continue; // swallowed by a DST gap
    const last = spans.length - 1;
    if (last > 0 && start <= spans[last]!) spans[last] = Math.max(spans[last]!, end);
    else spans.push(start, end);
  }
  return spans;
}

/** Validates once (throws ValidationError) and returns the cached compiled form. */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
  const existing = compiledCalendars.get(calendar);
  if (existing) return existing;
  assertValidCalendar(calendar);
  const timeZone = calendar.timeZone;
  const weekly = WEEKDAY_KEYS.map((key) => toMinuteRanges(calendar.weeklyHours[key]));
  const exceptions = new Map<number, CalendarDay>();
  for (const day of calendar.days ?? []) exceptions.set(parseDayNumber(day.date)!, day);
  // Day plans of 1970–2099 in arrays of 512 days, allocated when first used (fast indexed
  // access without 47,000 slots per calendar); other days in a Map.
  const chunks: (DayPlan | undefined)[][] = [];
  const otherPlans = new Map<number, DayPlan>();
  const offsetAt = getOffsetLookup(timeZone);

  const createPlan = (dayNumber: number): DayPlan => {
    const spans = toSpans(timeZone, dayNumber, rangesForDay(weekly, exceptions.get(dayNumber), dayNumber));
    let total = 0;
    for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!;
    return { dayNumber, spans, total };
  };

  const compiledCalendar: CompiledCalendar = {
    timeZone,
    dayOf: (instant) => Math.floor((instant + offsetAt(instant)) / DAY_MS),
    planDay(dayNumber) {
      if (dayNumber >= 0 && dayNumber < CACHED_DAYS) {
        const chunkIndex = dayNumber >> CHUNK_BITS;
        let chunk = chunks[chunkIndex];
        if (!chunk) {
          chunk = new Array(1 << CHUNK_BITS);
          chunks[chunkIndex] = chunk;
        }
        const slot = dayNumber & ((1 << CHUNK_BITS) - 1);
        let plan = chunk[slot];
        if (!plan) {
          plan = createPlan(dayNumber);
          chunk[slot] = plan;
        }
        return plan;
      }
      let plan = otherPlans.get(dayNumber);
      if (!plan) {
        plan = createPlan(dayNumber);
        if (otherPlans.size >= MAX_CACHED_DAYS) otherPlans.clear();
        otherPlans.set(dayNumber, plan);
      }
      return plan;
    },
  };
  compiledCalendars.set(calendar, compiledCalendar);
  return compiledCalendar;
}
