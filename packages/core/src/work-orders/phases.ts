/**
 * The fixed phases of a work order. Companies name their own statuses, but every status maps to
 * one of these phases, and the rules (who may move an order where, what must be recorded first)
 * are written against phases only. That keeps the rules the same for every company.
 */
export const MAIN_PHASES = [
  'intake',
  'pre_inspection',
  'planning',
  'assignment',
  'en_route',
  'on_site',
  'parts_labour',
  'customer_approval',
  'final_check',
  'closed',
] as const;

/** Phases an order can sit in outside the main line; waiting ones resume where they left. */
export const SIDE_PHASES = ['waiting_customer', 'waiting_parts', 'cancelled'] as const;

export const PHASES = [...MAIN_PHASES, ...SIDE_PHASES] as const;

export type Phase = (typeof PHASES)[number];

export const WAITING_PHASES = ['waiting_customer', 'waiting_parts'] as const satisfies readonly Phase[];
export type WaitingPhase = (typeof WAITING_PHASES)[number];

/** Phases where work is over; leaving them is a reopening, which needs its own permission. */
export const FINISHED_PHASES = ['closed', 'cancelled'] as const satisfies readonly Phase[];
export type FinishedPhase = (typeof FINISHED_PHASES)[number];

export function isPhase(value: string): value is Phase {
  return (PHASES as readonly string[]).includes(value);
}

export function isWaitingPhase(phase: Phase): phase is WaitingPhase {
  return (WAITING_PHASES as readonly Phase[]).includes(phase);
}

export function isFinishedPhase(phase: Phase): phase is FinishedPhase {
  return (FINISHED_PHASES as readonly Phase[]).includes(phase);
}

/** Open orders count for SLA clocks, workload and dashboards. */
export function isOpenPhase(phase: Phase): boolean {
  return !isFinishedPhase(phase);
}
