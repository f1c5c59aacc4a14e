import type { User } from '@usta/contracts/users';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { users } from './tables.ts';

export type UserRow = typeof users.$inferSelect;

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles as User['roles'],
    locale: row.locale === 'en' ? 'en' : 'tr',
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

export async function findUser(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

// Turkish alphabetical order: Çağrı after Can, İsmail after Işıl.
const byName = sql`${users.name} COLLATE "tr-TR-x-icu"`;

export interface UserListFilter {
  organizationId: string;
  q?: string | undefined;
  active?: boolean | undefined;
  after?: { name: string; id: string } | undefined;
  limit: number;
}

export async function listUsers(db: Executor, filter: UserListFilter): Promise<UserRow[]> {
  const conditions: SQL[] = [eq(users.organizationId, filter.organizationId)];
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
  if (filter.after) {
    const { name, id } = filter.after;
    conditions.push(sql`(${byName}, ${users.id}) > (${name} COLLATE "tr-TR-x-icu", ${id}::uuid)`);
  }
  return db
    .select()
    .from(users)
    .where(and(...conditions))
    .orderBy(byName, asc(users.id))
    .limit(filter.limit);
}

export async function insertUser(db: Executor, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUserRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<UserRow, 'name' | 'roles' | 'locale' | 'active' | 'passwordHash'>>,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...patch, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

export async function countActiveAdmins(db: Executor, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(
      and(
        eq(users.organizationId, organizationId),
        eq(users.active, true),
        sql`'admin' = ANY(${users.roles})`,
      ),
    );
  return row?.n ?? 0;
}
