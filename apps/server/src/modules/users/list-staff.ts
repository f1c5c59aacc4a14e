import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { users } from './tables.ts';

/** A user as another module sees it: who they are, how to write to them, what they may do. */
export interface StaffMember {
  id: string;
  name: string;
  email: string;
  locale: string;
  roles: string[];
  active: boolean;
}

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  locale: users.locale,
  roles: users.roles,
  active: users.active,
};

/**
 * The company's users holding `role` (planning's technicians), in Turkish alphabetical order,
 * optionally only the given ids and only the active ones.
 */
export async function listStaffByRole(
  db: Executor,
  organizationId: string,
  role: string,
  filter: { ids?: readonly string[] | undefined; activeOnly?: boolean | undefined } = {},
): Promise<StaffMember[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  return db
    .select(columns)
    .from(users)
    .where(
      and(
        eq(users.organizationId, organizationId),
        sql`${role} = ANY(${users.roles})`,
        filter.ids ? inArray(users.id, [...filter.ids]) : undefined,
        filter.activeOnly ? eq(users.active, true) : undefined,
      ),
    )
    .orderBy(sql`${users.name} COLLATE "tr-TR-x-icu"`, asc(users.id));
}

/** One of the company's users by e-mail (stored lower-cased), active or not; null when unknown. */
export async function findStaffByEmail(
  db: Executor,
  organizationId: string,
  email: string,
): Promise<StaffMember | null> {
  const [row] = await db
    .select(columns)
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.email, email)));
  return row ?? null;
}
