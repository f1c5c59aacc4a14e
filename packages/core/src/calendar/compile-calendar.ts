/**
 * Turns a calendar (data) into per-day working spans as instants, cached per calendar object and
 * per day, so the SLA scan over 100,000 orders does not touch Intl once the days are warm.
 * Calendars are treated as immutable values: change one by creating a new object.
 */
import { DAY_MS, MINUTE_MS, parseDayNumber, parseMinutes, weekdayOfDayNumber } from './civil-date.ts';
import { createOffsetLookup, wallToInstant } from './time-zone.ts';
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

const MAX_CACHED_DAYS = 200_000;
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
  const plans = new Map<number, DayPlan>();
  const offsetAt = createOffsetLookup(timeZone);
  // Most lookups ask for the same day or the next one again: keep the last plan at hand.
  let lastPlan: DayPlan | undefined;

  const compiledCalendar: CompiledCalendar = {
    timeZone,
    dayOf: (instant) => Math.floor((instant + offsetAt(instant)) / DAY_MS),
    planDay(dayNumber) {
      if (lastPlan?.dayNumber === dayNumber) return lastPlan;
      let plan = plans.get(dayNumber);
      if (!plan) {
        const spans = toSpans(
          timeZone,
          dayNumber,
          rangesForDay(weekly, exceptions.get(dayNumber), dayNumber),
        );
        let total = 0;
        for (let i = 0; i < spans.length; i += 2) total += spans[i + 1]! - spans[i]!;
        plan = { dayNumber, spans, total };
        if (plans.size >= MAX_CACHED_DAYS) plans.clear();
        plans.set(dayNumber, plan);
      }
      lastPlan = plan;
      return plan;
    },
  };
  compiledCalendars.set(calendar, compiledCalendar);
  return compiledCalendar;
}
