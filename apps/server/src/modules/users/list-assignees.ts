import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { users } from './tables.ts';

/**
 * The people a planner may assign work to: the company's active technicians. Planners may not
 * read the user list (it shows roles and e-mails), so they get names only.
 */
export async function listAssignees(db: Executor, actor: Actor) {
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        eq(users.organizationId, actor.organizationId),
        eq(users.active, true),
        sql`'technician' = ANY(${users.roles})`,
      ),
    )
    .orderBy(sql`${users.name} COLLATE "tr-TR-x-icu"`, asc(users.id));
  return { items: rows };
}
