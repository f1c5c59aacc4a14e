import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByDate, formatInstantWithOffset, localTimeOf } from './format-instant.ts';
import { getOffsetMs } from './time-zone.ts';

describe('formatInstantWithOffset', () => {
  it('writes the local time with the zone offset', () => {
    const instant = Date.UTC(2026, 2, 19, 10, 0, 0);
    expect(formatInstantWithOffset(instant, 'Europe/Istanbul')).toBe('2026-03-19T13:00:00+03:00');
    expect(formatInstantWithOffset(instant, 'UTC')).toBe('2026-03-19T10:00:00+00:00');
    expect(formatInstantWithOffset(instant, 'America/New_York')).toBe('2026-03-19T06:00:00-04:00');
    expect(formatInstantWithOffset(Date.UTC(2026, 0, 5, 3, 30), 'Asia/Kolkata')).toBe(
      '2026-01-05T09:00:00+05:30',
    );
    expect(new Date(formatInstantWithOffset(instant, 'America/New_York')).getTime()).toBe(instant);
  });

  it('writes what a Date gives, in every zone, across years and offsets', () => {
    const zones = [
      'Europe/Istanbul',
      'UTC',
      'America/New_York',
      'Asia/Kolkata',
      'America/St_Johns',
      'Pacific/Chatham',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1890, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const offsetMs = getOffsetMs(zone, instant);
          expect(formatInstantWithOffset(instant, zone)).toBe(formatByDate(instant + offsetMs, offsetMs));
        },
      ),
      { numRuns: 2000 },
    );
    expect(formatInstantWithOffset(Date.UTC(1969, 11, 31, 23, 59, 59, 999), 'UTC')).toBe(
      '1969-12-31T23:59:59+00:00',
    );
    expect(formatInstantWithOffset(Date.UTC(2024, 1, 29, 21, 0), 'Europe/Istanbul')).toBe(
      '2024-03-01T00:00:00+03:00',
    );
    expect(formatInstantWithOffset(Date.UTC(2026, 5, 1, 12), 'America/St_Johns')).toBe(
      '2026-06-01T09:30:00-02:30',
    );
  });

  it('reads the local wall clock', () => {
    expect(localTimeOf(Date.UTC(2026, 6, 1, 5, 30), 'Europe/Istanbul')).toBe('08:30');
  });
});
