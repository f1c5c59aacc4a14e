import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The hours a board shows: minutes from the local midnight of `date` in `timeZone`. */
export interface DayFrame {
  date: string;
  timeZone: string;
  startMin: number;
  endMin: number;
}

export const SNAP_MINUTES = 15;
const DEFAULT_START = 7 * 60;
const DEFAULT_END = 20 * 60;

// A board of 40 technicians reads a few thousand instants per render: zone arithmetic through
// dayjs.tz costs a formatToParts per call, so the day's midnight and the formatters are cached.
const midnights = new Map<string, number>();
function midnightOf(date: string, timeZone: string): number {
  const key = `${date}|${timeZone}`;
  let value = midnights.get(key);
  if (value === undefined) {
    value = dayjs.tz(date, timeZone).valueOf();
    midnights.set(key, value);
  }
  return value;
}

/** Minutes from the local midnight of the frame's day (negative or past 1440 on other days). */
export function minutesOfDay(iso: string, frame: Pick<DayFrame, 'date' | 'timeZone'>): number {
  return Math.round((Date.parse(iso) - midnightOf(frame.date, frame.timeZone)) / 60_000);
}

/** The instant at `minutes` past the local midnight, with the zone's offset (`…T10:15:00+03:00`). */
export function instantAt(frame: Pick<DayFrame, 'date' | 'timeZone'>, minutes: number): string {
  return dayjs
    .tz(frame.date, frame.timeZone)
    .add(minutes, 'minute')
    .tz(frame.timeZone)
    .format('YYYY-MM-DDTHH:mm:ssZ');
}

/** Today in the zone, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayjs(now).tz(timeZone).format('YYYY-MM-DD');
}

/**
 * 07:00–20:00 unless a shift or a visit reaches beyond; whole hours so the grid lines up.
 */
export function frameFor(
  date: string,
  timeZone: string,
  spans: ReadonlyArray<{ start: string; end: string }>,
): DayFrame {
  let startMin = DEFAULT_START;
  let endMin = DEFAULT_END;
  for (const span of spans) {
    startMin = Math.min(startMin, minutesOfDay(span.start, { date, timeZone }));
    endMin = Math.max(endMin, minutesOfDay(span.end, { date, timeZone }));
  }
  startMin = Math.max(0, Math.floor(startMin / 60) * 60);
  endMin = Math.min(24 * 60, Math.ceil(endMin / 60) * 60);
  return { date, timeZone, startMin, endMin };
}

/** Where on the track (0..100 %) a minute lies, clamped to the frame. */
export function percentOf(frame: DayFrame, minutes: number): number {
  const clamped = Math.min(frame.endMin, Math.max(frame.startMin, minutes));
  return ((clamped - frame.startMin) / (frame.endMin - frame.startMin)) * 100;
}

/** The minute under a pointer `x` pixels into a track `width` wide, snapped to the grid. */
export function minuteAtPointer(frame: DayFrame, x: number, width: number, snap = SNAP_MINUTES): number {
  const ratio = width > 0 ? Math.min(1, Math.max(0, x / width)) : 0;
  const raw = frame.startMin + ratio * (frame.endMin - frame.startMin);
  return Math.round(raw / snap) * snap;
}

export function hoursOf(frame: DayFrame): number[] {
  const hours: number[] = [];
  for (let minute = frame.startMin; minute < frame.endMin; minute += 60) hours.push(minute / 60);
  return hours;
}

export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string, withDay: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withDay}`;
  let value = formatters.get(key);
  if (!value) {
    value = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(withDay ? { day: '2-digit', month: '2-digit' } : {}),
    });
    formatters.set(key, value);
  }
  return value;
}

/** `10:00` of an instant on the zone's wall clock. */
export function wallClock(iso: string, timeZone: string): string {
  return formatter(timeZone, false).format(new Date(iso));
}

/** An instant on the zone's wall clock in a dayjs format (`DD.MM HH:mm`). */
export function formatIn(iso: string, timeZone: string, format: string): string {
  if (format === 'HH:mm') return wallClock(iso, timeZone);
  if (format === 'DD.MM HH:mm') {
    const parts = formatter(timeZone, true).formatToParts(new Date(iso));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('day')}.${part('month')} ${part('hour')}:${part('minute')}`;
  }
  return dayjs(iso).tz(timeZone).format(format);
}

/** `YYYY-MM-DD` moved by whole days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
}

/** Monday..Sunday of the week holding `date`. */
export function weekOf(date: string): [string, string] {
  const day = dayjs.utc(date);
  const monday = day.subtract((day.day() + 6) % 7, 'day');
  return [monday.format('YYYY-MM-DD'), monday.add(6, 'day').format('YYYY-MM-DD')];
}
