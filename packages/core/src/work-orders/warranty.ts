/**
 * Whether a device is under warranty on a day. Dates are ISO calendar dates (`YYYY-MM-DD`) in
 * the company's time zone; comparing them as strings is exact and needs no time zone here.
 * Both ends are inclusive: a warranty "until 2027-03-31" still covers a call on that day.
 */
export const WARRANTY_STATUSES = ['in_warranty', 'expired', 'not_started', 'unknown'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export interface WarrantyDates {
  warrantyStart?: string | null;
  warrantyEnd?: string | null;
}

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * `unknown` when there is no end date (the device card does not say); `not_started` when the day
 * is before the start (e.g. warranty counted from installation, not yet installed).
 */
export function warrantyStatusAt(device: WarrantyDates, day: string): WarrantyStatus {
  if (!isoDatePattern.test(day)) throw new RangeError(`Expected a YYYY-MM-DD date, got ${day}`);
  const { warrantyStart, warrantyEnd } = device;
  if (!warrantyEnd || !isoDatePattern.test(warrantyEnd)) return 'unknown';
  if (warrantyStart && isoDatePattern.test(warrantyStart) && day < warrantyStart) return 'not_started';
  return day <= warrantyEnd ? 'in_warranty' : 'expired';
}

/** Adds whole months to a start date, for "2 years from purchase" (end = day before). */
export function warrantyEndAfterMonths(start: string, months: number): string {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, day));
  // A month without that day (31 Jan + 1 month) rolls over; clamp to the month's last day.
  if (end.getUTCDate() !== day) end.setUTCDate(0);
  else end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}
