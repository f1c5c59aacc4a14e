import type { Locale } from '@usta/contracts/common';

/** What an e-mail template produces: one subject, a plain-text body and the same as simple HTML. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const MISSING: Record<Locale, string> = { tr: '—', en: '—' };

/**
 * A template reads loosely typed `data` written by another module, possibly months ago: a key
 * may be missing, null or of another type. Anything printable is printed; the rest is a dash.
 */
export function textOf(data: Record<string, unknown>, key: string): string | null {
  const value = data[key];
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return null;
}

export function orDash(value: string | null, locale: Locale): string {
  return value ?? MISSING[locale];
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ISO dates and times become "23.11.2026 14:30" (tr) or "23 Nov 2026, 14:30" (en) in the
 * company's time zone; anything else (already formatted by the caller) is printed as given.
 */
export function formatWhen(
  value: string | null,
  locale: Locale,
  timeZone = 'Europe/Istanbul',
): string | null {
  if (!value) return null;
  const tag = locale === 'tr' ? 'tr-TR' : 'en-GB';
  if (DATE_ONLY.test(value)) {
    const date = new Date(`${value}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return value;
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  } catch {
    // An unknown time zone name in the data must not stop the message.
    return new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  }
}

/** "24.11.2026 10:00 – 12:00" when both ends fall on one day, both in full otherwise. */
export function formatRange(
  start: string | null,
  end: string | null,
  locale: Locale,
  timeZone = 'Europe/Istanbul',
): string | null {
  const from = formatWhen(start, locale, timeZone);
  const to = formatWhen(end, locale, timeZone);
  if (!from || !to) return from;
  const sameDay =
    start && end && /T/.test(start) && /T/.test(end) && dayIn(start, timeZone) === dayIn(end, timeZone);
  if (!sameDay) return `${from} – ${to}`;
  const time = new Intl.DateTimeFormat(locale === 'tr' ? 'tr-TR' : 'en-GB', {
    timeStyle: 'short',
    timeZone: safeZone(timeZone),
  });
  return `${from} – ${time.format(new Date(end))}`;
}

function dayIn(value: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: safeZone(timeZone) }).format(new Date(value));
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'Europe/Istanbul';
  }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only web links become clickable: a `javascript:` URL in the data must stay inert text. */
export function safeLink(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export interface EmailLayout {
  locale: Locale;
  subject: string;
  greeting: string;
  intro: string;
  rows: [label: string, value: string][];
  link: string | null;
  linkLabel: string;
  closing: string;
}

/** One look for every e-mail: greeting, a short sentence, a two-column table, a button, a sign-off. */
export function layOut(email: EmailLayout): RenderedEmail {
  const width = Math.max(...email.rows.map(([label]) => label.length)) + 2;
  const text = [
    email.greeting,
    '',
    email.intro,
    '',
    ...email.rows.map(
      ([label, value]) =>
        `${`${label}:`.padEnd(width)} ${value.replace(/\n/g, `\n${' '.repeat(width + 1)}`)}`,
    ),
    '',
    ...(email.link ? [`${email.linkLabel}: ${email.link}`, ''] : []),
    email.closing,
  ].join('\n');
  const rows = email.rows
    .map(
      ([label, value]) =>
        `<tr><th align="left" valign="top" style="padding:4px 12px 4px 0;color:#555;font-weight:normal;white-space:nowrap">${escapeHtml(label)}</th>` +
        `<td style="padding:4px 0;white-space:pre-line">${escapeHtml(value)}</td></tr>`,
    )
    .join('');
  const button = email.link
    ? `<p style="margin:20px 0"><a href="${escapeHtml(email.link)}" style="background:#1c64b4;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(email.linkLabel)}</a></p>`
    : '';
  const html = [
    `<!doctype html><html lang="${email.locale}"><head><meta charset="utf-8"><title>${escapeHtml(email.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;line-height:1.5">',
    `<p>${escapeHtml(email.greeting)}</p>`,
    `<p>${escapeHtml(email.intro)}</p>`,
    `<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">${rows}</table>`,
    button,
    `<p style="color:#555">${escapeHtml(email.closing)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: email.subject, text, html };
}
