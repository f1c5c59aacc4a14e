import { and, asc, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { workOrderViews } from './tables.ts';

type ViewRow = typeof workOrderViews.$inferSelect;
type ViewQuery = Record<string, string | string[]>;

const toView = (row: ViewRow) => ({
  id: row.id,
  name: row.name,
  query: row.query as ViewQuery,
  createdAt: row.createdAt.toISOString(),
  version: row.version,
});

// Saved views are personal: every statement is scoped to the caller, so another user's view
// (or another company's) answers 404.
const mine = (actor: Actor, id?: string) =>
  and(
    eq(workOrderViews.organizationId, actor.organizationId),
    eq(workOrderViews.userId, actor.userId),
    ...(id ? [eq(workOrderViews.id, id)] : []),
  );

export async function listSavedViews(db: Executor, actor: Actor) {
  const rows = await db.select().from(workOrderViews).where(mine(actor)).orderBy(asc(workOrderViews.name));
  return { items: rows.map(toView) };
}

export async function createSavedView(db: Database, actor: Actor, input: { name: string; query: ViewQuery }) {
  const [row] = await db
    .insert(workOrderViews)
    .values({
      organizationId: actor.organizationId,
      userId: actor.userId,
      name: input.name,
      query: input.query,
    })
    .returning();
  return toView(row!);
}

export async function replaceSavedView(
  db: Database,
  actor: Actor,
  id: string,
  input: { name: string; query: ViewQuery },
) {
  const [row] = await db
    .update(workOrderViews)
    .set({
      name: input.name,
      query: input.query,
      version: (await currentVersion(db, actor, id)) + 1,
      updatedAt: new Date(),
    })
    .where(mine(actor, id))
    .returning();
  if (!row) throw notFound('saved view');
  return toView(row);
}

async function currentVersion(db: Executor, actor: Actor, id: string): Promise<number> {
  const [row] = await db
    .select({ version: workOrderViews.version })
    .from(workOrderViews)
    .where(mine(actor, id));
  if (!row) throw notFound('saved view');
  return row.version;
}

export async function deleteSavedView(db: Database, actor: Actor, id: string): Promise<void> {
  const rows = await db.delete(workOrderViews).where(mine(actor, id)).returning({ id: workOrderViews.id });
  if (rows.length === 0) throw notFound('saved view');
}
