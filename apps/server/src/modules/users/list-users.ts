import type { User } from '@usta/contracts/users';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { listUsers as selectUsers, toUser } from './user-repository.ts';

export interface ListUsersInput {
  q?: string | undefined;
  active?: 'true' | 'false' | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listUsers(db: Executor, actor: Actor, input: ListUsersInput) {
  const after = decodeCursor<{ name: string; id: string }>(input.cursor) ?? undefined;
  const rows = await selectUsers(db, {
    organizationId: actor.organizationId,
    q: input.q?.trim() || undefined,
    active: input.active === undefined ? undefined : input.active === 'true',
    after,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const items: User[] = page.map(toUser);
  return {
    items,
    nextCursor: rows.length > input.limit && last ? encodeCursor({ name: last.name, id: last.id }) : null,
  };
}
