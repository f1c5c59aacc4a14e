import type { SyncBatchResult, SyncChanges, SyncCommandResult } from '@usta/contracts/sync';
import { ApiError, api, apiJson, OfflineError, SessionEndedError } from '../api.ts';
import { db, getMeta, getSession, setMeta } from '../db.ts';
import type { PendingCommand, RejectedCommand } from '../types.ts';
import { cacheOfficeFiles } from './files.ts';
import { isSendable, notifyQueueChanged, onQueueChanged, reportCorrupt } from './queue.ts';
import { uploadPending } from './uploads.ts';

export const BATCH_SIZE = 100;

export interface SyncState {
  pending: number;
  uploads: number;
  rejected: number;
  syncing: boolean;
  online: boolean;
  lastSyncAt: string | null;
  lastError: 'offline' | 'session' | 'server' | null;
}

let state: SyncState = {
  pending: 0,
  uploads: 0,
  rejected: 0,
  syncing: false,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  lastSyncAt: null,
  lastError: null,
};
const listeners = new Set<() => void>();

export function syncState(): SyncState {
  return state;
}
export function subscribeSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function update(patch: Partial<SyncState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

/** Recounts what waits; cheap, called after every change to the queue. */
export async function refreshCounts(): Promise<void> {
  const [pending, uploads, rejected, lastSyncAt] = await Promise.all([
    db.queue.count(),
    db.uploads.filter((u) => !u.attachmentId).count(),
    db.rejected.filter((r) => !r.acknowledged).count(),
    getMeta<string>('lastSyncAt'),
  ]);
  update({ pending, uploads, rejected, lastSyncAt: lastSyncAt ?? null });
}

/**
 * Sends the queue in order, in batches. A command stays in the queue until the server answered
 * it: applied (or a duplicate of an applied one) leaves the queue, rejected moves to the
 * technician's list of problems with the server's reason. A photo command waits for its upload.
 */
export async function pushQueue(): Promise<{ applied: number; rejected: number }> {
  let applied = 0;
  let rejectedCount = 0;
  const me = (await getSession())?.user.id;
  for (;;) {
    const keys = (await db.queue.orderBy('seq').primaryKeys()) as number[];
    if (keys.length === 0) break;
    const batch: (PendingCommand & { seq: number })[] = [];
    const window = keys.slice(0, BATCH_SIZE * 2);
    const rows = await readRows(window);
    for (const [index, key] of window.entries()) {
      if (batch.length >= BATCH_SIZE) break;
      const row = rows[index];
      if (!isSendable(row)) {
        await reportCorrupt(row, key);
        rejectedCount++;
        continue;
      }
      // Another technician's work (a shared phone) goes only under their session; keep the order.
      if (row.userId && row.userId !== me) break;
      if (row.uploadId) {
        const upload = await db.uploads.get(row.uploadId);
        if (!upload?.attachmentId) break; // keep the order: nothing after a photo still uploading
        (row.command.payload as { attachmentId?: string }).attachmentId = upload.attachmentId;
      }
      batch.push(row);
    }
    if (batch.length === 0) break;
    const response = await api('/api/v1/sync/commands', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ commands: batch.map((row) => row.command) }),
    });
    if (!response.ok) {
      await db.queue.bulkUpdate(
        batch.map((row) => ({ key: row.seq, changes: { attempts: row.attempts + 1 } })),
      );
      throw new ApiError(response.status, await response.json().catch(() => null));
    }
    const { results } = (await response.json()) as SyncBatchResult;
    const counts = await settle(batch, results);
    applied += counts.applied;
    rejectedCount += counts.rejected;
    if (counts.applied + counts.rejected === 0) break; // nothing answered: do not loop forever
  }
  return { applied, rejected: rejectedCount };
}

/** Reads queue rows in one go; when that fails, one by one so a single bad row is found. */
async function readRows(keys: number[]): Promise<unknown[]> {
  try {
    return await db.queue.bulkGet(keys);
  } catch {
    return Promise.all(keys.map((key) => db.queue.get(key).catch(() => undefined)));
  }
}

