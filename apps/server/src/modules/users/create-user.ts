import type { CreateUserBody, User } from '@usta/contracts/users';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { hashPassword } from '../auth/passwords.ts';
import { findUserByEmail, insertUser, toUser } from './user-repository.ts';

export async function createUser(db: Database, actor: Actor, input: CreateUserBody): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (await findUserByEmail(tx, input.email)) throw emailTaken();
    const row = await insertUser(tx, {
      organizationId: actor.organizationId,
      email: input.email,
      name: input.name,
      passwordHash,
      roles: [...new Set(input.roles)],
      locale: input.locale,
    }).catch((error: unknown) => {
      // Two admins creating the same e-mail at once: the unique index decides.
      if ((error as { cause?: { code?: string } }).cause?.code === '23505') throw emailTaken();
      throw error;
    });
    const user = toUser(row);
    await recordAuditEvent(tx, actor, {
      entityType: 'user',
      entityId: user.id,
      action: 'create',
      after: {
        email: user.email,
        name: user.name,
        roles: user.roles,
        locale: user.locale,
        active: user.active,
      },
    });
    return user;
  });
}

const emailTaken = () =>
  new AppError('ALREADY_EXISTS', { field: 'e-posta / e-mail' }, [{ path: 'email', code: 'already_taken' }]);
