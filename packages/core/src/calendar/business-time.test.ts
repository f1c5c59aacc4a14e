import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './business-days.ts';
import {
  addBusinessTime,
  businessTimeBetween,
  isWorkingMoment,
  nextWorkingMoment,
  workingIntervalsBetween,
} from './business-time.ts';
import { createAlwaysOpenCalendar } from './default-calendars.ts';
import { formatLocal, HOUR, istanbul, localInstant, newYork } from './test-support.ts';

const add = (start: string, hours: number) =>
  formatLocal(addBusinessTime(localInstant(start), hours * HOUR, istanbul));

describe('addBusinessTime on the default calendar (hand-computed)', () => {
  it.each([
    ['lunch break', '2026-11-23 11:00', 2, '2026-11-23 14:00'],
    ['exactly to closing time stays at closing', '2026-11-23 16:00', 2, '2026-11-23 18:00'],
    ['weekend', '2026-11-20 17:00', 2, '2026-11-23 09:30'],
    ['started at night', '2026-11-23 22:00', 1, '2026-11-24 09:30'],
    ['Ramazan arife closes 13:00 (so at 12:30 with lunch)', '2026-03-18 17:00', 4, '2026-03-19 11:30'],
    ['over Ramazan Bayramı 2026', '2026-03-19 11:00', 4, '2026-03-23 11:00'],
    ['over Kurban Bayramı 2026', '2026-05-26 10:00', 8, '2026-06-01 15:00'],
    ['Cumhuriyet arife and 29 Oct', '2026-10-28 12:00', 1, '2026-10-30 09:00'],
    ['New Year 2027', '2026-12-31 17:00', 2, '2027-01-04 09:30'],
    ['Ramazan Bayramı 2027', '2027-03-08 12:00', 1, '2027-03-12 09:00'],
    ['Kurban Bayramı 2027 (19 May is also a holiday)', '2027-05-14 17:00', 2, '2027-05-20 09:30'],
    ['15 minutes inside a morning', '2026-11-24 08:30', 0.25, '2026-11-24 08:45'],
  ])('%s: %s + %sh = %s', (_name, start, hours, expected) => {
    expect(add(start, hours)).toBe(expected);
  });

  it('returns the start for a zero duration and rejects negative ones', () => {
    const start = localInstant('2026-11-22 03:00');
    expect(addBusinessTime(start, 0, istanbul)).toBe(start);
    expect(() => addBusinessTime(start, -1, istanbul)).toThrow(RangeError);
  });
});

describe('businessTimeBetween', () => {
  it('counts a week with an arife and a bayram', () => {
    const between = businessTimeBetween(
      localInstant('2026-03-16 00:00'),
      localInstant('2026-03-23 00:00'),
      istanbul,
    );
    expect(between).toBe((3 * 8.5 + 4) * HOUR);
  });

  it('is signed', () => {
    const a = localInstant('2026-11-23 09:00');
    const b = localInstant('2026-11-23 10:00');
    expect(businessTimeBetween(b, a, istanbul)).toBe(-HOUR);
  });

  it('skips the lunch break', () => {
    expect(
      businessTimeBetween(localInstant('2026-11-23 12:00'), localInstant('2026-11-23 14:00'), istanbul),
    ).toBe(HOUR);
  });
});

describe('addBusinessDays (N-th working day, same local time, clipped to closing)', () => {
  const days = (start: string, n: number) => formatLocal(addBusinessDays(localInstant(start), n, istanbul));
  it.each([
    ['next day same time', '2026-11-23 15:00', 1, '2026-11-24 15:00'],
    ['over a weekend', '2026-11-20 10:00', 1, '2026-11-23 10:00'],
    ['arife counts as a day but closes 13:00', '2026-03-18 15:00', 1, '2026-03-19 12:30'],
    ['P3: 2 business days over Ramazan Bayramı', '2026-03-18 15:00', 2, '2026-03-23 15:00'],
    ['P4: 5 business days over Kurban Bayramı', '2026-05-22 10:00', 5, '2026-06-03 10:00'],
    ['arife morning fits', '2026-05-25 09:00', 1, '2026-05-26 09:00'],
  ])('%s: %s + %s days = %s', (_name, start, n, expected) => {
    expect(days(start, n)).toBe(expected);
  });
});

