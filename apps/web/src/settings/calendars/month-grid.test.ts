import { describe, expect, it } from 'vitest';
import type { CalendarYearDay } from '../../api/calendars-api.ts';
import { appearanceOf, buildMonthGrids, countAppearances, specialDays } from './month-grid.ts';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function yearOf(
  year: number,
  special: Partial<Record<string, Partial<CalendarYearDay>>> = {},
): CalendarYearDay[] {
  const days: CalendarYearDay[] = [];
  for (
    let d = new Date(Date.UTC(year, 0, 1));
    d.getUTCFullYear() === year;
    d.setUTCDate(d.getUTCDate() + 1)
  ) {
    const date = d.toISOString().slice(0, 10);
    const weekday = WEEKDAYS[d.getUTCDay()]!;
    const weekend = weekday === 'sat' || weekday === 'sun';
    days.push({
      date,
      weekday,
      kind: weekend ? 'closed' : 'working',
      name: null,
      source: null,
      intervals: weekend ? [] : [{ from: '08:30', to: '18:00' }],
      workingMinutes: weekend ? 0 : 570,
      ...special[date],
    });
  }
  return days;
}

describe('buildMonthGrids', () => {
  const grids = buildMonthGrids(yearOf(2026));

  it('lays out twelve Monday-first months, padding with nulls', () => {
    expect(grids).toHaveLength(12);
    // 1 January 2026 is a Thursday: three empty cells before it.
    const january = grids[0]!;
    expect(january.weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
    expect(january.weeks[0]![3]!.date).toBe('2026-01-01');
    // 31 January 2026 is a Saturday: one empty cell after it.
    expect(january.weeks.at(-1)!.map((d) => d?.date ?? null)).toEqual([
      '2026-01-26',
      '2026-01-27',
      '2026-01-28',
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      null,
    ]);
  });

  it('puts every day in exactly one cell, weeks always seven wide', () => {
    const cells = grids.flatMap((g) => g.weeks.flat()).filter((d) => d !== null);
    expect(cells).toHaveLength(365);
    for (const grid of grids) for (const week of grid.weeks) expect(week).toHaveLength(7);
  });

  it('starts a month that begins on Monday without padding (June 2026)', () => {
    expect(grids[5]!.weeks[0]![0]!.date).toBe('2026-06-01');
  });

  it('needs six rows for March 2026 (starts on Sunday)', () => {
    expect(grids[2]!.weeks).toHaveLength(6);
    expect(grids[2]!.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
  });
});

describe('appearanceOf and the special days', () => {
  const days = yearOf(2026, {
    '2026-03-19': { kind: 'half-day', name: 'Ramazan Bayramı Arifesi', source: 'public' },
    '2026-03-20': { kind: 'holiday', name: 'Ramazan Bayramı', source: 'public' },
    '2026-12-31': { kind: 'holiday', name: 'Şirket tatili', source: 'company' },
    '2026-11-28': { kind: 'working-day', name: 'Telafi', source: 'company' },
  });

  it('tells public from company holidays', () => {
    expect(appearanceOf(days.find((d) => d.date === '2026-03-20')!)).toBe('public-holiday');
    expect(appearanceOf(days.find((d) => d.date === '2026-12-31')!)).toBe('company-holiday');
    expect(appearanceOf(days.find((d) => d.date === '2026-03-19')!)).toBe('half-day');
  });

  it('counts each appearance and lists only the special days', () => {
    const counts = countAppearances(days);
    expect(counts['public-holiday']).toBe(1);
    expect(counts['company-holiday']).toBe(1);
    expect(counts['half-day']).toBe(1);
    expect(counts['working-day']).toBe(1);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(365);
    expect(specialDays(days).map((d) => d.date)).toEqual([
      '2026-03-19',
      '2026-03-20',
      '2026-11-28',
      '2026-12-31',
    ]);
  });
});
