import type { ListOutboxMessagesQuery, OutboxMessage } from '@usta/contracts/outbox';
import { isUuid } from '@usta/core/text';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { AppError } from '../../http/errors.ts';
import type { OutboxRow } from './outbox-repository.ts';
import { outboxMessages } from './tables.ts';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** The message log of the caller's organisation, newest first, for managers. */
export async function listOutboxMessages(db: Executor, actor: Actor, input: ListOutboxMessagesQuery) {
  const conditions: SQL[] = [eq(outboxMessages.organizationId, actor.organizationId)];
  if (input.status) conditions.push(eq(outboxMessages.status, input.status));
  if (input.channel) conditions.push(eq(outboxMessages.channel, input.channel));
  if (input.template) conditions.push(eq(outboxMessages.template, input.template));
  if (input.recipient) conditions.push(sql`lower(${outboxMessages.recipient}) = lower(${input.recipient})`);
  const after = decodeCursor<{ t: unknown; id: unknown }>(input.cursor);
  if (after) {
    if (!TIMESTAMP.test(String(after.t)) || !isUuid(after.id)) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'cursor', code: 'invalid' }]);
    }
    // Compared in SQL at full microsecond precision: a JavaScript Date would round to the
    // millisecond and skip rows written in the same millisecond as the last one of a page.
    conditions.push(
      sql`(${outboxMessages.createdAt}, ${outboxMessages.id}) < (${String(after.t)}::timestamptz, ${String(after.id)}::uuid)`,
    );
  }
  const rows = await db
    .select({ row: outboxMessages, key: sql<string>`${outboxMessages.createdAt}::text` })
    .from(outboxMessages)
    .where(and(...conditions))
    .orderBy(desc(outboxMessages.createdAt), desc(outboxMessages.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toOutboxMessage(r.row)),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ t: last.key, id: last.row.id }) : null,
  };
}

function toOutboxMessage(row: OutboxRow): OutboxMessage {
  const settled = row.status === 'sent' || row.status === 'dead';
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    template: row.template,
    locale: row.locale,
    data: row.data,
    dedupeKey: row.dedupeKey,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: settled ? null : row.nextAttemptAt.toISOString(),
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
