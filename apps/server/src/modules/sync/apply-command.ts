import {
  type SyncCommand,
  type SyncCommandResult,
  type SyncRejectionCode,
  syncCommandSchema,
} from '@usta/contracts/sync';
import { decideCommand, type SyncEnvironment } from '@usta/core/sync';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { findReadyAttachment } from '../attachments/index.ts';
import { findItem, findVanWarehouse } from '../stock/index.ts';
import { lockOrderForField, readOrderVersion } from '../work-orders/index.ts';
import { executeEffect } from './execute-effects.ts';
import { loadOrderView } from './order-view.ts';
import { claimCommand, findProcessed, storeResult } from './processed-repository.ts';
import { applied, duplicateOf, rejected, toConflicts } from './results.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

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

class Refused extends Error {
  constructor(readonly result: SyncCommandResult) {
    super('refused');
  }
}

function readableId(raw: unknown): string | null {
  const id = (raw as { commandId?: unknown } | null)?.commandId;
  return typeof id === 'string' && UUID.test(id) ? id.toLowerCase() : null;
}

function stored(row: { userId: string; result: Record<string, unknown> }, actor: Actor, commandId: string) {
  // Another user's id answers as an unusable id, telling nothing about that command.
  if (row.userId !== actor.userId) return rejected(commandId, 'INVALID_COMMAND', { path: 'commandId' });
  return duplicateOf(row.result as unknown as SyncCommandResult);
}

/**
 * One command, once: in its own transaction, which first claims the command id. A replay finds
 * the id taken and answers the stored result; a refusal is stored like a success (the same
 * command always gets the same answer); a server fault rolls everything back, claim included,
 * so the phone keeps the command and sends it again.
 */
export async function applyCommand(
  db: Database,
  actor: Actor,
  raw: unknown,
  deviceHint: string,
): Promise<SyncCommandResult> {
  const commandId = readableId(raw);
  const parsed = syncCommandSchema.safeParse(raw);
  try {
    return await db.transaction(async (tx) => {
      const command = parsed.success ? parsed.data : null;
      if (commandId) {
        const claimed = await claimCommand(tx, {
          organizationId: actor.organizationId,
          commandId,
          userId: actor.userId,
          deviceId: command?.deviceId ?? deviceHint,
          workOrderId: command?.workOrderId ?? null,
          type: command?.type ?? 'invalid',
        });
        if (!claimed) {
          const row = await findProcessed(tx, actor.organizationId, commandId);
          if (row) return stored(row, actor, commandId);
        }
      }
      let result: SyncCommandResult;
      if (!command || !commandId) {
        const issue = parsed.success ? null : parsed.error.issues[0];
        result = rejected(commandId, 'INVALID_COMMAND', { path: issue ? issue.path.join('.') : 'commandId' });
      } else {
        result = await decideAndApply(tx, actor, command);
      }
      if (commandId) await storeResult(tx, actor.organizationId, commandId, result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    return rejected(commandId, 'INTERNAL_ERROR');
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
  const { row, visible } = locked;
  const view = await loadOrderView(tx, actor, row, visible, command);
  const decision = decideCommand(view, command, await environment(tx, actor, command));
  const refuse = (code: SyncRejectionCode) =>
    rejected(command.commandId, code, {
      ...(code === 'NOT_ASSIGNED' || code === 'ORDER_NOT_FOUND' ? {} : { currentStatus: row.status }),
      newVersion: visible ? row.version : null,
    });
  if (!decision.ok) return refuse(decision.code);
  try {
    await tx.transaction(async (savepoint) => {
      for (const effect of decision.effects) {
        await executeEffect({ tx: savepoint, actor, command, row, view }, effect);
      }
    });
  } catch (error) {
    const code = error instanceof AppError ? REFUSALS[error.code] : undefined;
    if (!code) throw error;
    const path = error instanceof AppError ? error.fieldErrors[0]?.path : undefined;
    const result = refuse(code);
    if (path && result.reason) result.reason.path = path;
    return result;
  }
  const version = await readOrderVersion(tx, actor.organizationId, row.id);
  return applied(command.commandId, version, toConflicts(decision.conflicts));
}
