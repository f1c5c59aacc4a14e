import { createHash } from 'node:crypto';
import type {
  ServiceFormTemplateContent,
  ServiceFormTemplate as StoredTemplate,
  UpdateServiceFormTemplateBody,
} from '@usta/contracts/service-forms';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { toStoredTemplate } from './load-service-form-template.ts';
import { findTemplateRow, insertTemplateRow, updateTemplateRow } from './template-repository.ts';

/**
 * Replaces the organisation's template. `version` is the one the editor read: 0 replaces the
 * defaults (first save), anything else must match the stored row, else 409 with the current one.
 */
export async function saveServiceFormTemplate(
  db: Database,
  actor: Actor,
  input: UpdateServiceFormTemplateBody,
): Promise<StoredTemplate> {
  const { version, ...content } = input;
  return db.transaction(async (tx) => {
    const current = await findTemplateRow(tx, actor.organizationId, true);
    if (!current || current.version !== version) {
      if (current || version !== 0) throw versionConflict(toStoredTemplate(current));
    }
    const row = current
      ? await updateTemplateRow(tx, current.id, version, content, actor.userId)
      : await insertTemplateRow(tx, actor.organizationId, content, actor.userId);
    // A first save racing another first save: the loser is told, like any other conflict.
    if (!row) throw versionConflict(toStoredTemplate(await findTemplateRow(tx, actor.organizationId)));
    await recordAuditEvent(tx, actor, {
      entityType: 'service_form_template',
      entityId: row.id,
      action: current ? 'update' : 'create',
      before: current ? forAudit(current.content) : null,
      after: forAudit(row.content),
    });
    return toStoredTemplate(row);
  });
}

/** The logo is kept out of the audit trail (it can be half a megabyte); a fingerprint shows a change. */
function forAudit(content: ServiceFormTemplateContent): Record<string, unknown> {
  const logo = content.logo
    ? `image sha256:${createHash('sha256').update(content.logo).digest('hex').slice(0, 16)}`
    : null;
  return { ...content, logo };
}
