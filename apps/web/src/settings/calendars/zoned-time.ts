import dayjs from 'dayjs';
import 'dayjs/locale/tr';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const FORMATS = { tr: 'D MMMM YYYY dddd HH:mm', en: 'dddd, D MMMM YYYY, HH:mm' } as const;

/**
 * "16 Mart 2026 Pazartesi 08:35": the server answers in the calendar's own offset, so its wall
 * clock is read as written (parsed as UTC to keep the browser's zone and DST out of it).
 */
export function formatCalendarTime(iso: string, locale: string): string {
  const lang = locale === 'en' ? 'en' : 'tr';
  return dayjs.utc(iso.slice(0, 19)).locale(lang).format(FORMATS[lang]);
}

/** The offset part of an answer, e.g. `+03:00` (`Z` reads `+00:00`). */
export function offsetOf(iso: string): string {
  const match = /([+-]\d{2}:\d{2}|Z)$/.exec(iso);
  return !match || match[1] === 'Z' ? '+00:00' : match[1]!;
}

/** A `datetime-local` value (wall clock in the calendar's zone) as ISO with that zone's offset. */
export function wallClockToIso(value: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const zoned = dayjs.tz(value.slice(0, 16), 'YYYY-MM-DDTHH:mm', timeZone);
  return zoned.isValid() ? zoned.format('YYYY-MM-DDTHH:mm:ssZ') : null;
}

/** Now on the calendar's wall clock, as a `datetime-local` value. */
export function wallClockNow(timeZone: string, now: Date = new Date()): string {
  return dayjs(now).tz(timeZone).format('YYYY-MM-DDTHH:mm');
}