describe('nextWorkingMoment and isWorkingMoment', () => {
  it.each([
    ['Saturday', '2026-11-21 10:00', '2026-11-23 08:30'],
    ['lunch', '2026-11-23 12:45', '2026-11-23 13:30'],
    ['closing time itself is not working', '2026-11-23 18:00', '2026-11-24 08:30'],
    ['already working', '2026-11-23 09:10', '2026-11-23 09:10'],
    ['bayram', '2026-05-27 10:00', '2026-06-01 08:30'],
  ])('%s', (_name, at, expected) => {
    expect(formatLocal(nextWorkingMoment(localInstant(at), istanbul))).toBe(expected);
  });

  it('treats spans as half-open', () => {
    expect(isWorkingMoment(localInstant('2026-11-23 08:30'), istanbul)).toBe(true);
    expect(isWorkingMoment(localInstant('2026-11-23 12:30'), istanbul)).toBe(false);
  });
});

describe('workingIntervalsBetween', () => {
  it('lists the spans of an arife and the next Monday', () => {
    const spans = workingIntervalsBetween(
      localInstant('2026-03-19 00:00'),
      localInstant('2026-03-23 14:00'),
      istanbul,
    );
    expect(spans.map((span) => `${formatLocal(span.start)}–${formatLocal(span.end)}`)).toEqual([
      '2026-03-19 08:30–2026-03-19 12:30',
      '2026-03-23 08:30–2026-03-23 12:30',
      '2026-03-23 13:30–2026-03-23 14:00',
    ]);
  });

  it('joins a 24/7 calendar into one span', () => {
    const open = createAlwaysOpenCalendar();
    const a = localInstant('2026-11-20 10:00');
    expect(workingIntervalsBetween(a, a + 5 * 24 * HOUR, open)).toEqual([
      { start: a, end: a + 5 * 24 * HOUR },
    ]);
  });
});

describe('daylight saving time (America/New_York)', () => {
  const ny = (text: string) => localInstant(text, 'America/New_York');
  const nyTime = (instant: number) => formatLocal(instant, 'America/New_York');

  it('a 24/7 weekend is 47 h in spring and 49 h in autumn', () => {
    const open = createAlwaysOpenCalendar('America/New_York');
    expect(businessTimeBetween(ny('2026-03-07 00:00'), ny('2026-03-09 00:00'), open)).toBe(47 * HOUR);
    expect(businessTimeBetween(ny('2026-10-31 00:00'), ny('2026-11-02 00:00'), open)).toBe(49 * HOUR);
  });

  it('a night shift loses the skipped hour and gains the repeated one', () => {
    expect(businessTimeBetween(ny('2026-03-08 00:00'), ny('2026-03-08 12:00'), newYork)).toBe(2 * HOUR);
    expect(businessTimeBetween(ny('2026-11-01 00:00'), ny('2026-11-01 12:00'), newYork)).toBe(4 * HOUR);
  });

  it('working hours keep their local time across the switch', () => {
    // Fri 16:00–17:00 (1 h), then the Sunday night shift: 2 h in spring, 4 h in autumn.
    expect(nyTime(addBusinessTime(ny('2026-03-06 16:00'), 3 * HOUR, newYork))).toBe('2026-03-08 04:00');
    expect(addBusinessTime(ny('2026-03-06 16:00'), 4 * HOUR, newYork)).toBe(Date.UTC(2026, 2, 9, 14));
    // 01:00 EDT + 2 h = 02:00 EST (07:00 UTC): the repeated hour is working time too.
    expect(addBusinessTime(ny('2026-10-30 16:00'), 3 * HOUR, newYork)).toBe(Date.UTC(2026, 10, 1, 7));
  });

  it('skips Thanksgiving and the Monday lunch', () => {
    expect(nyTime(addBusinessTime(ny('2026-11-25 16:30'), HOUR, newYork))).toBe('2026-11-27 09:30');
    expect(nyTime(addBusinessTime(ny('2026-11-30 11:30'), HOUR, newYork))).toBe('2026-11-30 13:30');
  });

  it('business days keep the wall-clock time', () => {
    // Sunday's night shift is a working day; it closes at 04:00, before 10:00.
    expect(nyTime(addBusinessDays(ny('2026-03-06 10:00'), 1, newYork))).toBe('2026-03-08 04:00');
    expect(nyTime(addBusinessDays(ny('2026-03-06 10:00'), 2, newYork))).toBe('2026-03-09 10:00');
  });
});
