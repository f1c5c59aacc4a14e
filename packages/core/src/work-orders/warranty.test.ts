import { describe, expect, it } from 'vitest';
import { warrantyEndAfterMonths, warrantyStatusAt } from './index.ts';

describe('warrantyStatusAt', () => {
  const device = { warrantyStart: '2025-03-15', warrantyEnd: '2027-03-14' };

  it('is in warranty between the dates, both ends included', () => {
    expect(warrantyStatusAt(device, '2025-03-15')).toBe('in_warranty');
    expect(warrantyStatusAt(device, '2026-11-23')).toBe('in_warranty');
    expect(warrantyStatusAt(device, '2027-03-14')).toBe('in_warranty');
  });

  it('is expired after the end and not started before the start', () => {
    expect(warrantyStatusAt(device, '2027-03-15')).toBe('expired');
    expect(warrantyStatusAt(device, '2025-03-14')).toBe('not_started');
  });

  it('is unknown without an end date', () => {
    expect(warrantyStatusAt({}, '2026-01-01')).toBe('unknown');
    expect(warrantyStatusAt({ warrantyStart: '2025-01-01', warrantyEnd: null }, '2026-01-01')).toBe(
      'unknown',
    );
    expect(warrantyStatusAt({ warrantyEnd: '2026-12-31' }, '2026-01-01')).toBe('in_warranty');
  });

  it('insists on a calendar date', () => {
    expect(() => warrantyStatusAt(device, '2026-11-23T10:00:00Z')).toThrow(RangeError);
  });
});

describe('warrantyEndAfterMonths', () => {
  it('ends the day before the same date months later', () => {
    expect(warrantyEndAfterMonths('2025-03-15', 24)).toBe('2027-03-14');
    expect(warrantyEndAfterMonths('2024-01-01', 12)).toBe('2024-12-31');
  });

  it('clamps to the month end when the day does not exist', () => {
    expect(warrantyEndAfterMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});
