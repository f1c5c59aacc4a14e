/**
 * Calendar values in the company's time zone. A work order opened at 01:00 on 1 January in
 * Istanbul is numbered in the new year although it is still 31 December in UTC; a warranty is
 * checked against the local date. `Intl` does this in both Node and the browser.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Istanbul';

function partsAt(instant: Date, timeZone: string): Record<'year' | 'month' | 'day', string> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const pick = (type: 'year' | 'month' | 'day') => parts.find((part) => part.type === type)?.value ?? '';
  return { year: pick('year'), month: pick('month'), day: pick('day') };
}

/** The local calendar date (`YYYY-MM-DD`) of an instant. */
export function localDateAt(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const { year, month, day } = partsAt(instant, timeZone);
  return `${year}-${month}-${day}`;
}

/** The local year of an instant: the year in a work-order number. */
export function localYearAt(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): number {
  return Number(partsAt(instant, timeZone).year);
}
