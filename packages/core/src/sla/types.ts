/**
 * SLA policies, order events and the computed SLA state. Instants are epoch milliseconds
 * (UTC numbers) and durations are milliseconds of working time on the order's calendar.
 * Everything here is plain data: the server stores policies and the computed state as JSON.
 */

export type Priority = 'P1' | 'P2' | 'P3' | 'P4';
export const PRIORITIES: readonly Priority[] = ['P1', 'P2', 'P3', 'P4'];

/** Minutes and hours count working time only; business days follow `addBusinessDays`. */
export type TargetUnit = 'minutes' | 'hours' | 'businessDays';

export interface SlaTarget {
  amount: number;
  unit: TargetUnit;
}

export type SlaMetric = 'firstResponse' | 'resolution';

export interface PriorityTargets {
  firstResponse?: SlaTarget;
  resolution?: SlaTarget;
}

/** What the clock does while an order is in a phase or status. */
export type ClockMode = 'running' | 'paused' | 'stopped';

/** Events that can meet first response: a customer-visible reply, an assignment. */
export type FirstResponseTrigger = 'customer-reply' | 'assignment';

export type EscalationAction =
  /** `recipient` is a role of the order's team ('team-lead', 'manager') or 'user:<id>'. */
  | { type: 'notify'; recipient: string }
  | { type: 'raise-priority'; levels: number }
  /** No `teamId`: the next level of the team's escalation chain (the server knows it). */
  | { type: 'reassign-team'; teamId?: string }
  | { type: 'add-watcher'; watcher: string };

export interface EscalationRule {
  /** Stable id; the server records fired rule ids per order (the "warned" flags). */
  id: string;
  metric: SlaMetric;
  /** Share of the target used, in percent: 75 warns, 100 is the breach. */
  atPercent: number;
  actions: readonly EscalationAction[];
  /** Hold the rule until the calendar's next working moment (no mails at midnight). */
  waitForWorkingHours: boolean;
}

export interface SlaPolicy {
  id: string;
  name: string;
  targets: Partial<Record<Priority, PriorityTargets>>;
  firstResponseMetBy: readonly FirstResponseTrigger[];
  /** Entering any of these phases meets resolution; leaving them all again is a reopen. */
  resolvedPhases: readonly string[];
  /** Clock per lifecycle phase; a phase not listed runs the clock. */
  clockByPhase: Readonly<Record<string, ClockMode>>;
  /** Company statuses that differ from their phase (a status id wins over its phase). */
  clockByStatus?: Readonly<Record<string, ClockMode>>;
  escalationRules: readonly EscalationRule[];
}

/**
 * The order's event log as the SLA engine reads it. `received` may lie in the past (an
 * integration imports an order); the last `received` event wins and its priority is the initial
 * one, which `priority-changed` events then replace in time order. `policy-changed` only records
 * the change for the user: the policy passed to `slaState` is the one in force (the server
 * resolves contract over default). Events after `now` are ignored.
 */
export type SlaEvent =
  | { type: 'received'; at: number; priority: Priority; phase?: string; status?: string }
  | { type: 'status-changed'; at: number; phase: string; status?: string }
  | { type: 'replied'; at: number; customerVisible: boolean }
  | { type: 'assigned'; at: number }
  | { type: 'priority-changed'; at: number; priority: Priority }
  | { type: 'policy-changed'; at: number; policyId: string };

export interface TargetState {
  metric: SlaMetric;
  target: SlaTarget;
  /** The target as working time in ms (business days converted from the clock start). */
  targetMs: number;
  usedMs: number;
  /** targetMs − usedMs; negative once breached. */
  remainingMs: number;
  percentUsed: number;
  /**
   * When the target is (or was) reached: in the past once breached, projected while the clock
   * runs, null while it is paused or stopped before reaching it (nothing counts down).
   */
  dueAt: number | null;
  metAt: number | null;
  breached: boolean;
  status: 'pending' | 'met' | 'breached';
}

export interface SlaTimelineEntry {
  start: number;
  /** null: still open at `now`. */
  end: number | null;
  clock: ClockMode;
  /** Why the clock is in this mode: the phase and status the order was in. */
  phase: string;
  status?: string;
  /** Working time counted in this entry (0 for paused and stopped ones). */
  businessTimeMs: number;
}

export interface EscalationThreshold {
  ruleId: string;
  metric: SlaMetric;
  atPercent: number;
  /** When the threshold is crossed; null while unknown (paused) or never (target met first). */
  reachedAt: number | null;
  /** reachedAt, or the next working moment after it when the rule waits for working hours. */
  fireAt: number | null;
}

export interface SlaState {
  policyId: string;
  priority: Priority;
  receivedAt: number;
  /** First working moment at or after receivedAt. */
  clockStartedAt: number;
  clock: ClockMode;
  phase: string;
  status?: string;
  businessTimeUsedMs: number;
  firstResponse: TargetState | null;
  resolution: TargetState | null;
  /** Earliest dueAt among pending targets: the "due soonest" sort key. */
  nextDueAt: number | null;
  breached: boolean;
  pausedIntervals: { start: number; end: number | null; phase: string; status?: string }[];
  priorityChanges: { at: number; priority: Priority }[];
  policyChanges: { at: number; policyId: string }[];
  timeline: SlaTimelineEntry[];
  escalations: EscalationThreshold[];
  computedAt: number;
}
