import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

// Tables of the sync module (issue 7). Orders, users and attachments are referenced by id only:
// their modules own them. See docs/field-sync.md.

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/**
 * Every field command the server has seen, by its client-made id: a replay answers the stored
 * result and changes nothing. Kept at least 30 days (pruned after 35).
 */
export const syncProcessedCommands = pgTable(
  'sync_processed_commands',
  {
    organizationId: organizationIdColumn(),
    commandId: uuid('command_id').notNull(),
    userId: uuid('user_id').notNull(),
    deviceId: text('device_id').notNull(),
    workOrderId: uuid('work_order_id'),
    type: text('type').notNull(),
    status: text('status').notNull().$type<'applied' | 'rejected'>(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.commandId] }),
    index('sync_processed_commands_created_idx').on(t.createdAt),
  ],
);

/** The technician's steps with the phone's times (and check-in location), for labour. */
export const syncFieldEvents = pgTable(
  'sync_field_events',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    userId: uuid('user_id').notNull(),
    commandId: uuid('command_id').notNull(),
    step: text('step').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    location: jsonb('location').$type<{ lat: number; lng: number; accuracyM?: number }>(),
    createdAt: createdAt(),
  },
  (t) => [index('sync_field_events_order_idx').on(t.organizationId, t.workOrderId, t.occurredAt)],
);

/** Report-field writes made by field commands (the field rule needs who wrote last and when). */
export const syncFieldWrites = pgTable(
  'sync_field_writes',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    field: text('field').notNull(),
    commandId: uuid('command_id').notNull(),
    value: text('value'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull(),
    /** The timeline edit entry this write made (null when the value was already there). */
    activityId: uuid('activity_id'),
    createdAt: createdAt(),
  },
  (t) => [index('sync_field_writes_order_idx').on(t.organizationId, t.workOrderId, t.field, t.createdAt)],
);

/** Both texts where the office and the technician wrote the same field (the loser is kept too). */
export const syncFieldConflicts = pgTable(
  'sync_field_conflicts',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    commandId: uuid('command_id').notNull(),
    userId: uuid('user_id').notNull(),
    field: text('field').notNull(),
    yours: text('yours'),
    theirs: text('theirs'),
    winner: text('winner').notNull().$type<'yours' | 'theirs'>(),
    officeChangedAt: timestamp('office_changed_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sync_field_conflicts_order_idx').on(t.organizationId, t.workOrderId)],
);

/**
 * Time entries from the field: `auto` from the steps (labour), `manual` typed in. A later entry
 * with `corrects_command_id` replaces an earlier one (the timeline is append-only).
 */
export const syncTimeEntries = pgTable(
  'sync_time_entries',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    commandId: uuid('command_id').notNull(),
    userId: uuid('user_id').notNull(),
    source: text('source').notNull().$type<'auto' | 'manual'>(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
    minutes: integer('minutes').notNull(),
    correctsCommandId: uuid('corrects_command_id'),
    activityId: uuid('activity_id'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('sync_time_entries_command_key').on(t.organizationId, t.commandId),
    index('sync_time_entries_order_idx').on(t.organizationId, t.workOrderId),
  ],
);

/** Signatures captured on the phone (the image is an attachment). */
export const syncSignatures = pgTable('sync_signatures', {
  id: idColumn(),
  organizationId: organizationIdColumn(),
  workOrderId: uuid('work_order_id').notNull(),
  commandId: uuid('command_id').notNull(),
  signerName: text('signer_name').notNull(),
  attachmentId: uuid('attachment_id').notNull(),
  approvalId: uuid('approval_id'),
  createdAt: createdAt(),
});

/** QR confirmations the technician asked for; the customer confirms online with the token. */
export const syncConfirmationRequests = pgTable(
  'sync_confirmation_requests',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    commandId: uuid('command_id').notNull(),
    token: text('token').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedName: text('confirmed_name'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sync_confirmation_requests_token_key').on(t.token)],
);
