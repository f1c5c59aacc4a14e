import { getOffsetMs } from './time-zone.ts';

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/**
 * ISO 8601 with the calendar's own offset ('2026-03-19T13:00:00+03:00'), so a due time reads
 * as the local time it is, whatever the process time zone.
 */
export function formatInstantWithOffset(instant: number, timeZone: string): string {
  const offsetMs = getOffsetMs(timeZone, instant);
  const local = new Date(instant + offsetMs);
  const offsetMinutes = Math.round(offsetMs / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** The local wall-clock time 'HH:MM' of an instant in a time zone. */
export function localTimeOf(instant: number, timeZone: string): string {
  const local = new Date(instant + getOffsetMs(timeZone, instant));
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
