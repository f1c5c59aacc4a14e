/**
 * OLA targets for internal teams (the warehouse ships a part within 1 business day) on the same
 * engine: a task's events are read as a one-target SLA whose resolution is the task's completion.
 */
import type { Calendar } from '../calendar/types.ts';
import { slaState } from './sla-state.ts';
import type {
  EscalationRule,
  SlaEvent,
  SlaPolicy,
  SlaTarget,
  SlaTimelineEntry,
  TargetState,
} from './types.ts';

export type OlaEvent =
  | { type: 'started'; at: number }
  | { type: 'paused'; at: number; reason?: string }
  | { type: 'resumed'; at: number }
  | { type: 'completed'; at: number }
  | { type: 'reopened'; at: number };

export interface OlaState {
  target: TargetState;
  timeline: SlaTimelineEntry[];
  nextDueAt: number | null;
}

const policies = new Map<string, SlaPolicy>();

function olaPolicy(target: SlaTarget, escalationRules: readonly EscalationRule[]): SlaPolicy {
  const key = `${target.amount}/${target.unit}`;
  const cached = escalationRules.length === 0 ? policies.get(key) : undefined;
  if (cached) return cached;
  const policy: SlaPolicy = {
    id: `ola:${key}`,
    name: 'OLA',
    targets: { P1: { resolution: target } },
    firstResponseMetBy: [],
    resolvedPhases: ['done'],
    clockByPhase: { paused: 'paused', done: 'stopped' },
    escalationRules,
  };
  if (escalationRules.length === 0) policies.set(key, policy);
  return policy;
}

function toSlaEvent(event: OlaEvent): SlaEvent {
  switch (event.type) {
    case 'started':
      return { type: 'received', at: event.at, priority: 'P1', phase: 'working' };
    case 'paused':
      return {
        type: 'status-changed',
        at: event.at,
        phase: 'paused',
        ...(event.reason ? { status: event.reason } : {}),
      };
    case 'completed':
      return { type: 'status-changed', at: event.at, phase: 'done' };
    case 'resumed':
    case 'reopened':
      return { type: 'status-changed', at: event.at, phase: 'working' };
  }
}

export function olaState(
  events: readonly OlaEvent[],
  target: SlaTarget,
  calendar: Calendar,
  now: number,
  escalationRules: readonly EscalationRule[] = [],
): OlaState {
  const state = slaState(events.map(toSlaEvent), olaPolicy(target, escalationRules), calendar, now);
  return { target: state.resolution!, timeline: state.timeline, nextDueAt: state.nextDueAt };
}
