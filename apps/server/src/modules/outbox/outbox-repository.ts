import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { type OutboxChannel, outboxMessages } from './tables.ts';

export type OutboxRow = typeof outboxMessages.$inferSelect;

export interface Claim {
  token: string;
  rows: OutboxRow[];
}

/**
 * Claims up to `limit` due messages of a channel for one worker: they become `sending` with a
 * lease (`next_attempt_at` = end of the lease) and this claim's token, in one short committed
 * statement. `FOR UPDATE SKIP LOCKED` lets several processes poll at once without waiting on,
 * or taking, each other's rows.
 *
 * A `sending` row whose lease has run out belongs to a worker that died (or hung) mid-send; it
 * is claimed again, unless that was its last attempt: then it is dead.
 */
export async function claimDueMessages(
  db: Executor,
  options: { channel: OutboxChannel; limit: number; leaseMs: number; maxAttempts: number },
): Promise<Claim> {
  await db.execute(sql`
    UPDATE outbox_messages
       SET status = 'dead', claim_token = NULL, updated_at = now(),
           last_error = coalesce(last_error || ' · ', '') || 'lease expired after the last attempt; delivery unknown'
     WHERE id IN (SELECT id FROM outbox_messages
                   WHERE status = 'sending' AND channel = ${options.channel}
                     AND next_attempt_at <= now() AND attempts >= ${options.maxAttempts}
                   FOR UPDATE SKIP LOCKED)`);
  const token = randomUUID();
  const result = await db.execute<{ id: string }>(sql`
    UPDATE outbox_messages AS m
       SET status = 'sending', attempts = m.attempts + 1, claim_token = ${token},
           next_attempt_at = now() + make_interval(secs => ${options.leaseMs / 1000}), updated_at = now()
      FROM (SELECT id FROM outbox_messages
             WHERE status IN ('pending', 'failed', 'sending') AND channel = ${options.channel}
               AND next_attempt_at <= now()
             ORDER BY next_attempt_at
             LIMIT ${options.limit}
             FOR UPDATE SKIP LOCKED) AS due
     WHERE m.id = due.id
    RETURNING m.id`);
  if (result.rows.length === 0) return { token, rows: [] };
  const rows = await db
    .select()
    .from(outboxMessages)
    .where(
      and(
        inArray(
          outboxMessages.id,
          result.rows.map((r) => r.id),
        ),
        eq(outboxMessages.claimToken, token),
      ),
    )
    .orderBy(outboxMessages.createdAt);
  return { token, rows };
}

/** Records a delivery; false when the claim was lost (the lease ran out and another took it). */
export async function markSent(db: Executor, id: string, token: string, providerMessageId: string | null) {
  const rows = await db
    .update(outboxMessages)
    .set({
      status: 'sent',
      sentAt: new Date(),
      claimToken: null,
      lastError: null,
      providerMessageId,
      updatedAt: new Date(),
    })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.claimToken, token)))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}

/** A failed attempt: tried again at `retryAt`, or dead when there is no retry left. */
export async function markFailed(
  db: Executor,
  id: string,
  token: string,
  error: string,
  retryAt: Date | null,
) {
  const rows = await db
    .update(outboxMessages)
    .set({
      status: retryAt ? 'failed' : 'dead',
      nextAttemptAt: retryAt ?? sql`now()`,
      claimToken: null,
      lastError: error.slice(0, 2000),
      updatedAt: new Date(),
    })
    .where(and(eq(outboxMessages.id, id), eq(outboxMessages.claimToken, token)))
    .returning({ id: outboxMessages.id });
  return rows.length > 0;
}
