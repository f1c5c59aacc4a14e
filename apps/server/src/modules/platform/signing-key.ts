import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { serverSettings } from './tables.ts';

/** The token signing key is shared through the database, so every API process accepts every token. */
export async function loadSigningKey(db: Database): Promise<Uint8Array> {
  const key = 'access_token_signing_key';
  await db
    .insert(serverSettings)
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.select().from(serverSettings).where(eq(serverSettings.key, key));
  return Buffer.from(row!.value, 'base64url');
}
