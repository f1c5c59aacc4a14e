import { describe, expect, it } from 'vitest';
import { normaliseTime } from './TimeField.tsx';
import { formatCalendarTime, offsetOf, wallClockNow, wallClockToIso } from './zoned-time.ts';

describe('zoned time', () => {
  it('formats the answer on the calendar clock, in Turkish and English', () => {
    expect(formatCalendarTime('2026-03-16T08:35:00+03:00', 'tr')).toBe('16 Mart 2026 Pazartesi 08:35');
    expect(formatCalendarTime('2026-03-16T08:35:00+03:00', 'en')).toBe('Monday, 16 March 2026, 08:35');
    // New York after the spring switch: the wall clock as written, whatever the browser zone.
    expect(formatCalendarTime('2026-03-09T09:00:00-04:00', 'tr')).toBe('9 Mart 2026 Pazartesi 09:00');
  });

  it('reads the offset of an answer', () => {
    expect(offsetOf('2026-03-16T08:35:00+03:00')).toBe('+03:00');
    expect(offsetOf('2026-03-16T08:35:00Z')).toBe('+00:00');
  });

  it('turns a wall-clock input into ISO with the calendar offset', () => {
    expect(wallClockToIso('2026-03-13T17:50', 'Europe/Istanbul')).toBe('2026-03-13T17:50:00+03:00');
    expect(wallClockToIso('2026-07-01T09:00', 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
    expect(wallClockToIso('', 'Europe/Istanbul')).toBeNull();
  });

  it('gives now on the calendar clock', () => {
    expect(wallClockNow('Europe/Istanbul', new Date('2026-03-13T14:50:00Z'))).toBe('2026-03-13T17:50');
  });

  it('normalises typed times', () => {
    expect(normaliseTime('8:30')).toBe('08:30');
    expect(normaliseTime('830')).toBe('08:30');
    expect(normaliseTime('1800')).toBe('18:00');
    expect(normaliseTime('08.30')).toBe('08:30');
    expect(normaliseTime('abc')).toBe('abc');
  });
});
