const TURKISH = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+(\d{1,2})[:.](\d{2})\s*$/u;
const LOCAL_ISO = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$/u;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "13.03.2026 17:50" (or "2026-03-13T17:50") as `2026-03-13T17:50`; null when it is not a real
 * date and time (31.02., 24:00).
 */
export function parseWallClock(text: string): string | null {
  const turkish = TURKISH.exec(text);
  const iso = turkish ? null : LOCAL_ISO.exec(text);
  const parts = turkish
    ? [turkish[3], turkish[2], turkish[1], turkish[4], turkish[5]]
    : iso
      ? [iso[1], iso[2], iso[3], iso[4], iso[5]]
      : null;
  if (!parts) return null;
  const [year, month, day, hour, minute] = parts.map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    return null;
  }
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/** `2026-03-13T17:50` as "13.03.2026 17:50"; '' for none. */
export function displayWallClock(value: string): string {
  const iso = LOCAL_ISO.exec(value);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]} ${iso[4]}:${iso[5]}` : '';
}
