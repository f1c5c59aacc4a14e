/**
 * Turns the order's events into a timeline of clock modes: from received-at to `now`, one entry
 * per stretch in the same phase/status, each with what the clock does there and why.
 */
import type { ClockMode, Priority, SlaEvent, SlaPolicy } from './types.ts';

export interface ClockSegment {
  start: number;
  end: number;
  clock: ClockMode;
  phase: string;
  status?: string;
}

export interface OrderHistory {
  receivedAt: number;
  priority: Priority;
  priorityChanges: { at: number; priority: Priority }[];
  policyChanges: { at: number; policyId: string }[];
  segments: ClockSegment[];
  firstResponseCandidates: { at: number; kind: 'customer-reply' | 'assignment' }[];
}

export const INITIAL_PHASE = 'intake';

export function clockModeOf(policy: SlaPolicy, phase: string, status: string | undefined): ClockMode {
  if (status !== undefined) {
    const byStatus = policy.clockByStatus?.[status];
    if (byStatus) return byStatus;
  }
  return policy.clockByPhase[phase] ?? 'running';
}

/** Stable sort by time, so same-instant events keep the order the log recorded them in. */
function sortByTime(events: readonly SlaEvent[]): readonly SlaEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (events[i]!.at < events[i - 1]!.at) return [...events].sort((a, b) => a.at - b.at);
  }
  return events;
}

/** Returns undefined when there is no `received` event at or before `now`. */
export function readHistory(
  events: readonly SlaEvent[],
  policy: SlaPolicy,
  now: number,
): OrderHistory | undefined {
  const sorted = sortByTime(events);
  let received: Extract<SlaEvent, { type: 'received' }> | undefined;
  for (const event of sorted) if (event.type === 'received' && event.at <= now) received = event;
  if (!received) return undefined;

  const receivedAt = received.at;
  let phase = received.phase ?? INITIAL_PHASE;
  let status = received.status;
  let priority = received.priority;
  const priorityChanges: OrderHistory['priorityChanges'] = [];
  const policyChanges: OrderHistory['policyChanges'] = [];
  const firstResponseCandidates: OrderHistory['firstResponseCandidates'] = [];
  const segments: ClockSegment[] = [];
  let segmentStart = receivedAt;

  for (const event of sorted) {
    if (event.at > now) break;
    switch (event.type) {
      case 'status-changed':
        // A status recorded before received-at (an import) sets the starting phase.
        if (event.at > segmentStart) {
          segments.push({
            start: segmentStart,
            end: event.at,
            clock: clockModeOf(policy, phase, status),
            phase,
            status,
          });
          segmentStart = event.at;
        }
        phase = event.phase;
        status = event.status;
        break;
      case 'priority-changed':
        priority = event.priority;
        priorityChanges.push({ at: event.at, priority: event.priority });
        break;
      case 'replied':
        if (event.customerVisible) firstResponseCandidates.push({ at: event.at, kind: 'customer-reply' });
        break;
      case 'assigned':
        firstResponseCandidates.push({ at: event.at, kind: 'assignment' });
        break;
      case 'policy-changed':
        policyChanges.push({ at: event.at, policyId: event.policyId });
        break;
      default:
        break;
    }
  }
  segments.push({ start: segmentStart, end: now, clock: clockModeOf(policy, phase, status), phase, status });
  return { receivedAt, priority, priorityChanges, policyChanges, segments, firstResponseCandidates };
}
