/**
 * Slot search for one order in one technician's day: every gap between the day's visits where
 * the order fits (travel included), earliest start in each gap, with the travel it adds and how
 * late it would finish against the SLA due time.
 */
import { driveMinutes, type LatLng, roadKm } from './geo.ts';
import type { Span } from './visit-rules.ts';

export interface DayStop extends Span {
  id: string;
  location: LatLng | null;
}

export interface TechnicianDay {
  spans: readonly Span[];
  startLocation: LatLng | null;
  endLocation: LatLng | null;
  /** Active visits of the day in time order. */
  stops: readonly DayStop[];
}

export interface SlotRequest {
  location: LatLng | null;
  durationMs: number;
  dueAt: number | null;
  /** Nothing before this instant (now, for today). */
  notBefore: number;
  /** Starts are rounded up to this step (default 5 minutes). */
  stepMs?: number;
}

export interface SlotOption {
  start: number;
  end: number;
  addedKm: number;
  addedMinutes: number;
  latenessMinutes: number;
  afterId: string | null;
  beforeId: string | null;
}

const MINUTE = 60_000;

function km(a: LatLng | null, b: LatLng | null): number {
  return a && b ? roadKm(a, b) : 0;
}

export function findSlots(day: TechnicianDay, request: SlotRequest): SlotOption[] {
  if (day.spans.length === 0) return [];
  const step = request.stepMs ?? 5 * MINUTE;
  const dayStart = Math.min(...day.spans.map((s) => s.start));
  const dayEnd = Math.max(...day.spans.map((s) => s.end));
  const stops = [...day.stops].sort((a, b) => a.start - b.start);
  const options: SlotOption[] = [];
  for (let gap = 0; gap <= stops.length; gap++) {
    const prev = gap > 0 ? stops[gap - 1]! : null;
    const next = gap < stops.length ? stops[gap]! : null;
    const from = prev ? prev.location : day.startLocation;
    const to = next ? next.location : (day.endLocation ?? day.startLocation);
    const kmIn = km(from, request.location);
    const kmOut = km(request.location, to);
    const travelIn = driveMinutes(kmIn) * MINUTE;
    const travelOut = driveMinutes(kmOut) * MINUTE;
    const earliest = Math.max((prev ? prev.end : dayStart) + travelIn, request.notBefore, dayStart);
    const latestEnd = (next ? next.start : dayEnd) - travelOut;
    const start = firstFit(day.spans, roundUp(earliest, step), request.durationMs, latestEnd, dayEnd, step);
    if (start === null) continue;
    const end = start + request.durationMs;
    const addedKm = Math.max(0, kmIn + kmOut - km(from, to));
    options.push({
      start,
      end,
      addedKm,
      addedMinutes: driveMinutes(addedKm),
      latenessMinutes: request.dueAt !== null && end > request.dueAt ? (end - request.dueAt) / MINUTE : 0,
      afterId: prev?.id ?? null,
      beforeId: next?.id ?? null,
    });
  }
  return options;
}

function roundUp(instant: number, step: number): number {
  return Math.ceil(instant / step) * step;
}

/** The first start ≥ earliest that begins in a working span and ends by latestEnd and the day's end. */
function firstFit(
  spans: readonly Span[],
  earliest: number,
  duration: number,
  latestEnd: number,
  dayEnd: number,
  step: number,
): number | null {
  const limit = Math.min(latestEnd, dayEnd);
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(roundUp(span.start, step), earliest);
    if (start >= span.end) continue;
    if (start + duration <= limit) return start;
    return null;
  }
  return null;
}

/** A customer-friendly window around a start: from the half hour at or before it, `length` long. */
export function promisedWindow(start: number, lengthMs: number): Span {
  const windowStart = Math.floor(start / (30 * MINUTE)) * 30 * MINUTE;
  return { start: windowStart, end: windowStart + lengthMs };
}

/** Lower is better: added driving minutes, lateness weighted ten times, a nudge towards earlier. */
export function slotScore(option: SlotOption, notBefore: number): number {
  return option.addedMinutes + option.latenessMinutes * 10 + ((option.start - notBefore) / MINUTE) * 0.02;
}
