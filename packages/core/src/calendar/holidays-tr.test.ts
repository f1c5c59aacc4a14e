import { describe, expect, it } from 'vitest';
import { turkishPublicHolidays } from './holidays-tr.ts';

const describeDay = (day: ReturnType<typeof turkishPublicHolidays>[number]) =>
  day.kind === 'half-day' ? `${day.date} half-day ${day.closesAt}` : `${day.date} ${day.kind}`;

describe('turkishPublicHolidays (official calendars, corrected date-holidays)', () => {
  it('matches the official 2026 calendar', () => {
    expect(turkishPublicHolidays(2026, 2026).map(describeDay)).toEqual([
      '2026-01-01 holiday',
      '2026-03-19 half-day 13:00',
      '2026-03-20 holiday',
      '2026-03-21 holiday',
      '2026-03-22 holiday',
      '2026-04-23 holiday',
      '2026-05-01 holiday',
      '2026-05-19 holiday',
      '2026-05-26 half-day 13:00',
      '2026-05-27 holiday',
      '2026-05-28 holiday',
      '2026-05-29 holiday',
      '2026-05-30 holiday',
      '2026-07-15 holiday',
      '2026-08-30 holiday',
      '2026-10-28 half-day 13:00',
      '2026-10-29 holiday',
    ]);
  });

  it('matches the official 2027 calendar (19 May is Kurban Bayramı and Gençlik Bayramı)', () => {
    const days = turkishPublicHolidays(2027, 2027);
    expect(days.map(describeDay)).toEqual([
      '2027-01-01 holiday',
      '2027-03-08 half-day 13:00',
      '2027-03-09 holiday',
      '2027-03-10 holiday',
      '2027-03-11 holiday',
      '2027-04-23 holiday',
      '2027-05-01 holiday',
      '2027-05-15 half-day 13:00',
      '2027-05-16 holiday',
      '2027-05-17 holiday',
      '2027-05-18 holiday',
      '2027-05-19 holiday',
      '2027-07-15 holiday',
      '2027-08-30 holiday',
      '2027-10-28 half-day 13:00',
      '2027-10-29 holiday',
    ]);
    expect(days.find((day) => day.date === '2027-05-19')?.name).toContain('Kurban Bayramı');
  });

  it('never turns the day after a bayram into a holiday (date-holidays ends it at 12:00)', () => {
    const dates = new Set(turkishPublicHolidays(2024, 2028).map((day) => day.date));
    for (const dayAfter of [
      '2024-04-13',
      '2025-04-02',
      '2026-03-23',
      '2026-05-31',
      '2027-03-12',
      '2027-05-20',
    ]) {
      expect(dates.has(dayAfter)).toBe(false);
    }
  });

  it('derives arife half days for years without an official table', () => {
    const days = turkishPublicHolidays(2025, 2025).map(describeDay);
    expect(days).toContain('2025-03-29 half-day 13:00');
    expect(days).toContain('2025-03-30 holiday');
    expect(days).toContain('2025-06-05 half-day 13:00');
    expect(days).toContain('2025-06-09 holiday');
    expect(days).not.toContain('2025-06-10 holiday');
  });
});
