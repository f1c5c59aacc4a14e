import type { Attachment } from '@usta/contracts/attachments';
import { ApiError, api } from '../api.ts';
import { db, getSession } from '../db.ts';
import type { PendingUpload } from '../types.ts';

/** Chunks stay well under the server's 1 MB body limit; a lost connection costs one chunk. */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Sends every photo that has not fully arrived, chunk by chunk (`Upload-Id` + `Content-Range`),
 * resuming from what the server confirmed. The attachment id it answers goes into the photo's
 * command, which waits in the queue until then.
 */
export async function uploadPending(): Promise<void> {
  const me = (await getSession())?.user.id;
  // Another technician's photos (a shared phone) go only under their own session.
  const waiting = await db.uploads.filter((u) => !u.attachmentId && (!u.userId || u.userId === me)).toArray();
  for (const upload of waiting) await uploadOne(upload);
}

async function uploadOne(upload: PendingUpload): Promise<void> {
  let sent = upload.sentBytes;
  for (;;) {
    const end = Math.min(sent + CHUNK_BYTES, upload.size);
    const chunk = upload.blob.slice(sent, end);
    const query = new URLSearchParams({
      workOrderId: upload.workOrderId,
      kind: 'photo',
      fileName: upload.fileName,
    });
    const response = await api(`/api/v1/attachments?${query}`, {
      method: 'POST',
      headers: {
        'content-type': upload.contentType,
        'upload-id': upload.id,
        'content-range': `bytes ${sent}-${end - 1}/${upload.size}`,
      },
      body: chunk,
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      await db.uploads.update(upload.id, { lastError: problem?.detail ?? `HTTP ${response.status}` });
      throw new ApiError(response.status, problem);
    }
    const attachment = (await response.json()) as Attachment;
    sent = Math.max(attachment.receivedBytes, end);
    if (attachment.complete || sent >= upload.size) {
      await db.uploads.update(upload.id, {
        sentBytes: upload.size,
        attachmentId: attachment.id,
        lastError: '',
      });
      return;
    }
    await db.uploads.update(upload.id, { sentBytes: sent });
  }
}
