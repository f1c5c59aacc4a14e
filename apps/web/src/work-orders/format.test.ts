import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatPhone,
  istanbulDayStart,
  istanbulLocalToIso,
  minutesBetween,
  monthRange,
  parseTypedDay,
} from './format.ts';

describe('dates on the Istanbul clock', () => {
  it('shows an instant in Istanbul time, Turkish by default', () => {
    expect(formatDateTime('2026-11-23T19:05:00Z')).toBe('23.11.2026 22:05');
    expect(formatDateTime('2026-11-23T19:05:00Z', 'en')).toBe('23 Nov 2026, 22:05');
    expect(formatDateTime(null)).toBe('—');
  });

  it('shows a calendar day without moving it', () => {
    expect(formatDate('2027-03-31')).toBe('31.03.2027');
  });

  it('reads a typed local time as Istanbul time', () => {
    expect(istanbulLocalToIso('2026-11-23 09:30:00')).toBe('2026-11-23T06:30:00.000Z');
    expect(istanbulDayStart('2026-11-23')).toBe('2026-11-22T21:00:00.000Z');
  });

  it('reads a day typed the Turkish way', () => {
    expect(parseTypedDay('31.05.2027')).toBe('2027-05-31');
    expect(parseTypedDay('1/6/2027')).toBe('2027-06-01');
    expect(parseTypedDay('2027-05-31')).toBe('2027-05-31');
    expect(parseTypedDay('31.02.2027')).toBeNull();
    expect(parseTypedDay('yarın')).toBeNull();
  });

  it('writes Turkish phone numbers the local way', () => {
    expect(formatPhone('+905321234567')).toBe('0532 123 45 67');
    expect(formatPhone('+4930123456')).toBe('+4930123456');
  });

  it('spans a month and counts minutes', () => {
    expect(monthRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(minutesBetween('2026-11-23T09:00:00Z', '2026-11-23T10:20:00Z')).toBe(80);
  });
});
