import {
  type SyncCommand,
  type SyncCommandResult,
  type SyncRejectionCode,
  syncCommandSchema,
} from '@usta/contracts/sync';
import { decideCommand, type SyncEnvironment } from '@usta/core/sync';
import { isUuid } from '@usta/core/text';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { findReadyAttachment } from '../attachments/index.ts';
import { findItem, findVanWarehouse } from '../stock/index.ts';
import { lockOrderForField } from '../work-orders/index.ts';
import { executeEffect } from './execute-effects.ts';
import { loadOrderView } from './order-view.ts';
import { type ClaimInput, findProcessed, insertProcessed } from './processed-repository.ts';
import { applied, duplicateOf, rejected, toConflicts } from './results.ts';

/** A refusal of a use case, as a command's reason; anything else is a server fault. */
const REFUSALS: Partial<Record<string, SyncRejectionCode>> = {
  INVALID_TRANSITION: 'STATUS_NOT_ALLOWED',
  APPROVAL_REQUIRED: 'STATUS_NOT_ALLOWED',
  DIAGNOSIS_REQUIRED: 'STATUS_NOT_ALLOWED',
  WORK_DONE_REQUIRED: 'STATUS_NOT_ALLOWED',
  REASON_REQUIRED: 'STATUS_NOT_ALLOWED',
  UNPROCESSABLE: 'ORDER_FINISHED',
  NOT_FOUND: 'ORDER_NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  VALIDATION_FAILED: 'INVALID_COMMAND',
  PAYLOAD_TOO_LARGE: 'INVALID_COMMAND',
  CONFLICT: 'BASE_VERSION_AHEAD',
};

/** Effects that change the order's version (the others only append). */
const VERSIONED = new Set(['transition', 'write_fields', 'signature']);

/** Rolls a command's transaction back, carrying what to answer instead. */
export class Rollback extends Error {
  constructor(readonly result: SyncCommandResult | 'duplicate') {
    super('rollback');
  }
}

export function readableId(raw: unknown): string | null {
  const id = (raw as { commandId?: unknown } | null)?.commandId;
  return isUuid(id) ? id.toLowerCase() : null;
}

/** A stored result as the answer to a replay; another user's id tells nothing about that command. */
export function answerStored(
  row: { userId: string; result: Record<string, unknown> },
  actor: Actor,
  commandId: string,
) {
  if (row.userId !== actor.userId) return rejected(commandId, 'INVALID_COMMAND', { path: 'commandId' });
  return duplicateOf(row.result as unknown as SyncCommandResult);
}

/**
 * One new command, once, in its own transaction: decide, carry out the effects, and record the
 * result under the command id as the last write. A copy of the same command committed meanwhile
 * makes that write find the key taken: everything rolls back and the stored result answers. A
 * refusal by a use case rolls the effects back and stores the rejection on its own; a server
 * fault stores nothing, so the phone sends the command again.
 */
export async function applyCommand(
  db: Database,
  actor: Actor,
  raw: unknown,
  deviceHint: string,
): Promise<SyncCommandResult> {
  const commandId = readableId(raw);
  const parsed = syncCommandSchema.safeParse(raw);
  const command = parsed.success ? parsed.data : null;
  const key: ClaimInput | null = commandId
    ? {
        organizationId: actor.organizationId,
        commandId,
        userId: actor.userId,
        deviceId: command?.deviceId ?? deviceHint,
        workOrderId: command?.workOrderId ?? null,
        type: command?.type ?? 'invalid',
      }
    : null;
  const record = async (tx: Executor, result: SyncCommandResult) => {
    if (key && !(await insertProcessed(tx, key, result))) throw new Rollback('duplicate');
    return result;
  };
  try {
    return await db.transaction(async (tx) => {
      // Durable before it is acknowledged: the batch flushes the WAL once at its end
      // (`flushCommits`), not every command on its own (docs/field-sync.md).
      await tx.execute(sql`SET LOCAL synchronous_commit TO off`);
      if (!command || !commandId) {
        const issue = parsed.success ? null : parsed.error.issues[0];
        return record(
          tx,
          rejected(commandId, 'INVALID_COMMAND', { path: issue ? issue.path.join('.') : 'commandId' }),
        );
      }
      return record(tx, await decideAndApply(tx, actor, command));
    });
  } catch (error) {
    if (!(error instanceof Rollback)) return rejected(commandId, 'INTERNAL_ERROR');
    if (error.result !== 'duplicate') {
      const refusal = error.result;
      try {
        return await db.transaction((tx) => record(tx, refusal));
      } catch (again) {
        if (!(again instanceof Rollback)) return rejected(commandId, 'INTERNAL_ERROR');
      }
    }
    const stored = commandId ? await findProcessed(db, actor.organizationId, commandId) : null;
    return stored && commandId
      ? answerStored(stored, actor, commandId)
      : rejected(commandId, 'INTERNAL_ERROR');
  }
}

