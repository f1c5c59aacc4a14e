import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './business-days.ts';
import { addBusinessTime, businessTimeBetween, isWorkingMoment, nextWorkingMoment } from './business-time.ts';
import { formatDayNumber } from './civil-date.ts';
import { createAlwaysOpenCalendar } from './default-calendars.ts';
import { HOUR, istanbul, newYork } from './test-support.ts';
import { type Calendar, WEEKDAY_KEYS, type WeeklyHours, type WorkingInterval } from './types.ts';

const RUNS = { numRuns: 100 };
const FROM = Date.UTC(2025, 9, 1);
const TO = Date.UTC(2027, 11, 1);
const DAY_2026 = Date.UTC(2026, 0, 1) / 86_400_000;

const instant = fc.integer({ min: FROM, max: TO });
const duration = fc.integer({ min: 0, max: 120 * HOUR });

const toTime = (quarterHours: number) =>
  `${String(Math.floor(quarterHours / 4)).padStart(2, '0')}:${String((quarterHours % 4) * 15).padStart(2, '0')}`;

/** 0–3 disjoint intervals a day on a 15-minute grid; at least one working day. */
const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .array(fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }), { minLength: 7, maxLength: 7 })
  .map((days) => {
    const hours: WeeklyHours = {};
    days.forEach((boundaries, index) => {
      const sorted = [...boundaries].sort((a, b) => a - b);
      const intervals: WorkingInterval[] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2)
        intervals.push({ from: toTime(sorted[i]!), to: toTime(sorted[i + 1]!) });
      hours[WEEKDAY_KEYS[index]!] = intervals;
    });
    return hours;
  })
  .filter((hours) => Object.values(hours).some((intervals) => intervals.length > 0));

const randomCalendar: fc.Arbitrary<Calendar> = fc.record({
  timeZone: fc.constantFrom(
    'Europe/Istanbul',
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'UTC',
  ),
  weeklyHours,
  days: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { maxLength: 12 }).map((offsets) =>
    offsets.map((offset) => ({
      date: formatDayNumber(DAY_2026 + offset),
      kind: 'holiday' as const,
      name: 'company',
    })),
  ),
});

const calendars = fc.oneof(
  fc.constant(istanbul),
  fc.constant(newYork),
  fc.constant(createAlwaysOpenCalendar('America/New_York')),
  randomCalendar,
);

describe('business time properties', () => {
  it('addBusinessTime then businessTimeBetween round-trips', () => {
    fc.assert(
      fc.property(calendars, instant, duration, (calendar, start, ms) => {
        expect(businessTimeBetween(start, addBusinessTime(start, ms, calendar), calendar)).toBe(ms);
      }),
      RUNS,
    );
  });

  it('a due time never lands inside non-working time (the instant before it is working)', () => {
    fc.assert(
      fc.property(calendars, instant, fc.integer({ min: 1, max: 120 * HOUR }), (calendar, start, ms) => {
        const due = addBusinessTime(start, ms, calendar);
        expect(isWorkingMoment(due - 1, calendar)).toBe(true);
      }),
      RUNS,
    );
  });

  it('adding in two steps equals adding once', () => {
    fc.assert(
      fc.property(calendars, instant, duration, duration, (calendar, start, a, b) => {
        const once = addBusinessTime(start, a + b, calendar);
        expect(addBusinessTime(addBusinessTime(start, a, calendar), b, calendar)).toBe(once);
      }),
      RUNS,
    );
  });

  it('businessTimeBetween is additive and bounded by wall time', () => {
    fc.assert(
      fc.property(calendars, instant, instant, instant, (calendar, x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        const ab = businessTimeBetween(a, b, calendar);
        expect(ab + businessTimeBetween(b, c, calendar)).toBe(businessTimeBetween(a, c, calendar));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(b - a);
      }),
      RUNS,
    );
  });

  it('the clock starts at a working moment with no working time skipped', () => {
    fc.assert(
      fc.property(calendars, instant, (calendar, at) => {
        const start = nextWorkingMoment(at, calendar);
        expect(start).toBeGreaterThanOrEqual(at);
        expect(isWorkingMoment(start, calendar)).toBe(true);
        expect(businessTimeBetween(at, start, calendar)).toBe(0);
      }),
      RUNS,
    );
  });

  it('a business-day due time is in working time or at a closing time, and later each day', () => {
    fc.assert(
      fc.property(calendars, instant, fc.integer({ min: 1, max: 6 }), (calendar, at, days) => {
        const start = nextWorkingMoment(at, calendar);
        const due = addBusinessDays(start, days, calendar);
        expect(isWorkingMoment(due, calendar) || isWorkingMoment(due - 1, calendar)).toBe(true);
        expect(due).toBeGreaterThan(start);
        expect(addBusinessDays(start, days + 1, calendar)).toBeGreaterThan(due);
      }),
      RUNS,
    );
  });
});
