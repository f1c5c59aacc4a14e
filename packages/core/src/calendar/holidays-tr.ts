/**
 * Public holidays of Türkiye as calendar days, from `date-holidays` (TR) with corrections.
 *
 * What date-holidays 3.37 gets wrong for our purpose (checked against the official calendars):
 * - Ramazan and Kurban Bayramı are one range from 18:00 on the eve to 12:00 on the day after
 *   the last day (2026: 19 Mar 18:00 → 23 Mar 12:00). Taken literally, the eve would close at
 *   18:00 instead of 13:00 and the next working day (Mon 23 Mar 2026) would lose its morning.
 *   We count only whole local days inside the range: 20–22 Mar.
 * - The eves (arife) of Ramazan and Kurban Bayramı and 28 October (eve of Cumhuriyet Bayramı)
 *   are half days from 13:00; date-holidays does not list them. We add them.
 * - For years with an official calendar at hand, OFFICIAL_BAYRAMS below wins over the computed
 *   dates, so a change in the library's lunar computation cannot move a bayram silently.
 *
 * Sources for OFFICIAL_BAYRAMS (Diyanet İşleri Başkanlığı, "Dini Günler Takvimi"):
 * - 2026 as reported by dunya.com (2026-01-07, "2026 Ramazan Bayramı, Kurban Bayramı ne
 *   zaman?"), ekonomist.com.tr (2025-11-17, 2025-11-29) and haberturk.com (2025-12-23, "2026
 *   resmi tatiller"): Ramazan 20–22 Mar (arife 19 Mar, half day), Kurban 27–30 May (arife 26 May,
 *   half day), 28 Oct half day, 29 Oct.
 * - 2027 from the project brief (Ramazan 9–11 Mar, arife 8 Mar; Kurban 16–19 May, arife 15 May);
 *   it matches date-holidays' whole days. Not yet checked against a published 2027 Diyanet
 *   calendar: re-check when it appears (docs/sla.md).
 */
import Holidays from 'date-holidays';
import { DAY_MS, formatDayNumber, parseDayNumber } from './civil-date.ts';
import { localDayNumber, wallToInstant } from './time-zone.ts';
import type { CalendarDay } from './types.ts';

const ISTANBUL = 'Europe/Istanbul';
export const ARIFE_CLOSES_AT = '13:00';

type Bayram = 'Ramazan Bayramı' | 'Kurban Bayramı';

interface OfficialBayram {
  name: Bayram;
  days: readonly string[];
  arife: string;
}

export const OFFICIAL_BAYRAMS: Readonly<Record<number, readonly OfficialBayram[]>> = {
  2026: [
    { name: 'Ramazan Bayramı', days: ['2026-03-20', '2026-03-21', '2026-03-22'], arife: '2026-03-19' },
    {
      name: 'Kurban Bayramı',
      days: ['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30'],
      arife: '2026-05-26',
    },
  ],
  2027: [
    { name: 'Ramazan Bayramı', days: ['2027-03-09', '2027-03-10', '2027-03-11'], arife: '2027-03-08' },
    {
      name: 'Kurban Bayramı',
      days: ['2027-05-16', '2027-05-17', '2027-05-18', '2027-05-19'],
      arife: '2027-05-15',
    },
  ],
};

const BAYRAM_RULES: Readonly<Record<string, Bayram>> = {
  '1 Shawwal': 'Ramazan Bayramı',
  '10 Dhu al-Hijjah': 'Kurban Bayramı',
};

let source: Holidays | undefined;

/** Whole local days inside [start, end): a day counts only if all of it is a holiday. */
function wholeDaysWithin(start: number, end: number): number[] {
  const days: number[] = [];
  for (let day = localDayNumber(ISTANBUL, start); ; day++) {
    const dayStart = wallToInstant(ISTANBUL, day * DAY_MS);
    const dayEnd = wallToInstant(ISTANBUL, (day + 1) * DAY_MS);
    if (dayEnd > end) return days;
    if (dayStart >= start) days.push(day);
  }
}

function holidaysOfYear(year: number): CalendarDay[] {
  source ??= new Holidays('TR');
  const result: CalendarDay[] = [];
  const official = OFFICIAL_BAYRAMS[year];
  for (const holiday of source.getHolidays(year, 'tr')) {
    if (holiday.type !== 'public') continue;
    const bayram = Object.entries(BAYRAM_RULES).find(([rule]) => holiday.rule.startsWith(rule))?.[1];
    if (bayram && official) continue; // replaced by the official table below
    const days = wholeDaysWithin(holiday.start.getTime(), holiday.end.getTime());
    for (const day of days) {
      result.push({ date: formatDayNumber(day), kind: 'holiday', name: holiday.name, source: 'public' });
    }
    if (bayram && days[0] !== undefined) {
      const arife = formatDayNumber(days[0] - 1);
      result.push(arifeOf(arife, bayram));
    }
  }
  for (const bayram of official ?? []) {
    for (const date of bayram.days)
      result.push({ date, kind: 'holiday', name: bayram.name, source: 'public' });
    result.push(arifeOf(bayram.arife, bayram.name));
  }
  result.push(arifeOf(`${year}-10-28`, 'Cumhuriyet Bayramı'));
  return result;
}

function arifeOf(date: string, holidayName: string): CalendarDay {
  return {
    date,
    kind: 'half-day',
    closesAt: ARIFE_CLOSES_AT,
    name: `${holidayName} arifesi`,
    source: 'public',
  };
}

/**
 * Public holidays and arife half days of Türkiye for the given years, one entry per date, sorted.
 * When two holidays share a date (19 May 2027 is also a Kurban Bayramı day) the names are
 * joined; a holiday beats a half day on the same date.
 */
export function turkishPublicHolidays(fromYear: number, toYear: number): CalendarDay[] {
  const byDate = new Map<string, CalendarDay>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const day of holidaysOfYear(year)) {
      const existing = byDate.get(day.date);
      if (!existing) byDate.set(day.date, day);
      else if (existing.kind === 'holiday' && day.kind === 'holiday') existing.name += ` / ${day.name}`;
      else if (existing.kind === 'half-day' && day.kind === 'holiday') byDate.set(day.date, day);
    }
  }
  return [...byDate.values()].sort((a, b) => parseDayNumber(a.date)! - parseDayNumber(b.date)!);
}
