import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { hashPassword } from '../auth/passwords.ts';
import { revokeSessionsOfUser } from '../auth/session-repository.ts';
import { findUser, updateUserRow } from './user-repository.ts';

/** Sets a new password; whoever held the old one is signed out everywhere. */
export async function resetUserPassword(
  db: Database,
  actor: Actor,
  id: string,
  password: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const current = await findUser(tx, actor.organizationId, id, true);
    if (!current) throw notFound('user');
    await updateUserRow(tx, id, { passwordHash });
    await revokeSessionsOfUser(tx, id, 'password_reset');
    await recordAuditEvent(tx, actor, {
      entityType: 'user',
      entityId: id,
      action: 'update',
      before: { passwordHash: current.passwordHash },
      after: { passwordHash },
    });
  });
}
