import type { Attachment } from '@usta/contracts/attachments';
import { ApiError, api, OfflineError } from '../api.ts';
import { db } from '../db.ts';
import type { CachedFile } from '../types.ts';

/** Office files up to this size are fetched with the day, so they open in a basement too. */
export const PREFETCH_MAX_BYTES = 5 * 1024 * 1024;
/** What the phone keeps at most for office files (larger ones open online only, then stay). */
export const CACHE_BUDGET_BYTES = 60 * 1024 * 1024;

/** Not on the phone and no connection: say so, do not spin. */
export class NeedsConnectionError extends Error {
  constructor() {
    super('needs connection');
  }
}

/**
 * The file's bytes: from IndexedDB when kept, otherwise from the server (with the bearer token;
 * a plain link has none) and then kept, so the next time it opens offline.
 */
export async function loadAttachment(attachment: Attachment): Promise<CachedFile> {
  const kept = await db.files.get(attachment.id);
  if (kept) return kept;
  if (globalThis.navigator?.onLine === false) throw new NeedsConnectionError();
  let response: Response;
  try {
    response = await api(`/api/v1/attachments/${attachment.id}`);
  } catch (error) {
    if (error instanceof OfflineError) throw new NeedsConnectionError();
    throw error;
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  const blob = await response.blob();
  const file: CachedFile = {
    id: attachment.id,
    workOrderId: attachment.workOrderId,
    fileName: attachment.fileName,
    contentType: response.headers.get('content-type') ?? attachment.contentType,
    size: blob.size,
    blob,
    cachedAt: new Date().toISOString(),
  };
  await db.files.put(file).catch(() => undefined); // storage full: it still opens this time
  return file;
}

/** Office files of the jobs on the phone: what the technician may open (not their own uploads). */
export function officeFiles(attachments: readonly Attachment[], userId: string | undefined): Attachment[] {
  return attachments.filter(
    (a) => a.complete && (a.kind === 'document' || (a.kind === 'photo' && a.uploadedBy !== userId)),
  );
}

let caching: Promise<void> | null = null;

/**
 * After a sync: forgets files of jobs no longer on the phone, then fetches the small office files
 * of the jobs it has (smallest first, within the budget). One run at a time; errors end the run
 * quietly (the files open online, and the next sync tries again).
 */
export function cacheOfficeFiles(userId: string): Promise<void> {
  caching ??= (async () => {
    try {
      const orders = await db.orders.toArray();
      const wanted = new Map<string, Attachment>();
      for (const order of orders) {
        for (const a of officeFiles(order.attachments, userId)) wanted.set(a.id, a);
      }
      const kept = await db.files.toArray();
      const stale = kept.filter((f) => !wanted.has(f.id)).map((f) => f.id);
      if (stale.length > 0) await db.files.bulkDelete(stale);
      let used = kept.filter((f) => wanted.has(f.id)).reduce((sum, f) => sum + f.size, 0);
      const have = new Set(kept.map((f) => f.id));
      const missing = [...wanted.values()]
        .filter((a) => !have.has(a.id) && a.size <= PREFETCH_MAX_BYTES)
        .sort((a, b) => a.size - b.size);
      for (const attachment of missing) {
        if (used + attachment.size > CACHE_BUDGET_BYTES) break;
        used += (await loadAttachment(attachment)).size;
      }
    } catch {
      // offline or a server error: the next sync tries again
    } finally {
      caching = null;
    }
  })();
  return caching;
}
