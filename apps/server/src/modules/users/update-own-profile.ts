import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findUser, updateUserRow } from './user-repository.ts';

/** What a user may change about themselves: their display name and language. */
export async function updateOwnProfile(
  db: Database,
  actor: Actor,
  input: { locale?: 'tr' | 'en' | undefined; name?: string | undefined },
) {
  return db.transaction(async (tx) => {
    const current = await findUser(tx, actor.organizationId, actor.userId, true);
    if (!current) throw notFound('user');
    const row = await updateUserRow(tx, current.id, {
      locale: input.locale ?? current.locale,
      name: input.name ?? current.name,
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'user',
      entityId: current.id,
      action: 'update',
      before: { locale: current.locale, name: current.name },
      after: { locale: row.locale, name: row.name },
    });
    return row;
  });
}
