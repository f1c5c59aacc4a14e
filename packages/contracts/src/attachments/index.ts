import { z } from 'zod';

/**
 * Attachments (photos, signatures) of work orders. `POST /attachments` takes the raw bytes with
 * their Content-Type (or multipart/form-data with one `file` part). Large photos upload in chunks:
 * send `Upload-Id: <uuid>` and `Content-Range: bytes <from>-<to>/<total>` per chunk; a chunk sent
 * again is accepted idempotently, and the answer says how many bytes the server has.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_CONTENT_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
] as const;

export const attachmentKindSchema = z.enum(['photo', 'signature', 'document']);

export const uploadAttachmentQuerySchema = z.strictObject({
  workOrderId: z.uuid().optional().describe('The order the file belongs to (checked against the row rule)'),
  kind: attachmentKindSchema.default('photo'),
  fileName: z.string().trim().min(1).max(200).optional(),
});

export const attachmentSchema = z.object({
  id: z.uuid(),
  workOrderId: z.uuid().nullable(),
  kind: attachmentKindSchema,
  fileName: z.string().nullable(),
  contentType: z.string(),
  size: z.number().int().describe('Total size in bytes (declared for an unfinished chunked upload)'),
  receivedBytes: z.number().int(),
  complete: z.boolean(),
  sha256: z.string().nullable(),
  uploadedBy: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Attachment = z.infer<typeof attachmentSchema>;
export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });
