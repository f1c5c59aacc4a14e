import type { PushSubscriptionInput, PushSubscriptionRecord } from '@usta/contracts/push';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { pushSubscriptions } from './tables.ts';

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;

/** Saves the browser's subscription for the signed-in user; the same endpoint again updates it. */
export async function subscribe(
  db: Executor,
  actor: Actor,
  input: PushSubscriptionInput,
  userAgent: string | undefined,
): Promise<PushSubscriptionRecord> {
  const values = {
    organizationId: actor.organizationId,
    userId: actor.userId,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
    userAgent: userAgent?.slice(0, 500) ?? null,
  };
  const [row] = await db
    .insert(pushSubscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      // A browser profile that signs in as someone else now receives that user's messages only.
      set: { ...values, updatedAt: sql`now()` },
    })
    .returning();
  return { id: row!.id, endpoint: row!.endpoint, createdAt: row!.createdAt.toISOString() };
}

/** Forgets the user's subscription with this endpoint (no error when there is none). */
export async function unsubscribe(db: Executor, actor: Actor, endpoint: string): Promise<void> {
  await db
    .delete(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.organizationId, actor.organizationId),
        eq(pushSubscriptions.userId, actor.userId),
        eq(pushSubscriptions.endpoint, endpoint),
      ),
    );
}

export function listUserSubscriptions(db: Executor, organizationId: string, userId: string) {
  return db
    .select()
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.organizationId, organizationId), eq(pushSubscriptions.userId, userId)));
}

export async function deleteSubscription(db: Executor, id: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
}
