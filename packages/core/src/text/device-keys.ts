import { searchKey } from './search-key.ts';

/**
 * Keys for "a serial number is unique per organisation and brand". People type "Arçelik",
 * "ARCELIK" and "arçelik " for one brand, and "ab 123-x" for serial "AB123-X"; the unique index
 * is on these keys, not on the text as typed (which is kept for display).
 */

/** The brand as a search key, inner whitespace collapsed. */
export function brandKey(brand: string): string {
  return searchKey(brand.trim()).replace(/\s+/gu, ' ');
}

/**
 * The serial number without whitespace, in upper case. Plain `toUpperCase()`, not the Turkish
 * one: serials are Latin codes, and "i" must become "I", not "İ". Dashes and slashes are kept,
 * as some makers use them to tell serials apart.
 */
export function serialNumberKey(serialNumber: string): string {
  return serialNumber.replace(/\s+/gu, '').toUpperCase();
}
