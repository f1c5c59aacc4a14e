import {
  attachmentListSchema,
  attachmentSchema,
  MAX_ATTACHMENT_BYTES,
  uploadAttachmentQuerySchema,
} from '@usta/contracts/attachments';
import { idParamsSchema } from '@usta/contracts/common';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { notFound } from '../../http/errors.ts';
import { isOrderVisible } from '../work-orders/index.ts';
import { getAttachment, getAttachmentContent, listAttachmentsOf } from './read-attachments.ts';
import { TOO_LARGE, uploadAttachment } from './upload-attachment.ts';

const BINARY_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
  'application/octet-stream',
  'multipart/form-data',
];
/** Room for the multipart envelope around a file of the maximum size. */
const BODY_LIMIT = MAX_ATTACHMENT_BYTES + 64 * 1024;

export function attachmentRoutes(app: App, { db }: AppContext) {
  const tags = ['attachments'];
  for (const type of BINARY_TYPES) {
    if (!app.hasContentTypeParser(type)) {
      app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_req, body, done) =>
        done(null, body),
      );
    }
  }

  app.post('/api/v1/attachments', {
    config: { access: { permission: 'work_order:read' } },
    bodyLimit: BODY_LIMIT,
    schema: {
      tags,
      summary: 'Upload a photo, signature or document (raw body or multipart; resumable in chunks)',
      description:
        'Send the bytes with their Content-Type (image/jpeg, image/png, image/webp, image/heic, application/pdf) or a multipart form with a `file` part. At most 10 MB (413 otherwise). Resumable: send `Upload-Id: <uuid>` and `Content-Range: bytes <from>-<to>/<total>` per chunk; a chunk sent again changes nothing; `receivedBytes` says where to go on. With `Upload-Id` and no range, a retry of a finished upload answers the stored file.',
      querystring: uploadAttachmentQuerySchema,
      response: { 200: attachmentSchema, 201: attachmentSchema },
    },
    onRequest: async (req) => {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > BODY_LIMIT) throw TOO_LARGE();
    },
    handler: async (req, reply) => {
      const body = req.body;
      const header = (name: string) => {
        const value = req.headers[name];
        return typeof value === 'string' ? value : undefined;
      };
      const result = await uploadAttachment(db, actorOf(req), {
        body: Buffer.isBuffer(body) ? body : Buffer.alloc(0),
        contentType: header('content-type') ?? 'application/octet-stream',
        workOrderId: req.query.workOrderId,
        kind: req.query.kind,
        fileName: req.query.fileName,
        uploadId: header('upload-id'),
        contentRange: header('content-range'),
      });
      return reply.status(result.created && result.attachment.complete ? 201 : 200).send(result.attachment);
    },
  });

  app.get('/api/v1/attachments/:id', {
    config: { access: { permission: 'work_order:read' } },
    schema: { tags, summary: 'The file’s bytes, with its content type', params: idParamsSchema },
    handler: async (req, reply) => {
      const { meta, data } = await getAttachmentContent(db, actorOf(req), req.params.id);
      return reply
        .header('content-type', meta.contentType)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('etag', `"${meta.sha256}"`)
        .send(data);
    },
  });

  app.get('/api/v1/attachments/:id/meta', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags,
      summary: 'What the server holds of a file (receivedBytes to resume an upload)',
      params: idParamsSchema,
      response: { 200: attachmentSchema },
    },
    handler: (req) => getAttachment(db, actorOf(req), req.params.id),
  });

  app.get('/api/v1/work-orders/:id/attachments', {
    config: { access: { permission: 'work_order:read' } },
    schema: {
      tags: ['work-orders'],
      summary: 'Photos, signatures and documents of the order',
      params: idParamsSchema,
      response: { 200: attachmentListSchema },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      if (!(await isOrderVisible(db, actor, req.params.id))) throw notFound('work order');
      return { items: await listAttachmentsOf(db, actor.organizationId, [req.params.id]) };
    },
  });
}
