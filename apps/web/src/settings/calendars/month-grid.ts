import type { CalendarYearDay } from '../../api/calendars-api.ts';

/** How a day is painted; a holiday's colour says whether the state or the company closed it. */
export type DayAppearance =
  | 'working'
  | 'closed'
  | 'public-holiday'
  | 'company-holiday'
  | 'half-day'
  | 'working-day';

export const APPEARANCES: readonly DayAppearance[] = [
  'working',
  'closed',
  'public-holiday',
  'company-holiday',
  'half-day',
  'working-day',
];

export function appearanceOf(day: Pick<CalendarYearDay, 'kind' | 'source'>): DayAppearance {
  if (day.kind === 'holiday') return day.source === 'company' ? 'company-holiday' : 'public-holiday';
  return day.kind;
}

export interface MonthGrid {
  /** 0 = January. */
  month: number;
  /** Monday-first weeks; null pads the days of the neighbouring months. */
  weeks: (CalendarYearDay | null)[][];
}

const MONDAY_FIRST = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

/** The year's days (in date order, as the server sends them) laid out as twelve month grids. */
export function buildMonthGrids(days: readonly CalendarYearDay[]): MonthGrid[] {
  const grids: MonthGrid[] = Array.from({ length: 12 }, (_, month) => ({ month, weeks: [] }));
  for (const day of days) {
    const grid = grids[Number(day.date.slice(5, 7)) - 1];
    if (!grid) continue;
    let week = grid.weeks.at(-1);
    const column = MONDAY_FIRST[day.weekday];
    if (!week || column === 0) {
      week = Array.from({ length: column }, () => null);
      grid.weeks.push(week);
    }
    week.push(day);
  }
  for (const grid of grids) {
    const last = grid.weeks.at(-1);
    while (last && last.length < 7) last.push(null);
  }
  return grids;
}

/** Counts per appearance, for the legend. */
export function countAppearances(days: readonly CalendarYearDay[]): Record<DayAppearance, number> {
  const counts = Object.fromEntries(APPEARANCES.map((a) => [a, 0])) as Record<DayAppearance, number>;
  for (const day of days) counts[appearanceOf(day)]++;
  return counts;
}

/** The days a manager checks against the official calendar: everything but ordinary days. */
export function specialDays(days: readonly CalendarYearDay[]): CalendarYearDay[] {
  return days.filter((day) => day.kind !== 'working' && day.kind !== 'closed');
}
