import { createHash } from 'node:crypto';
import { ATTACHMENT_CONTENT_TYPES, type Attachment, MAX_ATTACHMENT_BYTES } from '@usta/contracts/attachments';
import { isUuid } from '@usta/core/text';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { isOrderVisible } from '../work-orders/index.ts';
import {
  assembleChunks,
  contiguousBytes,
  findAttachmentMeta,
  insertChunk,
  toAttachment,
  updateAttachment,
} from './attachment-repository.ts';
import { boundaryOf, extractFilePart } from './multipart.ts';
import { attachments } from './tables.ts';

export interface UploadInput {
  body: Buffer;
  contentType: string;
  workOrderId?: string | undefined;
  kind: 'photo' | 'signature' | 'document';
  fileName?: string | undefined;
  /** `Upload-Id`: the client's id for the file, which becomes the attachment's id. */
  uploadId?: string | undefined;
  /** `Content-Range: bytes <from>-<to>/<total>` for a chunk of a resumable upload. */
  contentRange?: string | undefined;
}

const RANGE = /^bytes (\d+)-(\d+)\/(\d+)$/u;
export const TOO_LARGE = () => new AppError('PAYLOAD_TOO_LARGE', { limit: '10 MB' });

function invalid(path: string, code: string) {
  return new AppError('VALIDATION_FAILED', {}, [{ path, code }]);
}

/** The file and its type: the raw body, or the `file` part of a multipart form. */
function fileOf(input: UploadInput): { data: Buffer; contentType: string; fileName: string | null } {
  const type = input.contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data') {
    const boundary = boundaryOf(input.contentType);
    const part = boundary ? extractFilePart(input.body, boundary) : null;
    if (!part) throw invalid('file', 'required');
    return part;
  }
  return { data: input.body, contentType: type, fileName: input.fileName ?? null };
}

/**
 * Stores a photo, signature or document: whole, or chunk by chunk under an `Upload-Id` (a chunk
 * sent again is accepted without change, so a phone on a bad line simply retries). The answer
 * says how many bytes the server holds; the file is usable once `complete`.
 */
export async function uploadAttachment(
  db: Database,
  actor: Actor,
  input: UploadInput,
): Promise<{ created: boolean; attachment: Attachment }> {
  if (input.uploadId !== undefined && !isUuid(input.uploadId)) throw invalid('Upload-Id', 'invalid_uuid');
  const file = fileOf(input);
  if (!(ATTACHMENT_CONTENT_TYPES as readonly string[]).includes(file.contentType)) {
    throw invalid('Content-Type', 'unsupported_content_type');
  }
  const range = input.contentRange ? RANGE.exec(input.contentRange) : null;
  if (input.contentRange && !range) throw invalid('Content-Range', 'invalid_range');
  const total = range ? Number(range[3]) : file.data.length;
  if (total > MAX_ATTACHMENT_BYTES || file.data.length > MAX_ATTACHMENT_BYTES) throw TOO_LARGE();
  if (total === 0) throw invalid('file', 'empty_file');
  // Checked after the input: readers (warehouse, finance) may see files but not add them.
  if (!actor.permissions.has('work_order:work') && !actor.permissions.has('work_order:update'))
    throw forbidden();
  if (input.workOrderId && !(await isOrderVisible(db, actor, input.workOrderId)))
    throw notFound('work order');

  return db.transaction(async (tx) => {
    const id = input.uploadId;
    const existing = id ? await findAttachmentMeta(tx, actor.organizationId, id, true) : null;
    if (existing && existing.uploadedBy !== actor.userId) throw notFound('attachment');
    if (existing?.complete) return { created: false, attachment: toAttachment(existing) };
    if (existing && existing.size !== total) throw invalid('Content-Range', 'size_changed');

    if (!range) {
      const row = await insertWhole(tx, actor, { ...input, ...file, id });
      return { created: true, attachment: toAttachment(row) };
    }
    const from = Number(range[1]);
    const to = Number(range[2]);
    if (to < from || to >= total || to - from + 1 !== file.data.length)
      throw invalid('Content-Range', 'invalid_range');
    if (!id) throw invalid('Upload-Id', 'required');
    if (!existing) {
      await tx.insert(attachments).values({
        id,
        organizationId: actor.organizationId,
        workOrderId: input.workOrderId ?? null,
        kind: input.kind,
        fileName: file.fileName,
        contentType: file.contentType,
        size: total,
        uploadedBy: actor.userId,
      });
    }
    await insertChunk(tx, actor.organizationId, id, from, file.data);
    const received = await contiguousBytes(tx, id);
    if (received >= total) {
      const data = await assembleChunks(tx, id, total);
      await updateAttachment(tx, id, {
        data,
        receivedBytes: total,
        complete: true,
        sha256: createHash('sha256').update(data).digest('hex'),
      });
      await audit(tx, actor, id, file.contentType, total);
    } else {
      await updateAttachment(tx, id, { receivedBytes: received });
    }
    const row = await findAttachmentMeta(tx, actor.organizationId, id);
    return { created: !existing, attachment: toAttachment(row!) };
  });
}

async function insertWhole(
  tx: Executor,
  actor: Actor,
  input: Pick<UploadInput, 'workOrderId' | 'kind'> & {
    id?: string | undefined;
    data: Buffer;
    contentType: string;
    fileName: string | null;
  },
) {
  const [row] = await tx
    .insert(attachments)
    .values({
      ...(input.id ? { id: input.id } : {}),
      organizationId: actor.organizationId,
      workOrderId: input.workOrderId ?? null,
      kind: input.kind,
      fileName: input.fileName,
      contentType: input.contentType,
      size: input.data.length,
      receivedBytes: input.data.length,
      complete: true,
      sha256: createHash('sha256').update(input.data).digest('hex'),
      data: input.data,
      uploadedBy: actor.userId,
    })
    .returning();
  await audit(tx, actor, row!.id, input.contentType, input.data.length);
  return row!;
}

async function audit(tx: Executor, actor: Actor, id: string, contentType: string, size: number) {
  await recordAuditEvent(tx, actor, {
    entityType: 'attachment',
    entityId: id,
    action: 'create',
    before: null,
    after: { contentType, size },
  });
}

/** A file made on the server from bytes it was given (a signature sent as a data URL). */
export async function storeAttachmentBytes(
  tx: Executor,
  actor: Actor,
  input: {
    workOrderId: string;
    kind: 'photo' | 'signature';
    contentType: string;
    data: Buffer;
    fileName: string;
  },
) {
  if (input.data.length > MAX_ATTACHMENT_BYTES) throw TOO_LARGE();
  return toAttachment(await insertWhole(tx, actor, input));
}
