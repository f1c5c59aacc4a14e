import type { WorkOrderListSla, WorkOrderSla } from '@usta/contracts/sla';

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
  /** Working time left on the target shown (negative once late); null when unknown. */
  remainingMs: number | null;
  /** When the target shown is (or was) due, ISO with offset; the badge counts down to it. */
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

const SUMMARY_TONE: Record<WorkOrderListSla['state'], SlaTone> = {
  on_track: 'ok',
  warning: 'warned',
  breached: 'breached',
  paused: 'paused',
  met: 'met',
  stopped: 'met',
};

/** The badge of a list row, from the summary the server stores per order (no recomputation). */
export function badgeOfSummary(summary: WorkOrderListSla): SlaBadgeData {
  const tone = summary.closedOutcome === 'breached' ? 'breached' : SUMMARY_TONE[summary.state];
  // An open order past its target has nothing pending: it counts from the missed due time. A
  // closed one that missed says so without a count.
  const missed = [summary.responseDueAt, summary.resolutionDueAt]
    .filter((at): at is string => at !== null)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const dueAt = summary.nextDueAt ?? (summary.state === 'breached' ? (missed ?? null) : null);
  const metric = dueAt === null ? null : dueAt === summary.responseDueAt ? 'firstResponse' : 'resolution';
  return {
    tone,
    remainingMs: null,
    dueAt: tone === 'met' ? null : dueAt,
    metric,
    percentUsed: summary.percentUsed,
  };
}

/**
 * What the badge says at `now`: wall-clock time to the due time (or past it), so the list and
 * the detail agree and both tick; a paused clock has no due time and shows the working time left.
 */
export function badgeCountdown(
  data: SlaBadgeData,
  now: number,
): { kind: 'left' | 'late'; ms: number } | { kind: 'paused'; ms: number | null } | { kind: 'done' } {
  if (data.tone === 'met') return { kind: 'done' };
  if (data.tone === 'paused') return { kind: 'paused', ms: data.remainingMs };
  if (data.dueAt === null) {
    return data.tone === 'breached' ? { kind: 'late', ms: 0 } : { kind: 'paused', ms: data.remainingMs };
  }
  const diff = Date.parse(data.dueAt) - now;
  return diff >= 0 ? { kind: 'left', ms: diff } : { kind: 'late', ms: -diff };
}

export interface DurationWords {
  days?: (count: number) => string;
  hours: (count: number) => string;
  minutes: (count: number) => string;
}

/**
 * A length of time as a badge says it: minutes under an hour, hours and minutes under ten hours,
 * whole hours up to a day, then days and hours (when the words for days are given).
 */
export function formatDuration(ms: number, words: DurationWords): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours >= 24 && words.days) {
    const days = Math.floor(hours / 24);
    const rest = hours % 24;
    return rest === 0 ? words.days(days) : `${words.days(days)} ${words.hours(rest)}`;
  }
  if (hours >= 10) return words.hours(minutes >= 30 ? hours + 1 : hours);
  if (hours === 0) return words.minutes(minutes);
  if (minutes === 0) return words.hours(hours);
  return `${words.hours(hours)} ${words.minutes(minutes)}`;
}

/** Where an instant falls on a span, in percent (clamped), for drawing the timeline bar. */
export function positionOf(instant: number, from: number, to: number): number {
  if (to <= from) return 0;
  return Math.min(100, Math.max(0, ((instant - from) / (to - from)) * 100));
}
