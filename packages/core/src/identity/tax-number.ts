/**
 * Turkish tax numbers: VKN (vergi kimlik numarası, 10 digits, companies) and TCKN (T.C. kimlik
 * numarası, 11 digits, people and sole proprietors). Both end in check digits; a typo in one
 * digit almost always fails the check, which is why we verify instead of only counting digits.
 */

/**
 * The TCKN printed on e-Arşiv invoices to end consumers who gave none. It fails the checksum on
 * purpose, so it is accepted only where a caller explicitly allows it.
 */
export const E_ARSIV_PLACEHOLDER_TCKN = '11111111111';

const tenDigits = /^\d{10}$/u;
const elevenDigits = /^[1-9]\d{10}$/u;

function digitsOf(value: string): number[] {
  return [...value].map(Number);
}

/** Whether `value` is a VKN whose tenth digit matches the Revenue Administration's checksum. */
export function isValidVkn(value: string): boolean {
  if (!tenDigits.test(value)) return false;
  const digits = digitsOf(value);
  let sum = 0;
  for (let index = 0; index < 9; index++) {
    const shifted = ((digits[index] ?? 0) + 9 - index) % 10;
    if (shifted === 0) continue;
    const weighted = (shifted * 2 ** (9 - index)) % 9;
    sum += weighted === 0 ? 9 : weighted;
  }
  return (10 - (sum % 10)) % 10 === digits[9];
}

export interface TcknOptions {
  /** Accept the e-Arşiv placeholder 11111111111 (which fails the checksum). */
  allowPlaceholder?: boolean;
}

/** Whether `value` is a TCKN: 11 digits, no leading zero, both check digits right. */
export function isValidTckn(value: string, options: TcknOptions = {}): boolean {
  if (value === E_ARSIV_PLACEHOLDER_TCKN) return options.allowPlaceholder === true;
  if (!elevenDigits.test(value)) return false;
  const d = digitsOf(value) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  const eleventh = (odd + even + d[9]) % 10;
  return d[9] === tenth && d[10] === eleventh;
}

export type TaxNumberKind = 'vkn' | 'tckn';

/** Which kind a tax number is by its length, or null when it is neither 10 nor 11 digits. */
export function detectTaxNumberKind(value: string): TaxNumberKind | null {
  if (tenDigits.test(value)) return 'vkn';
  if (/^\d{11}$/u.test(value)) return 'tckn';
  return null;
}

export type TaxNumberError = 'invalid_tax_number' | 'invalid_vkn' | 'invalid_tckn';

/**
 * Checks a tax number of either kind and names what is wrong, as a stable code:
 * `invalid_tax_number` (not 10 or 11 digits), `invalid_vkn`, `invalid_tckn`; null when valid.
 */
export function findTaxNumberError(value: string, options: TcknOptions = {}): TaxNumberError | null {
  const kind = detectTaxNumberKind(value);
  if (kind === 'vkn') return isValidVkn(value) ? null : 'invalid_vkn';
  if (kind === 'tckn') return isValidTckn(value, options) ? null : 'invalid_tckn';
  return 'invalid_tax_number';
}

/** Removes spaces, dots and dashes people type into tax numbers ("123 456 78 90"). */
export function cleanTaxNumber(value: string): string {
  return value.replace(/[\s.-]/gu, '');
}
