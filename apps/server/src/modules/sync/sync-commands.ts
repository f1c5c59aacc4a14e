import type { SyncBatchResult, SyncCommandResult } from '@usta/contracts/sync';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { answerStored, applyCommand, flushCommits, readableId } from './apply-command.ts';
import { findProcessedMany, pruneProcessed } from './processed-repository.ts';
import { duplicateOf } from './results.ts';

/** One prune in this many batches keeps the key table at about 35 days without a scheduler. */
const PRUNE_EVERY = 500;

/**
 * `POST /sync/commands`: the batch in order, each new command in its own transaction, so a
 * refused or broken one never stops the rest. Commands seen before are looked up for the whole
 * batch at once and answered from their stored results. One result per command, in order.
 */
export async function syncCommands(
  db: Database,
  actor: Actor,
  commands: readonly unknown[],
): Promise<SyncBatchResult> {
  const ids = [...new Set(commands.map(readableId).filter((id): id is string => id !== null))];
  const known = new Map(
    (await findProcessedMany(db, actor.organizationId, ids)).map((row) => [row.commandId, row]),
  );
  const answered = new Map<string, SyncCommandResult>();
  const results: SyncCommandResult[] = [];
  const deviceHint = deviceOf(commands);
  for (const raw of commands) {
    const id = readableId(raw);
    const stored = id ? known.get(id) : undefined;
    const earlier = id ? answered.get(id) : undefined;
    if (id && stored) {
      results.push(answerStored(stored, actor, id));
    } else if (id && earlier) {
      results.push(earlier.retryable ? await applyCommand(db, actor, raw, deviceHint) : duplicateOf(earlier));
    } else {
      const result = await applyCommand(db, actor, raw, deviceHint);
      if (id) answered.set(id, result);
      results.push(result);
    }
  }
  // Nothing is acknowledged before it is on disk.
  await flushCommits(db);
  if (Math.random() * PRUNE_EVERY < 1) await pruneProcessed(db).catch(() => 0);
  return { results, serverTime: new Date().toISOString() };
}

function deviceOf(commands: readonly unknown[]): string {
  for (const raw of commands) {
    const device = (raw as { deviceId?: unknown } | null)?.deviceId;
    if (typeof device === 'string' && device.length <= 100) return device;
  }
  return 'unknown';
}
