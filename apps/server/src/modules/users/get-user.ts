import type { User } from '@usta/contracts/users';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findUser, toUser } from './user-repository.ts';

export async function getUser(db: Executor, actor: Actor, id: string): Promise<User> {
  const row = await findUser(db, actor.organizationId, id);
  if (!row) throw notFound('user');
  return toUser(row);
}
