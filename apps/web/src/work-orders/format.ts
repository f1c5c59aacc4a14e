import dayjs from 'dayjs';
import 'dayjs/locale/tr';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The company's clock: every instant is shown in Istanbul time, whatever the browser's zone. */
export const TIME_ZONE = 'Europe/Istanbul';

const DATE_TIME = { tr: 'DD.MM.YYYY HH:mm', en: 'D MMM YYYY, HH:mm' } as const;
const DATE = { tr: 'DD.MM.YYYY', en: 'D MMM YYYY' } as const;

type Lang = keyof typeof DATE;
const lang = (locale: string | undefined): Lang => (locale === 'en' ? 'en' : 'tr');

/** An instant (ISO with offset) in Istanbul time: "23.11.2026 14:05". */
export function formatDateTime(iso: string | null | undefined, locale?: string): string {
  if (!iso) return '—';
  const l = lang(locale);
  return dayjs(iso).tz(TIME_ZONE).locale(l).format(DATE_TIME[l]);
}

/** A calendar day (`YYYY-MM-DD`): no zone conversion, it already is the Istanbul day. */
export function formatDate(isoDate: string | null | undefined, locale?: string): string {
  if (!isoDate) return '—';
  const l = lang(locale);
  return dayjs(isoDate.slice(0, 10)).locale(l).format(DATE[l]);
}

export function formatTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).tz(TIME_ZONE).format('HH:mm') : '—';
}

/** Minutes between two instants, for time entries ("1 sa 20 dk"). */
export function minutesBetween(start: string, end: string): number {
  return Math.max(0, Math.round((Date.parse(end) - Date.parse(start)) / 60_000));
}

/** A date-time typed on the Istanbul clock, as an ISO instant for the API. */
export function istanbulLocalToIso(value: string): string {
  return dayjs.tz(value, TIME_ZONE).toISOString();
}

/** Now on the Istanbul clock, as the date-time picker holds it (`YYYY-MM-DD HH:mm:00`). */
export function istanbulLocalNow(offsetMinutes = 0): string {
  return dayjs().tz(TIME_ZONE).add(offsetMinutes, 'minute').format('YYYY-MM-DD HH:mm:00');
}

const pad = (part: string) => part.padStart(2, '0');

/** A day as typed: 31.05.2027, 31/05/2027, 31-5-2027 or 2027-05-31; null when it is not one. */
export function parseTypedDay(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  const match = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  // 31.02.2027 is not a day; dayjs would roll it over into March.
  return dayjs(iso).format('YYYY-MM-DD') === iso ? iso : null;
}

/** A stored E.164 number the way Turkish people write it: +905321234567 → 0532 123 45 67. */
export function formatPhone(e164: string | null | undefined): string {
  if (!e164) return '—';
  const match = /^\+90(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return match ? `0${match[1]} ${match[2]} ${match[3]} ${match[4]}` : e164;
}

/** Today in Istanbul, `YYYY-MM-DD`. */
export function istanbulToday(): string {
  return dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
}

/** The first and last day of a month (`YYYY-MM`), for "warranty ends in this month". */
export function monthRange(month: string): { from: string; to: string } {
  const start = dayjs(`${month}-01`);
  return { from: start.format('YYYY-MM-DD'), to: start.endOf('month').format('YYYY-MM-DD') };
}

/** Start of a day on the Istanbul clock as an ISO instant (for `createdFrom` filters). */
export function istanbulDayStart(isoDate: string): string {
  return dayjs.tz(isoDate, TIME_ZONE).startOf('day').toISOString();
}

export function istanbulDayEnd(isoDate: string): string {
  return dayjs.tz(isoDate, TIME_ZONE).endOf('day').toISOString();
}