async function settle(
  batch: (PendingCommand & { seq: number })[],
  results: SyncCommandResult[],
): Promise<{ applied: number; rejected: number }> {
  const byId = new Map(results.map((r) => [r.commandId, r]));
  let applied = 0;
  let rejected = 0;
  await db.transaction('rw', db.queue, db.rejected, db.orders, db.uploads, async () => {
    for (const row of batch) {
      const result = byId.get(row.commandId);
      if (!result) continue; // unanswered: stays queued, goes again next time
      const ok =
        result.status === 'applied' || (result.status === 'duplicate' && result.original !== 'rejected');
      if (ok) {
        applied++;
        if (result.newVersion !== null) {
          const order = await db.orders.get(row.workOrderId);
          if (order && order.version < result.newVersion) {
            await db.orders.update(row.workOrderId, { version: result.newVersion });
          }
        }
        if (row.uploadId) await db.uploads.delete(row.uploadId);
      } else {
        rejected++;
        const order = await db.orders.get(row.workOrderId);
        const entry: RejectedCommand = {
          commandId: row.commandId,
          workOrderId: row.workOrderId,
          type: row.type,
          number: order?.number ?? '',
          reason: result.reason ?? {
            code: 'INTERNAL_ERROR',
            message: { tr: 'Sunucu reddetti.', en: 'The server refused it.' },
            action: { tr: 'Ofisi arayın.', en: 'Call the office.' },
          },
          rejectedAt: result.processedAt,
          summary: JSON.stringify(row.command.payload).slice(0, 300),
          acknowledged: false,
        };
        await db.rejected.put(entry);
      }
      await db.queue.delete(row.seq);
    }
  });
  return { applied, rejected };
}

/** The office's side: orders changed since the last cursor, the van stock, notifications. */
export async function pullChanges(): Promise<SyncChanges> {
  const cursor = await getMeta<string>('cursor');
  const query = cursor ? `?since=${encodeURIComponent(cursor)}` : '';
  const changes = await apiJson<SyncChanges>(`/api/v1/sync/changes${query}`);
  const queuedOrders = new Set((await db.queue.toArray()).map((row) => row?.workOrderId));
  await db.transaction('rw', db.orders, db.meta, async () => {
    if (changes.orders.length > 0) await db.orders.bulkPut(changes.orders);
    const active = new Set(changes.activeOrderIds);
    // Orders the technician no longer has leave the phone, unless their work still waits to go.
    const gone = (await db.orders.toCollection().primaryKeys()).filter(
      (id) => !active.has(id) && !queuedOrders.has(id),
    );
    if (gone.length > 0) await db.orders.bulkDelete(gone);
    await setMeta('stock', changes.stock);
    await setMeta('cursor', changes.cursor);
    if (changes.notifications.length > 0) {
      const known = (await getMeta<SyncChanges['notifications']>('notifications')) ?? [];
      const ids = new Set(known.map((n) => n.id));
      const merged = [...changes.notifications.filter((n) => !ids.has(n.id)), ...known].slice(0, 50);
      await setMeta('notifications', merged);
    }
  });
  return changes;
}

let running: Promise<void> | null = null;
let again = false;

/** Uploads, then the queue, then the office's changes. One run at a time; a call during a run runs once more. */
export function syncNow(): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    update({ syncing: true });
    try {
      do {
        again = false;
        await runOnce();
      } while (again);
    } finally {
      running = null;
      update({ syncing: false });
      await refreshCounts();
    }
  })();
  return running;
}

async function runOnce(): Promise<void> {
  const session = await getSession();
  if (!session || session.ended) {
    update({ lastError: session?.ended ? 'session' : null });
    return;
  }
  try {
    await uploadPending();
    await pushQueue();
    await pullChanges();
    const now = new Date().toISOString();
    await setMeta('lastSyncAt', now);
    update({ lastError: null, online: true, lastSyncAt: now });
    void cacheOfficeFiles(session.user.id); // in the background; a failure leaves them for later
  } catch (error) {
    if (error instanceof OfflineError) update({ lastError: 'offline', online: false });
    else if (error instanceof SessionEndedError) update({ lastError: 'session' });
    else update({ lastError: 'server' });
  }
}

/** Syncs when the network comes back, every minute while the app is open, and after each change. */
export function startBackgroundSync(): () => void {
  const online = () => {
    update({ online: true });
    void syncNow();
  };
  const offline = () => update({ online: false });
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);
  const timer = window.setInterval(() => {
    if (navigator.onLine) void syncNow();
  }, 60_000);
  const stop = onQueueChanged(() => {
    void refreshCounts();
    if (navigator.onLine) void syncNow();
  });
  void refreshCounts();
  if (navigator.onLine) void syncNow();
  return () => {
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
    window.clearInterval(timer);
    stop();
  };
}

export { notifyQueueChanged };
