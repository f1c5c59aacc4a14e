import { and, desc, eq, gt } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { outboxMessages } from './tables.ts';

export interface EnqueuePushInput {
  organizationId: string;
  /** The user id whose browsers receive it (every push subscription of that user). */
  userId: string;
  /** What kind of event (`work_order_assigned`, `visit_changed`); the push module renders it. */
  template: string;
  locale: 'tr' | 'en';
  data: Record<string, unknown>;
  dedupeKey?: string;
}

/**
 * Queues a Web Push message (channel `push`) in the caller's transaction. The push module's
 * worker (modules/push) claims and delivers these rows with the same claim/lease functions.
 */
export async function enqueuePushMessage(tx: Executor, input: EnqueuePushInput): Promise<void> {
  await tx
    .insert(outboxMessages)
    .values({
      organizationId: input.organizationId,
      channel: 'push',
      recipient: input.userId,
      template: input.template,
      locale: input.locale === 'en' ? 'en' : 'tr',
      data: JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>,
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: [outboxMessages.organizationId, outboxMessages.dedupeKey] });
}

/** Push messages of one template queued for a user after a time, newest first (at most 50). */
export async function listPushMessagesSince(
  db: Executor,
  input: { organizationId: string; userId: string; template: string; since: Date },
) {
  return db
    .select()
    .from(outboxMessages)
    .where(
      and(
        eq(outboxMessages.organizationId, input.organizationId),
        eq(outboxMessages.channel, 'push'),
        eq(outboxMessages.recipient, input.userId),
        eq(outboxMessages.template, input.template),
        gt(outboxMessages.createdAt, input.since),
      ),
    )
    .orderBy(desc(outboxMessages.createdAt))
    .limit(50);
}
