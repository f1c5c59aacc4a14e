import { describe, expect, it } from 'vitest';
import { formatInstantWithOffset, localTimeOf } from './format-instant.ts';

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

  it('reads the local wall clock', () => {
    expect(localTimeOf(Date.UTC(2026, 6, 1, 5, 30), 'Europe/Istanbul')).toBe('08:30');
  });
});
