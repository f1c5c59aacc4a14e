import type { Attachment } from '@usta/contracts/attachments';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { attachmentChunks, attachments } from './tables.ts';

export type AttachmentRow = typeof attachments.$inferSelect;
const meta = {
  id: attachments.id,
  organizationId: attachments.organizationId,
  workOrderId: attachments.workOrderId,
  kind: attachments.kind,
  fileName: attachments.fileName,
  caption: attachments.caption,
  contentType: attachments.contentType,
  size: attachments.size,
  receivedBytes: attachments.receivedBytes,
  complete: attachments.complete,
  sha256: attachments.sha256,
  uploadedBy: attachments.uploadedBy,
  createdAt: attachments.createdAt,
  updatedAt: attachments.updatedAt,
};
export type AttachmentMeta = Omit<AttachmentRow, 'data'>;

export function toAttachment(row: AttachmentMeta): Attachment {
  return {
    id: row.id,
    workOrderId: row.workOrderId,
    kind: row.kind,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    receivedBytes: row.receivedBytes,
    complete: row.complete,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The attachment without its bytes; `lock` for an upload step. */
export async function findAttachmentMeta(
  db: Executor,
  organizationId: string,
  id: string,
  lock = false,
): Promise<AttachmentMeta | null> {
  const query = db
    .select(meta)
    .from(attachments)
    .where(and(eq(attachments.organizationId, organizationId), eq(attachments.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function readAttachmentData(db: Executor, organizationId: string, id: string) {
  const [row] = await db
    .select({ data: attachments.data })
    .from(attachments)
    .where(and(eq(attachments.organizationId, organizationId), eq(attachments.id, id)));
  return row?.data ?? null;
}

export async function listAttachmentRows(db: Executor, organizationId: string, workOrderIds: string[]) {
  if (workOrderIds.length === 0) return [];
  return db
    .select(meta)
    .from(attachments)
    .where(
      and(
        eq(attachments.organizationId, organizationId),
        inArray(attachments.workOrderId, workOrderIds),
        eq(attachments.complete, true),
      ),
    )
    .orderBy(desc(attachments.createdAt), asc(attachments.id));
}

export async function insertChunk(
  db: Executor,
  organizationId: string,
  attachmentId: string,
  offset: number,
  data: Buffer,
): Promise<void> {
  await db
    .insert(attachmentChunks)
    .values({ organizationId, attachmentId, offset, length: data.length, data })
    .onConflictDoNothing();
}

/** Bytes received so far: the chunks that join up from offset 0. */
export async function contiguousBytes(db: Executor, attachmentId: string): Promise<number> {
  const rows = await db
    .select({ offset: attachmentChunks.offset, length: attachmentChunks.length })
    .from(attachmentChunks)
    .where(eq(attachmentChunks.attachmentId, attachmentId))
    .orderBy(asc(attachmentChunks.offset));
  let end = 0;
  for (const row of rows) {
    if (row.offset > end) break;
    end = Math.max(end, row.offset + row.length);
  }
  return end;
}

/** Joins the chunks into the attachment's bytes and drops them. */
export async function assembleChunks(db: Executor, attachmentId: string, size: number): Promise<Buffer> {
  const rows = await db
    .select({ offset: attachmentChunks.offset, data: attachmentChunks.data })
    .from(attachmentChunks)
    .where(eq(attachmentChunks.attachmentId, attachmentId))
    .orderBy(asc(attachmentChunks.offset));
  const whole = Buffer.alloc(size);
  for (const row of rows) row.data.copy(whole, row.offset, 0, Math.min(row.data.length, size - row.offset));
  await db.delete(attachmentChunks).where(eq(attachmentChunks.attachmentId, attachmentId));
  return whole;
}

export async function updateAttachment(db: Executor, id: string, patch: Partial<AttachmentRow>) {
  await db
    .update(attachments)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(attachments.id, id));
}
