import type { SyncCommandResult } from '@usta/contracts/sync';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
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
 * Records a command's result under its id, last thing in the command's transaction. A concurrent
 * copy of the same command waits on the key until the first commits, then finds it taken
 * (false): its transaction must roll back and answer the stored result.
 */
export async function insertProcessed(
  tx: Executor,
  input: ClaimInput,
  result: SyncCommandResult,
): Promise<boolean> {
  const rows = await tx
    .insert(syncProcessedCommands)
    .values({
      ...input,
      status: result.status === 'applied' ? 'applied' : 'rejected',
      result: result as unknown as Record<string, unknown>,
    })
    .onConflictDoNothing()
    .returning({ commandId: syncProcessedCommands.commandId });
  return rows.length > 0;
}

/**
 * Records the results of a run of commands in one statement, last thing in their transaction.
 * Returns how many keys were free; fewer than given means a copy committed meanwhile and the
 * transaction must roll back (the caller then applies the commands one by one).
 */
export async function insertProcessedMany(
  tx: Executor,
  entries: readonly { key: ClaimInput; result: SyncCommandResult }[],
): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = await tx
    .insert(syncProcessedCommands)
    .values(
      entries.map(({ key, result }) => ({
        ...key,
        status: result.status === 'applied' ? ('applied' as const) : ('rejected' as const),
        result: result as unknown as Record<string, unknown>,
      })),
    )
    .onConflictDoNothing()
    .returning({ commandId: syncProcessedCommands.commandId });
  return rows.length;
}

/** The stored results among these ids (one query for a whole batch). */
export async function findProcessedMany(db: Executor, organizationId: string, commandIds: string[]) {
  if (commandIds.length === 0) return [];
  return db
    .select()
    .from(syncProcessedCommands)
    .where(
      and(
        eq(syncProcessedCommands.organizationId, organizationId),
        inArray(syncProcessedCommands.commandId, commandIds),
      ),
    );
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

/** Drops keys older than the retention (any organisation); returns how many. */
export async function pruneProcessed(db: Executor): Promise<number> {
  const rows = await db
    .delete(syncProcessedCommands)
    .where(lt(syncProcessedCommands.createdAt, sql`now() - make_interval(days => ${PRUNE_AFTER_DAYS})`))
    .returning({ commandId: syncProcessedCommands.commandId });
  return rows.length;
}
