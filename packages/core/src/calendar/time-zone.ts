/**
 * Time-zone arithmetic with Intl only, so results never depend on the process time zone (the
 * suite runs under TZ=UTC, Europe/Istanbul and America/New_York to prove it). Intl is slow
 * (microseconds per call), so offsets are cached per UTC hour: an hour whose start and end share
 * an offset has that offset throughout (zones change offset at most once an hour).
 */
import { DAY_MS, HOUR_MS } from './civil-date.ts';

interface ZoneCache {
  formatter: Intl.DateTimeFormat;
  offsetByHour: Map<number, number>;
}

const zones = new Map<string, ZoneCache>();
const MAX_CACHED_HOURS = 500_000;

function createFormatter(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    createFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function getZone(timeZone: string): ZoneCache {
  let zone = zones.get(timeZone);
  if (!zone) {
    zone = { formatter: createFormatter(timeZone), offsetByHour: new Map() };
    zones.set(timeZone, zone);
  }
  return zone;
}

/** Offset (local wall time minus UTC) in ms at `instant`, straight from Intl. */
function computeOffset(formatter: Intl.DateTimeFormat, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatter.formatToParts(seconds)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wall = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  return wall - seconds;
}

/** Offsets of 1970–2099 are kept per UTC day in a typed array; NaN = not known yet. */
const FIRST_CACHED_DAY = 0;
const CACHED_DAYS = 47_482;
const MIXED_DAY = Number.POSITIVE_INFINITY;

/**
 * A function giving the offset of one zone at an instant, bound to that zone's caches so hot
 * loops (compiled calendars) skip the lookup by name. A UTC day whose start and end share an
 * offset has it throughout (zones change at most once a day); the rare day with a change is
 * resolved per hour.
 */
function createOffsetLookup(timeZone: string): (instant: number) => number {
  const { formatter, offsetByHour } = getZone(timeZone);
  const offsetByDay = new Float64Array(CACHED_DAYS).fill(Number.NaN);

  const offsetInHour = (instant: number): number => {
    const hour = Math.floor(instant / HOUR_MS);
    const cached = offsetByHour.get(hour);
    if (cached !== undefined) return cached;
    const atStart = computeOffset(formatter, hour * HOUR_MS);
    const atEnd = computeOffset(formatter, hour * HOUR_MS + HOUR_MS - 1000);
    if (atStart !== atEnd) return computeOffset(formatter, instant);
    if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear();
    offsetByHour.set(hour, atStart);
    return atStart;
  };

  return (instant) => {
    const index = Math.floor(instant / DAY_MS) - FIRST_CACHED_DAY;
    if (index < 0 || index >= CACHED_DAYS) return offsetInHour(instant);
    const known = offsetByDay[index]!;
    if (!Number.isNaN(known) && known !== MIXED_DAY) return known;
    if (known === MIXED_DAY) return offsetInHour(instant);
    const dayStart = (index + FIRST_CACHED_DAY) * DAY_MS;
    const atStart = computeOffset(formatter, dayStart);
    const atEnd = computeOffset(formatter, dayStart + DAY_MS - 1000);
    offsetByDay[index] = atStart === atEnd ? atStart : MIXED_DAY;
    return atStart === atEnd ? atStart : offsetInHour(instant);
  };
}

const lookups = new Map<string, (instant: number) => number>();

/** The shared offset lookup of a zone (one cache per zone, however many calendars use it). */
export function getOffsetLookup(timeZone: string): (instant: number) => number {
  let lookup = lookups.get(timeZone);
  if (!lookup) {
    lookup = createOffsetLookup(timeZone);
    lookups.set(timeZone, lookup);
  }
  return lookup;
}

/** Offset of `timeZone` at `instant` in ms (Istanbul: +3 h; New York: −5 h or −4 h). */
export function getOffsetMs(timeZone: string, instant: number): number {
  return getOffsetLookup(timeZone)(instant);
}

/** Local wall time of `instant` as ms since 1970-01-01T00:00 local. */
export function toWallMs(timeZone: string, instant: number): number {
  return instant + getOffsetMs(timeZone, instant);
}

/** Local day number (days since 1970-01-01) of `instant`. */
export function localDayNumber(timeZone: string, instant: number): number {
  return Math.floor(toWallMs(timeZone, instant) / DAY_MS);
}

/**
 * The instant of a local wall time, resolved like Temporal's 'compatible': a time skipped by a
 * spring-forward gap moves later by the gap's length (02:30 → 03:30 in New York), and a time
 * repeated by a fall-back fold takes the earlier instant.
 */
export function wallToInstant(timeZone: string, wallMs: number): number {
  const before = getOffsetMs(timeZone, wallMs - DAY_MS);
  const after = getOffsetMs(timeZone, wallMs + DAY_MS);
  if (before === after) return wallMs - before;
  const early = wallMs - before;
  const late = wallMs - after;
  const earlyValid = getOffsetMs(timeZone, early) === before;
  const lateValid = getOffsetMs(timeZone, late) === after;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  return early;
}
