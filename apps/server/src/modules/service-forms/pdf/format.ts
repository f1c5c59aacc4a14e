import type { Locale } from '@usta/contracts/common';

const tag = (locale: Locale) => (locale === 'tr' ? 'tr-TR' : 'en-GB');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** "24.11.2026 10:30" (tr) or "24/11/2026, 10:30" (en); a date alone without the time. */
export function formatDate(
  value: Date | string | null | undefined,
  locale: Locale,
  timeZone: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && DATE_ONLY.test(value)) {
    const date = new Date(`${value}T12:00:00Z`);
    return Number.isNaN(date.getTime())
      ? value
      : new Intl.DateTimeFormat(tag(locale), {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(date);
  }
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const options: Intl.DateTimeFormatOptions = {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  };
  try {
    return new Intl.DateTimeFormat(tag(locale), { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(tag(locale), { ...options, timeZone: 'Europe/Istanbul' }).format(date);
  }
}

export function formatMoney(
  value: number | string | null | undefined,
  locale: Locale,
  currency: string,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value;
  try {
    return new Intl.NumberFormat(tag(locale), { style: 'currency', currency }).format(value);
  } catch {
    return new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 2 }).format(value);
  }
}

export function formatNumber(value: number | string | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === '') return '';
  return typeof value === 'number' ? new Intl.NumberFormat(tag(locale)).format(value) : value;
}

export function joinNonEmpty(values: (string | null | undefined)[], separator = ' · '): string {
  return values
    .map((v) => v?.trim())
    .filter(Boolean)
    .join(separator);
}

/** A logo as bytes pdfkit can read (PNG or JPEG), or null when it is missing or something else. */
export function decodeImage(value: Uint8Array | string | null | undefined): Buffer | null {
  if (!value) return null;
  const bytes =
    typeof value === 'string'
      ? /^data:image\/(png|jpeg);base64,/.test(value)
        ? Buffer.from(value.slice(value.indexOf(',') + 1), 'base64')
        : null
      : Buffer.from(value);
  if (!bytes || bytes.length < 8) return null;
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  return png || jpeg ? bytes : null;
}

/** `#1c4e80` mixed with white: `amount` 0 is the colour, 1 is white (for tinted rows). */
export function tint(hex: string, amount: number): string {
  const channel = (i: number) => {
    const value = Number.parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
