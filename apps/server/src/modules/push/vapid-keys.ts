import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { Executor } from '../../db/database.ts';
import { pushVapidKeys } from './tables.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The VAPID key pair is made once per installation: the first process to ask inserts one, every
 * later call (any process) reads the same row, so browsers' subscriptions stay valid.
 */
export async function loadVapidKeys(db: Executor): Promise<VapidKeys> {
  const [existing] = await db.select().from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
  if (existing) return existing;
  const fresh = webpush.generateVAPIDKeys();
  await db
    .insert(pushVapidKeys)
    .values({ id: 1, ...fresh })
    .onConflictDoNothing();
  const [row] = await db.select().from(pushVapidKeys).where(eq(pushVapidKeys.id, 1));
  return { publicKey: row!.publicKey, privateKey: row!.privateKey };
}
