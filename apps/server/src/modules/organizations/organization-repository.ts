import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { organizations } from './tables.ts';

export async function findOrganization(db: Executor, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row ?? null;
}

export async function insertOrganization(db: Executor, name: string) {
  const [row] = await db.insert(organizations).values({ name }).returning();
  return row!;
}
