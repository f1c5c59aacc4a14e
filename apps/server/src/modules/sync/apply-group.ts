import type { SyncCommand, SyncCommandResult } from '@usta/contracts/sync';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { lockOrderForField } from '../work-orders/index.ts';
import { applyToLocked, type LockedOrder, Rollback } from './apply-command.ts';
import { type ClaimInput, insertProcessedMany } from './processed-repository.ts';
import { rejected } from './results.ts';

/** Thrown to roll a whole run back: the caller applies its commands one by one instead. */
class RunFallback extends Error {}

/**
 * A run of consecutive new commands for the same order, in one transaction: the order is locked
 * and read (with the actor's assignment and authorisation) once, each command runs in its own
 * savepoint so a refused or broken one rolls back alone, and the results are recorded under the
 * command ids in one statement at the end. A key found taken (a copy committed meanwhile) rolls
 * the whole run back and answers null: the caller falls back to `applyCommand` per command,
 * which answers those from the stored results. Durability is the batch's `flushCommits`.
 */
export async function applyRun(
  db: Database,
  actor: Actor,
  run: readonly SyncCommand[],
): Promise<SyncCommandResult[] | null> {
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL synchronous_commit TO off`);
      let locked: LockedOrder | null = await lockOrderForField(tx, actor, run[0]!.workOrderId);
      const results: SyncCommandResult[] = [];
      for (const command of run) {
        if (!locked) {
          results.push(rejected(command.commandId, 'ORDER_NOT_FOUND'));
          continue;
        }
        const before: LockedOrder = locked;
        try {
          const outcome = await tx.transaction((sp) => applyToLocked(sp, actor, command, before));
          locked = outcome.locked;
          results.push(outcome.result);
        } catch (error) {
          // Rolled back to the savepoint; a server fault is not stored, so the phone sends it again.
          results.push(
            error instanceof Rollback && error.result !== 'duplicate'
              ? error.result
              : rejected(command.commandId, 'INTERNAL_ERROR'),
          );
        }
      }
      const entries = run.flatMap((command, index) => {
        const result = results[index]!;
        return result.retryable ? [] : [{ key: keyOf(actor, command), result }];
      });
      if ((await insertProcessedMany(tx, entries)) < entries.length) throw new RunFallback();
      return results;
    });
  } catch {
    return null;
  }
}

function keyOf(actor: Actor, command: SyncCommand): ClaimInput {
  return {
    organizationId: actor.organizationId,
    commandId: command.commandId.toLowerCase(),
    userId: actor.userId,
    deviceId: command.deviceId,
    workOrderId: command.workOrderId,
    type: command.type,
  };
}
