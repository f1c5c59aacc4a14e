import type { SyncCommandInput, SyncCommandType } from '@usta/contracts/sync';
import { db, deviceId, getSession } from '../db.ts';
import type { FieldOrder, PendingCommand, PendingUpload, RejectedCommand } from '../types.ts';

type PayloadOf<T extends SyncCommandType> = Extract<SyncCommandInput, { type: T }>['payload'];

/**
 * Records one change as a command: a fresh id (the server's idempotency key) and the order
 * version the technician saw. It goes to the end of the queue, in the same transaction as the
 * photo it may carry, so a crash leaves either both or neither.
 */
export async function enqueue<T extends SyncCommandType>(
  order: Pick<FieldOrder, 'id' | 'version'>,
  type: T,
  payload: PayloadOf<T>,
  options: { upload?: PendingUpload; label?: string } = {},
): Promise<string> {
  const commandId = crypto.randomUUID();
  const command = {
    commandId,
    deviceId: await deviceId(),
    workOrderId: order.id,
    baseVersion: order.version,
    createdAt: new Date().toISOString(),
    type,
    payload,
  } as SyncCommandInput;
  const row: PendingCommand = { commandId, workOrderId: order.id, type, command, attempts: 0 };
  const userId = (await getSession())?.user.id;
  if (userId) row.userId = userId;
  if (options.upload) {
    row.uploadId = options.upload.id;
    if (userId) options.upload.userId = userId;
  }
  if (options.label) row.label = options.label;
  await db.transaction('rw', db.queue, db.uploads, async () => {
    if (options.upload) await db.uploads.put(options.upload);
    await db.queue.add(row);
  });
  notifyQueueChanged();
  return commandId;
}

/** Is this IndexedDB row a command we can send? (Anything else is reported, not sent.) */
export function isSendable(row: unknown): row is PendingCommand & { seq: number } {
  if (!row || typeof row !== 'object') return false;
  const r = row as Partial<PendingCommand>;
  const c = r.command as Partial<SyncCommandInput> | undefined;
  return (
    typeof r.seq === 'number' &&
    typeof r.commandId === 'string' &&
    typeof r.workOrderId === 'string' &&
    !!c &&
    typeof c === 'object' &&
    c.commandId === r.commandId &&
    typeof c.type === 'string' &&
    typeof c.workOrderId === 'string' &&
    typeof c.baseVersion === 'number' &&
    !!c.payload &&
    typeof c.payload === 'object'
  );
}

/** A queue row that cannot be read becomes a rejection the technician sees; the rest goes on. */
export async function reportCorrupt(row: unknown, key: number): Promise<RejectedCommand> {
  const r = (row && typeof row === 'object' ? row : {}) as Partial<PendingCommand>;
  const rejected: RejectedCommand = {
    commandId: typeof r.commandId === 'string' ? r.commandId : `corrupt-${key}`,
    workOrderId: typeof r.workOrderId === 'string' ? r.workOrderId : '',
    type: 'corrupt',
    number: '',
    reason: {
      code: 'CORRUPT_ENTRY',
      message: {
        tr: 'Telefondaki bir kayıt okunamadı; sunucuya gönderilemedi.',
        en: 'A record on this phone could not be read; it was not sent.',
      },
      action: {
        tr: 'İşi açıp son girdiğiniz bilgileri kontrol edin, eksik olanı yeniden girin.',
        en: 'Open the job, check what you entered last and enter anything missing again.',
      },
    },
    rejectedAt: new Date().toISOString(),
    summary: safeJson(row),
    acknowledged: false,
  };
  await db.transaction('rw', db.queue, db.rejected, async () => {
    await db.rejected.put(rejected);
    await db.queue.delete(key);
  });
  return rejected;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return String(value);
  }
}

type Listener = () => void;
const listeners = new Set<Listener>();
export function onQueueChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function notifyQueueChanged(): void {
  for (const listener of listeners) listener();
}
