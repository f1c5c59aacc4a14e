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

/** Minutes from the local midnight of the frame's day (negative or past 1440 on other days). */
export function minutesOfDay(iso: string, frame: Pick<DayFrame, 'date' | 'timeZone'>): number {
  const midnight = dayjs.tz(frame.date, frame.timeZone);
  return Math.round(dayjs(iso).diff(midnight, 'minute', true));
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

/** `10:00` of an instant on the zone's wall clock. */
export function wallClock(iso: string, timeZone: string): string {
  return dayjs(iso).tz(timeZone).format('HH:mm');
}

/** An instant on the zone's wall clock in a dayjs format (`DD.MM HH:mm`). */
export function formatIn(iso: string, timeZone: string, format: string): string {
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
