import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * Phone numbers are stored in E.164 (`+905321234567`) so that one number typed as
 * "0532 123 45 67", "532 123 4567" or "+90 (532) 123-45-67" is one value for search,
 * de-duplication and SMS. We use the library's small metadata set (it checks lengths and
 * prefixes per number type) because core also runs in the technician app's browser bundle.
 */

export interface PhoneOptions {
  /** Accept valid numbers of other countries too (kept in their own E.164 form). */
  allowForeign?: boolean;
}

/** The number in E.164 with Turkey as the default country, or null when it is not valid. */
export function normalizeTurkishPhone(input: string, options: PhoneOptions = {}): string | null {
  const trimmed = input.trim();
  if (trimmed === '' || /[a-z]/iu.test(trimmed.replace(/\s*(ext\.?|dahili|x)\s*\d+$/iu, ''))) return null;
  const parsed = parsePhoneNumberFromString(trimmed, 'TR');
  if (!parsed?.isValid()) return null;
  if (parsed.country !== 'TR' && options.allowForeign !== true) return null;
  return parsed.number;
}

/**
 * Digits to look a phone up by, whatever way it was typed: the national significant number
 * for Turkish numbers ("0532 123" → "532123"), so `e164 LIKE '%' || digits || '%'` finds it.
 */
export function phoneSearchDigits(input: string): string {
  const digits = input.replace(/\D/gu, '');
  // After "+" the first digits are a country code, so "+90 532" is "532" even when short.
  if (input.trim().startsWith('+')) return digits.startsWith('90') ? digits.slice(2) : digits;
  if (digits.startsWith('0090')) return digits.slice(4);
  if (digits.startsWith('90') && digits.length >= 12) return digits.slice(2);
  if (digits.startsWith('0')) return digits.slice(1);
  return digits;
}
