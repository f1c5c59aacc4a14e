import { describe, expect, it } from 'vitest';
import { displayWallClock, parseWallClock } from './wall-clock.ts';

describe('wall-clock text', () => {
  it('reads the Turkish format and the datetime-local one', () => {
    expect(parseWallClock('13.03.2026 17:50')).toBe('2026-03-13T17:50');
    expect(parseWallClock(' 3.3.2026 8.05 ')).toBe('2026-03-03T08:05');
    expect(parseWallClock('2026-03-13T17:50')).toBe('2026-03-13T17:50');
    expect(parseWallClock('2026-03-13 17:50:00')).toBe('2026-03-13T17:50');
  });

  it('refuses what is not a real date and time', () => {
    for (const text of [
      '',
      '13.03.2026',
      '31.02.2026 10:00',
      '29.02.2027 10:00',
      '13.03.2026 24:00',
      '03/13/2026 5:50 PM',
    ]) {
      expect(parseWallClock(text), text).toBeNull();
    }
    expect(parseWallClock('29.02.2028 10:00')).toBe('2028-02-29T10:00');
  });

  it('writes DD.MM.YYYY HH:mm', () => {
    expect(displayWallClock('2026-03-13T17:50')).toBe('13.03.2026 17:50');
    expect(displayWallClock('')).toBe('');
  });
});
