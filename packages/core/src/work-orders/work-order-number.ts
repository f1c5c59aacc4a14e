/**
 * Readable work-order numbers, `SRV-2026-000123`: prefix, year, sequence per organisation and
 * year. Gap-free numbering is the database's job (one counter row per organisation and year,
 * incremented with `UPDATE … RETURNING` inside the transaction that inserts the order, so a
 * rolled-back insert gives its number back); this file only formats and reads the numbers.
 */
export interface WorkOrderNumberParts {
  prefix: string;
  year: number;
  sequence: number;
}

/** Sequences are padded to six digits; past 999999 they simply grow longer. */
export const SEQUENCE_DIGITS = 6;

const prefixPattern = /^[A-Z][A-Z0-9]{0,9}$/u;
const numberPattern = /^([A-Z][A-Z0-9]{0,9})-(\d{4})-(\d{6,})$/u;

export function isValidWorkOrderPrefix(prefix: string): boolean {
  return prefixPattern.test(prefix);
}

/** `formatWorkOrderNumber('SRV', 2026, 123)` → `'SRV-2026-000123'`. */
export function formatWorkOrderNumber(prefix: string, year: number, sequence: number): string {
  if (!isValidWorkOrderPrefix(prefix)) throw new RangeError(`Invalid work-order prefix: ${prefix}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Invalid year: ${year}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Invalid sequence: ${sequence}`);
  return `${prefix}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

/**
 * The parts of a number, or null when it is not one. Lower case is accepted (people type
 * "srv-2026-123" into search) and short sequences too; the result is canonical.
 */
export function parseWorkOrderNumber(text: string): WorkOrderNumberParts | null {
  const trimmed = text.trim().toUpperCase();
  const match = numberPattern.exec(trimmed) ?? /^([A-Z][A-Z0-9]{0,9})-(\d{4})-(\d{1,5})$/u.exec(trimmed);
  if (!match) return null;
  const sequence = Number(match[3]);
  if (!Number.isSafeInteger(sequence) || sequence < 1) return null;
  return { prefix: match[1] as string, year: Number(match[2]), sequence };
}
