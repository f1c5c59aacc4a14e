import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

export const OUTBOX_CHANNELS = ['email', 'sms', 'whatsapp', 'push', 'webhook'] as const;
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'dead'] as const;
export type OutboxChannel = (typeof OUTBOX_CHANNELS)[number];
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * Every outgoing message, written in the transaction of the change that causes it (so a rolled
 * back change sends nothing) and kept after delivery as the log a manager reads.
 *
 * Life of a row: pending → sending (claimed by a worker, with a lease) → sent; a failed attempt
 * goes to `failed` with the next try in `next_attempt_at`, and to `dead` after the last attempt.
 */
export const outboxMessages = pgTable(
  'outbox_messages',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    channel: text('channel', { enum: OUTBOX_CHANNELS }).notNull(),
    recipient: text('recipient').notNull(),
    template: text('template').notNull(),
    locale: text('locale', { enum: ['tr', 'en'] }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** One event is queued once: a second insert with the same key in the organisation is ignored. */
    dedupeKey: text('dedupe_key'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /**
     * When the worker may next pick the row up. While `sending` it is the end of the claiming
     * worker's lease: a worker that died mid-send leaves the row to be retried after that.
     */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Which claim owns a `sending` row, so a worker whose lease ran out cannot overwrite the next. */
    claimToken: uuid('claim_token'),
    lastError: text('last_error'),
    /** What the delivering side said (e.g. the SMTP Message-ID), for tracing a complaint. */
    providerMessageId: text('provider_message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbox_messages_dedupe_key').on(t.organizationId, t.dedupeKey),
    // The worker's poll: only rows that may still go out, oldest due first.
    index('outbox_messages_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} IN ('pending', 'failed', 'sending')`),
    index('outbox_messages_list_idx').on(t.organizationId, t.createdAt),
  ],
);
