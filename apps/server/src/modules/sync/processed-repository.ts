import type { SyncCommandResult } from '@usta/contracts/sync';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { syncProcessedCommands } from './tables.ts';

/** Keys are kept at least this long (docs/field-sync.md); pruned a few days later. */
export const KEEP_DAYS = 30;
const PRUNE_AFTER_DAYS = KEEP_DAYS + 5;

export interface ClaimInput {
  organizationId: string;
  commandId: string;
  userId: string;
  deviceId: string;
  workOrderId: string | null;
  type: string;
}

/**
 * Claims a command id in the caller's transaction (insert first). A concurrent copy of the same
 * command waits on the key until this transaction ends, then finds it taken; a rolled-back
 * claim leaves the key free for the retry.
 */
export async function claimCommand(tx: Executor, input: ClaimInput): Promise<boolean> {
  const rows = await tx
    .insert(syncProcessedCommands)
    .values({ ...input, status: 'rejected', result: {} })
    .onConflictDoNothing()
    .returning({ commandId: syncProcessedCommands.commandId });
  return rows.length > 0;
}

export async function findProcessed(db: Executor, organizationId: string, commandId: string) {
  const [row] = await db
    .select()
    .from(syncProcessedCommands)
    .where(
      and(
        eq(syncProcessedCommands.organizationId, organizationId),
        eq(syncProcessedCommands.commandId, commandId),
      ),
    );
  return row ?? null;
}

export async function storeResult(
  tx: Executor,
  organizationId: string,
  commandId: string,
  result: SyncCommandResult,
): Promise<void> {
  await tx
    .update(syncProcessedCommands)
    .set({
      status: result.status === 'applied' ? 'applied' : 'rejected',
      result: result as unknown as Record<string, unknown>,
    })
    .where(
      and(
        eq(syncProcessedCommands.organizationId, organizationId),
        eq(syncProcessedCommands.commandId, commandId),
      ),
    );
}

/** Drops keys older than the retention (any organisation); returns how many. */
export async function pruneProcessed(db: Executor): Promise<number> {
  const rows = await db
    .delete(syncProcessedCommands)
    .where(lt(syncProcessedCommands.createdAt, sql`now() - make_interval(days => ${PRUNE_AFTER_DAYS})`))
    .returning({ commandId: syncProcessedCommands.commandId });
  return rows.length;
}
