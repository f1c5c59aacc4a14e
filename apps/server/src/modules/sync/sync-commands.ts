import {
  type SyncBatchResult,
  type SyncCommand,
  type SyncCommandResult,
  syncCommandSchema,
} from '@usta/contracts/sync';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { answerStored, applyCommand, flushCommits, readableId } from './apply-command.ts';
import { applyRun } from './apply-group.ts';
import { findProcessedMany, pruneProcessed } from './processed-repository.ts';
import { duplicateOf } from './results.ts';

/**
 * A run shares one transaction up to this many commands: a few round trips per run instead of
 * per command, while the order's lock is held only briefly (the office may be editing it) and a
 * crash mid-batch still finds most of the batch committed.
 */
const MAX_RUN = 25;

/** One prune in this many batches keeps the key table at about 35 days without a scheduler. */
const PRUNE_EVERY = 500;

/**
 * `POST /sync/commands`: the batch in order. A run of consecutive new commands for one order
 * shares a transaction (one lock and read of the order, a savepoint per command, the results
 * recorded together, `applyRun`); any other command has its own (`applyCommand`). A refused or
 * broken command never stops the rest. Commands seen before are looked up for the whole
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
  let index = 0;
  while (index < commands.length) {
    const raw = commands[index];
    const id = readableId(raw);
    const stored = id ? known.get(id) : undefined;
    const earlier = id ? answered.get(id) : undefined;
    if (id && stored) {
      results.push(answerStored(stored, actor, id));
      index += 1;
    } else if (id && earlier) {
      results.push(earlier.retryable ? await applyCommand(db, actor, raw, deviceHint) : duplicateOf(earlier));
      index += 1;
    } else {
      const run = newRun(commands, index, known, answered);
      const applied = run.length > 1 ? await applyRun(db, actor, run) : null;
      if (applied) {
        for (const result of applied) {
          if (result.commandId) answered.set(result.commandId.toLowerCase(), result);
          results.push(result);
        }
        index += run.length;
      } else {
        const result = await applyCommand(db, actor, raw, deviceHint);
        if (id) answered.set(id, result);
        results.push(result);
        index += 1;
      }
    }
  }
  // Nothing is acknowledged before it is on disk.
  await flushCommits(db);
  if (Math.random() * PRUNE_EVERY < 1) await pruneProcessed(db).catch(() => 0);
  return { results, serverTime: new Date().toISOString() };
}

/**
 * The longest run from `start` of valid, new commands for the same order with distinct ids (a
 * repeated id ends the run, so the copy is answered from the first one's result).
 */
function newRun(
  commands: readonly unknown[],
  start: number,
  known: ReadonlyMap<string, unknown>,
  answered: ReadonlyMap<string, unknown>,
): SyncCommand[] {
  const run: SyncCommand[] = [];
  const ids = new Set<string>();
  for (let i = start; i < commands.length && run.length < MAX_RUN; i += 1) {
    const id = readableId(commands[i]);
    if (!id || known.has(id) || answered.has(id) || ids.has(id)) break;
    const parsed = syncCommandSchema.safeParse(commands[i]);
    if (!parsed.success) break;
    if (run.length > 0 && parsed.data.workOrderId !== run[0]!.workOrderId) break;
    run.push(parsed.data);
    ids.add(id);
  }
  return run;
}

function deviceOf(commands: readonly unknown[]): string {
  for (const raw of commands) {
    const device = (raw as { deviceId?: unknown } | null)?.deviceId;
    if (typeof device === 'string' && device.length <= 100) return device;
  }
  return 'unknown';
}
