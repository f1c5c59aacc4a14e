import type { UpdateUserBody, User } from '@usta/contracts/users';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { revokeSessionsOfUser } from '../auth/session-repository.ts';
import { countActiveAdmins, findUser, toUser, updateUserRow } from './user-repository.ts';

/** Edits a user; deactivating ends every session of theirs in the same transaction. */
export async function updateUser(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateUserBody,
): Promise<User> {
  return db.transaction(async (tx) => {
    const current = await findUser(tx, actor.organizationId, id, true);
    if (!current) throw notFound('user');
    if (current.version !== input.version) throw versionConflict(toUser(current));

    const roles = input.roles ? [...new Set(input.roles)] : current.roles;
    const active = input.active ?? current.active;
    if (id === actor.userId && !active) {
      throw new AppError('UNPROCESSABLE', { reason: 'self' }, [
        { path: 'active', code: 'cannot_deactivate_self' },
      ]);
    }
    const losesAdmin =
      current.active && current.roles.includes('admin') && (!active || !roles.includes('admin'));
    if (losesAdmin && (await countActiveAdmins(tx, actor.organizationId)) <= 1) {
      throw new AppError('UNPROCESSABLE', { reason: 'last admin' }, [
        { path: input.active === false ? 'active' : 'roles', code: 'last_admin' },
      ]);
    }

    const row = await updateUserRow(tx, id, {
      name: input.name ?? current.name,
      roles,
      locale: input.locale ?? current.locale,
      active,
    });
    if (current.active && !active) await revokeSessionsOfUser(tx, id, 'user_deactivated');
    await recordAuditEvent(tx, actor, {
      entityType: 'user',
      entityId: id,
      action: 'update',
      before: { name: current.name, roles: current.roles, locale: current.locale, active: current.active },
      after: { name: row.name, roles: row.roles, locale: row.locale, active: row.active },
    });
    return toUser(row);
  });
}
