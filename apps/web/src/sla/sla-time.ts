import dayjs from 'dayjs';
import 'dayjs/locale/tr';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

const SHORT = { tr: 'DD.MM HH:mm', en: 'D MMM, HH:mm' } as const;
const LONG = { tr: 'DD.MM.YYYY HH:mm', en: 'D MMM YYYY, HH:mm' } as const;
const lang = (locale: string | undefined) => (locale === 'en' ? 'en' : 'tr');

/**
 * An SLA instant on the calendar's own wall clock: the server writes it with the calendar's
 * offset, so the local part is read as written, whatever zone the browser is in.
 */
export function slaTime(iso: string | null | undefined, locale?: string, long = false): string {
  if (!iso) return '—';
  const l = lang(locale);
  return dayjs
    .utc(iso.slice(0, 19))
    .locale(l)
    .format((long ? LONG : SHORT)[l]);
}

export const instant = (iso: string) => Date.parse(iso);
