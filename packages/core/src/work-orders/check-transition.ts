import type { Permission } from '../access/index.ts';
import { isFinishedPhase, isWaitingPhase, MAIN_PHASES, type Phase } from './phases.ts';
import { TRANSITIONS } from './transition-table.ts';

/** What the rules need to know about a work order; the server reads it from its row. */
export interface WorkOrderState {
  phase: Phase;
  /** The phase a waiting order returns to; null unless the order is waiting. */
  resumePhase: Phase | null;
  /** Technician's diagnosis (teknisyen tespiti). */
  diagnosis: string | null;
  /** Work done (yapılan işler). */
  workDone: string | null;
  /** The customer's approval record (signature, QR confirmation or approved quote), if any. */
  approvalId: string | null;
}

/** Who is asking. The server fills `permissions` from the user's roles. */
export interface TransitionActor {
  permissions: ReadonlySet<Permission> | readonly Permission[];
}

export interface TransitionInput {
  /** Free text kept with the activity; required as the reason when cancelling or reopening. */
  note?: string | null;
}

export type TransitionFailureCode =
  | 'INVALID_TRANSITION'
  | 'FORBIDDEN'
  | 'APPROVAL_REQUIRED'
  | 'DIAGNOSIS_REQUIRED'
  | 'WORK_DONE_REQUIRED'
  | 'REASON_REQUIRED';

/** How a permitted move is classified, for the activity log and notifications. */
export type TransitionKind = 'advance' | 'back' | 'same_phase' | 'wait' | 'resume' | 'cancel' | 'reopen';

export interface TransitionSuccess {
  ok: true;
  from: Phase;
  to: Phase;
  kind: TransitionKind;
}

export interface TransitionFailure {
  ok: false;
  code: TransitionFailureCode;
  from: Phase;
  to: Phase;
  /** Phases this actor could move the order to instead (a note assumed where one is needed). */
  allowedTransitions: Phase[];
  /** For FORBIDDEN: a permission that would allow the move. */
  requiredPermission?: Permission;
}

export type TransitionCheck = TransitionSuccess | TransitionFailure;

const moveWorkPermissions: readonly Permission[] = ['work_order:update', 'work_order:work'];

/**
 * The permissions any one of which allows the move. Most moves are everyday work (desk staff
 * or technician); assigning, closing, cancelling and reopening are held back for the roles the
 * company gives them to (planner, final-check officer, manager).
 */
export function permissionsForMove(from: Phase, to: Phase): readonly Permission[] {
  if (isFinishedPhase(from) && from !== to) return ['work_order:reopen'];
  if (to === 'cancelled' && from !== to) return ['work_order:cancel'];
  if (to === 'closed' && from !== to) return ['work_order:final_check'];
  if (to === 'assignment' && from === 'planning') return ['work_order:assign'];
  return moveWorkPermissions;
}

/** Moves that must say why: cancelling, and reopening a closed or cancelled order. */
export function requiresReason(from: Phase, to: Phase): boolean {
  if (from === to) return false;
  return to === 'cancelled' || isFinishedPhase(from);
}

/** Every phase the table allows next, counting the way back out of waiting. */
export function candidateTargets(order: Pick<WorkOrderState, 'phase' | 'resumePhase'>): Phase[] {
  const targets = [...TRANSITIONS[order.phase]];
  if (isWaitingPhase(order.phase) && order.resumePhase && !targets.includes(order.resumePhase)) {
    targets.unshift(order.resumePhase);
  }
  return targets;
}

function holdsAny(actor: TransitionActor, wanted: readonly Permission[]): boolean {
  const held: ReadonlySet<Permission> =
    actor.permissions instanceof Set ? actor.permissions : new Set(actor.permissions);
  return wanted.some((permission) => held.has(permission));
}

function isBlank(text: string | null | undefined): boolean {
  return text == null || text.trim() === '';
}

