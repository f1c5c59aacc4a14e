import type { WorkOrderSla } from '@usta/contracts/sla';

/**
 * How an SLA looks on a badge. `ok` counts down in green, `warned` has used most of its target
 * (the first warning rule, 75 % by default), `breached` is late, `paused` waits with the clock
 * held, `met` is done (every target met, or the clock stopped for good).
 */
export type SlaTone = 'ok' | 'warned' | 'breached' | 'paused' | 'met';

export const TONE_COLOUR: Record<SlaTone, string> = {
  ok: 'green',
  warned: 'orange',
  breached: 'red',
  paused: 'gray',
  met: 'gray',
};

/** What a badge needs, whether it comes from the detail's SLA or a list row's stored summary. */
export interface SlaBadgeData {
  tone: SlaTone;
  /** Working time left on the target shown; negative once late; null when nothing counts down. */
  remainingMs: number | null;
  /** When the target shown is (or was) due, ISO with offset. */
  dueAt: string | null;
  metric: 'firstResponse' | 'resolution' | null;
  percentUsed: number | null;
}

export const WARN_PERCENT = 75;

type Target = NonNullable<WorkOrderSla['firstResponse']>;

/** The target that matters now: a pending first response, else the resolution. */
export function currentTarget(sla: Pick<WorkOrderSla, 'firstResponse' | 'resolution'>): Target | null {
  const pending = [sla.firstResponse, sla.resolution].filter(
    (t): t is Target => t !== null && t.status !== 'met',
  );
  // A breached first response stays the headline until it is answered.
  return pending[0] ?? null;
}

/** The badge of an order's computed SLA (`GET /work-orders/{id}/sla`); null: no targets, no badge. */
export function badgeOfSla(sla: WorkOrderSla, warnPercent = WARN_PERCENT): SlaBadgeData | null {
  if (sla.firstResponse === null && sla.resolution === null) return null;
  const target = currentTarget(sla);
  if (!target) {
    return { tone: 'met', remainingMs: null, dueAt: null, metric: null, percentUsed: null };
  }
  const base = {
    remainingMs: target.remainingMs,
    dueAt: target.dueAt,
    metric: target.metric,
    percentUsed: target.percentUsed,
  };
  if (target.breached || target.status === 'breached') return { tone: 'breached', ...base };
  if (sla.clock === 'stopped') return { tone: 'met', ...base };
  if (sla.clock === 'paused') return { tone: 'paused', ...base };
  return { tone: target.percentUsed >= warnPercent ? 'warned' : 'ok', ...base };
}

export interface DurationParts {
  hours: number;
  minutes: number;
}

/**
 * A length of working time as the badge says it: minutes under an hour, hours and minutes under
 * ten hours, whole hours beyond (working time is not counted in days: a day has 8.5 hours).
 */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours >= 10) return { hours: minutes >= 30 ? hours + 1 : hours, minutes: 0 };
  return { hours, minutes };
}

export interface DurationWords {
  hours: (count: number) => string;
  minutes: (count: number) => string;
}

export function formatDuration(ms: number, words: DurationWords): string {
  const { hours, minutes } = durationParts(ms);
  if (hours === 0) return words.minutes(minutes);
  if (minutes === 0) return words.hours(hours);
  return `${words.hours(hours)} ${words.minutes(minutes)}`;
}

/** Where an instant falls on a span, in percent (clamped), for drawing the timeline bar. */
export function positionOf(instant: number, from: number, to: number): number {
  if (to <= from) return 0;
  return Math.min(100, Math.max(0, ((instant - from) / (to - from)) * 100));
}
