import type { Permission } from '../access/index.ts';
import type { TransitionActor } from './check-transition.ts';
import { isFinishedPhase, type Phase } from './phases.ts';

/** What merging needs to know about each order. */
export interface MergeCandidate {
  id: string;
  customerId: string;
  phase: Phase;
  /** Set once the order has itself been merged into another. */
  mergedIntoId: string | null;
}

export type MergeFailureCode =
  | 'FORBIDDEN'
  | 'MERGE_INTO_SELF'
  | 'ALREADY_MERGED'
  | 'SURVIVOR_MERGED'
  | 'DUPLICATE_FINISHED'
  | 'SURVIVOR_FINISHED'
  | 'CUSTOMER_MISMATCH';

export type MergeCheck = { ok: true } | { ok: false; code: MergeFailureCode };

export const MERGE_PERMISSION: Permission = 'work_order:merge';

/**
 * Whether `duplicate` may be merged into `survivor`. The duplicate then ends cancelled with
 * `mergedIntoId` set (its activities, attachments and links move to the survivor); both must
 * still be open, so a finished order's history is never rewritten. Orders of different customers
 * are never duplicates of each other.
 */
export function checkMerge(
  duplicate: MergeCandidate,
  survivor: MergeCandidate,
  actor: TransitionActor,
): MergeCheck {
  const held = actor.permissions instanceof Set ? actor.permissions : new Set(actor.permissions);
  if (!held.has(MERGE_PERMISSION)) return { ok: false, code: 'FORBIDDEN' };
  if (duplicate.id === survivor.id) return { ok: false, code: 'MERGE_INTO_SELF' };
  if (duplicate.mergedIntoId !== null) return { ok: false, code: 'ALREADY_MERGED' };
  if (survivor.mergedIntoId !== null) return { ok: false, code: 'SURVIVOR_MERGED' };
  if (isFinishedPhase(duplicate.phase)) return { ok: false, code: 'DUPLICATE_FINISHED' };
  if (isFinishedPhase(survivor.phase)) return { ok: false, code: 'SURVIVOR_FINISHED' };
  if (duplicate.customerId !== survivor.customerId) return { ok: false, code: 'CUSTOMER_MISMATCH' };
  return { ok: true };
}
