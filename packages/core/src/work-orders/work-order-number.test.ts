import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWorkOrderNumber, parseWorkOrderNumber } from './index.ts';

describe('work-order numbers', () => {
  it('formats with a six-digit sequence', () => {
    expect(formatWorkOrderNumber('SRV', 2026, 123)).toBe('SRV-2026-000123');
    expect(formatWorkOrderNumber('SRV', 2026, 1_234_567)).toBe('SRV-2026-1234567');
  });

  it('refuses what cannot make a number', () => {
    expect(() => formatWorkOrderNumber('srv', 2026, 1)).toThrow(RangeError);
    expect(() => formatWorkOrderNumber('SRV', 26, 1)).toThrow(RangeError);
    expect(() => formatWorkOrderNumber('SRV', 2026, 0)).toThrow(RangeError);
    expect(() => formatWorkOrderNumber('SRV', 2026, 1.5)).toThrow(RangeError);
  });

  it('parses what people type', () => {
    expect(parseWorkOrderNumber('SRV-2026-000123')).toEqual({ prefix: 'SRV', year: 2026, sequence: 123 });
    expect(parseWorkOrderNumber(' srv-2026-123 ')).toEqual({ prefix: 'SRV', year: 2026, sequence: 123 });
    expect(parseWorkOrderNumber('SRV-2026-000000')).toBeNull();
    expect(parseWorkOrderNumber('SRV2026000123')).toBeNull();
    expect(parseWorkOrderNumber('Çağrı')).toBeNull();
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9]{0,9}$/),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        (prefix, year, sequence) => {
          const text = formatWorkOrderNumber(prefix, year, sequence);
          expect(parseWorkOrderNumber(text)).toEqual({ prefix, year, sequence });
        },
      ),
    );
  });

  it('sorts by sequence within a year once padded', () => {
    const numbers = [1, 2, 10, 999_999].map((n) => formatWorkOrderNumber('SRV', 2026, n));
    expect([...numbers].sort()).toEqual(numbers);
  });
});
