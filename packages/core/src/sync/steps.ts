import {
  candidateTargets,
  checkTransition,
  type TransitionActor,
  type WorkOrderState,
} from '../work-orders/index.ts';
import { isFinishedPhase, type Phase } from '../work-orders/phases.ts';

/** The lifecycle steps a technician reports from the field app. */
export const FIELD_STEPS = ['en_route', 'arrived', 'work_started', 'work_finished'] as const;
export type FieldStep = (typeof FIELD_STEPS)[number];

/**
 * Where each step takes the order. `work_started` changes no phase (the technician is already on
 * site); it marks the start of labour. `work_finished` hands the order to customer approval.
 */
export const STEP_TARGET: Readonly<Record<FieldStep, Phase | null>> = {
  en_route: 'en_route',
  arrived: 'on_site',
  work_started: null,
  work_finished: 'customer_approval',
};

/** Phases in which a step is already done: sending it again changes nothing. */
const STEP_DONE_IN: Readonly<Record<FieldStep, readonly Phase[]>> = {
  en_route: ['en_route'],
  arrived: ['on_site', 'parts_labour'],
  work_started: [],
  work_finished: ['customer_approval', 'final_check', 'closed'],
};

/** Phases where labour can start. */
const WORK_PHASES: readonly Phase[] = ['on_site', 'parts_labour'];

export type StepDecision =
  | { ok: true; to: Phase | null; noop: boolean }
  | { ok: false; code: 'STATUS_NOT_ALLOWED' | 'ORDER_FINISHED' };

/**
 * Whether the technician may report `step` on an order in this state. A step already done is
 * accepted as a no-op (the office may have moved the order there first); a step the lifecycle no
 * longer allows — typically because the office cancelled the order meanwhile — is refused.
 */
export function decideStep(order: WorkOrderState, step: FieldStep, actor: TransitionActor): StepDecision {
  if (STEP_DONE_IN[step].includes(order.phase)) return { ok: true, to: null, noop: true };
  if (isFinishedPhase(order.phase)) return { ok: false, code: 'ORDER_FINISHED' };
  const to = STEP_TARGET[step];
  if (to === null) {
    return WORK_PHASES.includes(order.phase)
      ? { ok: true, to: null, noop: false }
      : { ok: false, code: 'STATUS_NOT_ALLOWED' };
  }
  const check = checkTransition(order, to, actor);
  return check.ok ? { ok: true, to, noop: false } : { ok: false, code: 'STATUS_NOT_ALLOWED' };
}

/** The steps the technician may report next, for the phone's buttons. */
export function nextSteps(order: WorkOrderState, actor: TransitionActor): FieldStep[] {
  if (isFinishedPhase(order.phase)) return [];
  const targets = new Set(candidateTargets(order));
  return FIELD_STEPS.filter((step) => {
    const decision = decideStep(order, step, actor);
    if (!decision.ok || decision.noop) return false;
    return decision.to === null || targets.has(decision.to);
  });
}

export interface LabourTimes {
  arrivedAt?: number | null;
  workStartedAt?: number | null;
  workFinishedAt?: number | null;
}

/**
 * Labour from the step events: from work started (or arrival, when start was not reported) to
 * work finished, in whole minutes rounded up. Null when there is no start or the clock ran
 * backwards (a phone clock set wrong): then the technician enters it by hand.
 */
export function labourFrom(
  times: LabourTimes,
): { startedAt: number; endedAt: number; minutes: number } | null {
  const start = times.workStartedAt ?? times.arrivedAt ?? null;
  const end = times.workFinishedAt ?? null;
  if (start === null || end === null || end < start) return null;
  return { startedAt: start, endedAt: end, minutes: Math.ceil((end - start) / 60_000) };
}
