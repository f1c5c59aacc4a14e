/**
 * Public entry of the users module for other modules: who a role or an id is, with the address
 * and language to write to (SLA notifications and watchers: active users only), and the staff
 * holding a role (planning's technicians) or known by an e-mail (demo data).
 */
import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { users } from './tables.ts';

export { findStaffByEmail, listStaffByRole, type StaffMember } from './list-staff.ts';

export interface UserContact {
  id: string;
  name: string;
  email: string;
  locale: 'tr' | 'en';
  roles: string[];
}

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  locale: users.locale,
  roles: users.roles,
};
const contact = (row: {
  id: string;
  name: string;
  email: string;
  locale: string;
  roles: string[];
}): UserContact => ({
  ...row,
  locale: row.locale === 'en' ? 'en' : 'tr',
});

export async function findActiveUsersByIds(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<UserContact[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(users)
    .where(
      and(eq(users.organizationId, organizationId), eq(users.active, true), inArray(users.id, [...ids])),
    );
  return rows.map(contact);
}

export async function findActiveUsersByRoles(
  db: Executor,
  organizationId: string,
  roles: readonly string[],
): Promise<UserContact[]> {
  if (roles.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(users)
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.active, true),
        arrayOverlaps(users.roles, [...roles]),
      ),
    );
  return rows.map(contact);
}