async function environment(tx: Executor, actor: Actor, command: SyncCommand): Promise<SyncEnvironment> {
  const item =
    command.type === 'use_part' ? await findItem(tx, actor.organizationId, command.payload.itemId) : null;
  const van =
    command.type === 'use_part' ? await findVanWarehouse(tx, actor.organizationId, actor.userId) : null;
  const attachmentId =
    command.type === 'add_photo' || command.type === 'capture_signature'
      ? command.payload.attachmentId
      : undefined;
  const attachment = attachmentId
    ? await findReadyAttachment(tx, actor, attachmentId, command.workOrderId)
    : null;
  return {
    actorId: actor.userId,
    permissions: actor.permissions,
    item: item?.active ? { id: item.id, serialTracked: item.serialTracked } : null,
    vanWarehouseId: van?.id ?? null,
    attachmentReady: attachment !== null,
  };
}

async function decideAndApply(tx: Executor, actor: Actor, command: SyncCommand): Promise<SyncCommandResult> {
  const locked = await lockOrderForField(tx, actor, command.workOrderId);
  if (!locked) return rejected(command.commandId, 'ORDER_NOT_FOUND');
  return (await applyToLocked(tx, actor, command, locked)).result;
}

export type LockedOrder = NonNullable<Awaited<ReturnType<typeof lockOrderForField>>>;

/**
 * Decides and carries out one command on an order this transaction has already locked. A use
 * case's refusal throws `Rollback` carrying the rejection (the caller's transaction or savepoint
 * must roll back); `locked` is the order after the command (re-read when its version moved).
 */
export async function applyToLocked(
  tx: Executor,
  actor: Actor,
  command: SyncCommand,
  current: LockedOrder,
): Promise<{ result: SyncCommandResult; locked: LockedOrder }> {
  const { row, visible } = current;
  const view = await loadOrderView(tx, actor, row, visible, command);
  const decision = decideCommand(view, command, await environment(tx, actor, command));
  const refuse = (code: SyncRejectionCode, path?: string) => {
    const result = rejected(command.commandId, code, {
      ...(code === 'NOT_ASSIGNED' || code === 'ORDER_NOT_FOUND' ? {} : { currentStatus: row.status }),
      newVersion: visible ? row.version : null,
    });
    if (path && result.reason) result.reason.path = path;
    return result;
  };
  if (!decision.ok) return { result: refuse(decision.code), locked: current };
  try {
    for (const effect of decision.effects)
      await executeEffect({ tx, actor, command, row, visible, view }, effect);
  } catch (error) {
    const code = error instanceof AppError ? REFUSALS[error.code] : undefined;
    if (!code || !(error instanceof AppError)) throw error;
    throw new Rollback(refuse(code, error.fieldErrors[0]?.path));
  }
  // A customer-visible note may move the order's SLA; re-read the row then too.
  const moved =
    decision.effects.some((effect) => VERSIONED.has(effect.kind)) ||
    (command.type === 'add_note' && command.payload.visibility === 'customer');
  const after = moved ? ((await lockOrderForField(tx, actor, row.id)) ?? current) : current;
  const version = moved ? after.row.version : row.version;
  return { result: applied(command.commandId, version, toConflicts(decision.conflicts)), locked: after };
}

/**
 * Makes every command committed so far durable: a transaction with an id commits with
 * `synchronous_commit` on, which waits until the WAL — with all the earlier asynchronous commits
 * in it, WAL being sequential — is on disk. Called before a batch is answered.
 */
export async function flushCommits(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT txid_current()`);
  });
}