/** The record guards: what must be on the order before it may enter `to` from its phase. */
function findMissingRecord(order: WorkOrderState, to: Phase): TransitionFailureCode | null {
  if (order.phase === 'customer_approval' && to === 'final_check' && order.approvalId == null) {
    return 'APPROVAL_REQUIRED';
  }
  if ((to === 'final_check' || to === 'closed') && order.phase !== to) {
    if (isBlank(order.diagnosis)) return 'DIAGNOSIS_REQUIRED';
    if (isBlank(order.workDone)) return 'WORK_DONE_REQUIRED';
  }
  return null;
}

/** Every failure that does not depend on the request body (the note). */
function findStandingFailure(
  order: WorkOrderState,
  to: Phase,
  actor: TransitionActor,
): Omit<TransitionFailure, 'allowedTransitions' | 'from' | 'to' | 'ok'> | null {
  if (to !== order.phase && !candidateTargets(order).includes(to)) return { code: 'INVALID_TRANSITION' };
  const needed = permissionsForMove(order.phase, to);
  if (!holdsAny(actor, needed)) return { code: 'FORBIDDEN', requiredPermission: needed[0] as Permission };
  const missing = findMissingRecord(order, to);
  return missing ? { code: missing } : null;
}

/**
 * The phases this actor may move the order to now, given what is recorded on it. Moves that
 * need a reason are included (the caller can supply one). The current phase is not included.
 */
export function allowedTransitions(order: WorkOrderState, actor: TransitionActor): Phase[] {
  return candidateTargets(order).filter((to) => findStandingFailure(order, to, actor) === null);
}

/** Position on the main line, -1 for waiting and cancelled. */
function mainLineIndex(phase: Phase): number {
  return (MAIN_PHASES as readonly Phase[]).indexOf(phase);
}

function classifyMove(order: WorkOrderState, to: Phase): TransitionKind {
  if (to === order.phase) return 'same_phase';
  if (isFinishedPhase(order.phase)) return 'reopen';
  if (to === 'cancelled') return 'cancel';
  if (isWaitingPhase(to)) return 'wait';
  if (isWaitingPhase(order.phase)) return 'resume';
  return mainLineIndex(to) > mainLineIndex(order.phase) ? 'advance' : 'back';
}

/**
 * Whether the actor may move the order to `to` with this input. A move within one phase (from
 * one company status to another of the same phase) is always a valid transition.
 * Checks run in a fixed order — table, permission, records, reason — and the first failure wins.
 */
export function checkTransition(
  order: WorkOrderState,
  to: Phase,
  actor: TransitionActor,
  input: TransitionInput = {},
): TransitionCheck {
  const standing = findStandingFailure(order, to, actor);
  const failure =
    standing ??
    (requiresReason(order.phase, to) && isBlank(input.note) ? { code: 'REASON_REQUIRED' as const } : null);
  if (failure) {
    return {
      ok: false,
      from: order.phase,
      to,
      allowedTransitions: allowedTransitions(order, actor),
      ...failure,
    };
  }
  return { ok: true, from: order.phase, to, kind: classifyMove(order, to) };
}

const approvalPhaseIndex = mainLineIndex('customer_approval');

/**
 * The order's state after a permitted move (call `checkTransition` first). Besides the phase:
 * entering waiting remembers where to resume; going back to work before customer approval, or
 * reopening, voids the approval, because the customer approved work that is now being redone.
 */
export function applyTransition(order: WorkOrderState, to: Phase): WorkOrderState {
  if (to === order.phase) return order;
  let resumePhase: Phase | null = null;
  if (isWaitingPhase(to)) resumePhase = isWaitingPhase(order.phase) ? order.resumePhase : order.phase;
  const mainIndex = mainLineIndex(to);
  const voidsApproval = mainIndex !== -1 && mainIndex < approvalPhaseIndex;
  return {
    ...order,
    phase: to,
    resumePhase,
    approvalId: voidsApproval || to === 'cancelled' ? null : order.approvalId,
  };
}
