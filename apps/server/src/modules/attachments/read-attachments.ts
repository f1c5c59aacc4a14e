import type { Attachment } from '@usta/contracts/attachments';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { isOrderVisible } from '../work-orders/index.ts';
import {
  findAttachmentMeta,
  listAttachmentRows,
  readAttachmentData,
  toAttachment,
  updateAttachment,
} from './attachment-repository.ts';

/**
 * The row rule for files: an attachment of an order is visible to whoever sees the order; one
 * not linked yet only to its uploader. Anything else answers 404 like a missing id.
 */
async function visibleMeta(db: Executor, actor: Actor, id: string) {
  const row = await findAttachmentMeta(db, actor.organizationId, id);
  if (!row) return null;
  if (row.workOrderId) return (await isOrderVisible(db, actor, row.workOrderId)) ? row : null;
  return row.uploadedBy === actor.userId || actor.permissions.has('work_order:read_all') ? row : null;
}

export async function getAttachment(db: Executor, actor: Actor, id: string): Promise<Attachment> {
  const row = await visibleMeta(db, actor, id);
  if (!row) throw notFound('attachment');
  return toAttachment(row);
}

export async function getAttachmentContent(db: Executor, actor: Actor, id: string) {
  const row = await visibleMeta(db, actor, id);
  if (!row?.complete) throw notFound('attachment');
  const data = await readAttachmentData(db, actor.organizationId, id);
  if (!data) throw notFound('attachment');
  return { meta: toAttachment(row), data };
}

export async function listAttachmentsOf(db: Executor, organizationId: string, workOrderIds: string[]) {
  return (await listAttachmentRows(db, organizationId, workOrderIds)).map(toAttachment);
}

/**
 * A finished upload of this actor (or one already on the order), usable by a command; null
 * otherwise. For the sync module.
 */
export async function findReadyAttachment(db: Executor, actor: Actor, id: string, workOrderId: string) {
  const row = await findAttachmentMeta(db, actor.organizationId, id);
  if (!row?.complete) return null;
  if (row.workOrderId && row.workOrderId !== workOrderId) return null;
  if (!row.workOrderId && row.uploadedBy !== actor.userId) return null;
  return row;
}

/** Puts an uploaded file on an order (a photo or signature command). */
export async function linkAttachment(
  db: Executor,
  organizationId: string,
  id: string,
  link: { workOrderId: string; kind: 'photo' | 'signature'; caption?: string | null | undefined },
) {
  const row = await findAttachmentMeta(db, organizationId, id, true);
  if (!row) return;
  await updateAttachment(db, id, {
    workOrderId: link.workOrderId,
    kind: link.kind,
    ...(link.caption ? { caption: link.caption } : {}),
  });
}
