import type { SyncBatchResult, SyncCommandResult } from '@usta/contracts/sync';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { applyCommand } from './apply-command.ts';
import { pruneProcessed } from './processed-repository.ts';

/** One prune in this many batches keeps the key table at about 35 days without a scheduler. */
const PRUNE_EVERY = 500;

/**
 * `POST /sync/commands`: the batch in order, each command in its own transaction, so a refused
 * or broken one never stops the rest. The answer lists one result per command, in order.
 */
export async function syncCommands(
  db: Database,
  actor: Actor,
  commands: readonly unknown[],
): Promise<SyncBatchResult> {
  const results: SyncCommandResult[] = [];
  const deviceHint = deviceOf(commands);
  for (const raw of commands) results.push(await applyCommand(db, actor, raw, deviceHint));
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
