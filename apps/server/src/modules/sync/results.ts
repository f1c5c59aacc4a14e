import type { FieldConflict, SyncCommandResult, SyncRejectionCode } from '@usta/contracts/sync';
import { type FieldOutcome, REJECTION_TEXTS } from '@usta/core/sync';

export function rejected(
  commandId: string | null,
  code: SyncRejectionCode,
  extra: { path?: string; currentStatus?: string; newVersion?: number | null } = {},
): SyncCommandResult {
  const texts = REJECTION_TEXTS[code];
  return {
    commandId,
    status: 'rejected',
    original: null,
    reason: {
      code,
      message: texts.message,
      action: texts.action,
      ...(extra.path !== undefined ? { path: extra.path } : {}),
      ...(extra.currentStatus !== undefined ? { currentStatus: extra.currentStatus } : {}),
    },
    retryable: code === 'INTERNAL_ERROR',
    conflicts: [],
    newVersion: extra.newVersion ?? null,
    processedAt: new Date().toISOString(),
  };
}

export function applied(
  commandId: string,
  newVersion: number | null,
  conflicts: FieldConflict[],
): SyncCommandResult {
  return {
    commandId,
    status: 'applied',
    original: null,
    reason: null,
    retryable: false,
    conflicts,
    newVersion,
    processedAt: new Date().toISOString(),
  };
}

/** A replay: the first answer, marked as a duplicate. */
export function duplicateOf(stored: SyncCommandResult): SyncCommandResult {
  return {
    ...stored,
    status: 'duplicate',
    original: stored.status === 'duplicate' ? stored.original : stored.status,
  };
}

export function toConflicts(outcomes: readonly FieldOutcome[]): FieldConflict[] {
  return outcomes.flatMap((outcome) =>
    outcome.conflict
      ? [
          {
            field: outcome.field,
            yours: outcome.conflict.yours,
            theirs: outcome.conflict.theirs,
            winner: outcome.conflict.winner,
            officeChangedAt: new Date(outcome.conflict.officeChangedAt).toISOString(),
          },
        ]
      : [],
  );
}
