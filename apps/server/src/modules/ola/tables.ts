import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

// Tables of the OLA module (issue 4): a company's internal targets per kind, and the tasks that
// run against them while an order waits for parts or for the final check.

export const olaTargets = pgTable(
  'ola_targets',
  {
    organizationId: organizationIdColumn(),
    kind: text('kind').notNull(),
    amount: real('amount').notNull(),
    unit: text('unit').notNull(),
    calendarId: uuid('calendar_id'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.kind] })],
);

export const olaTasks = pgTable(
  'ola_tasks',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    /** The work-orders module's order (its public id; no foreign key across modules). */
    workOrderId: uuid('work_order_id').notNull(),
    kind: text('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completedBy: uuid('completed_by'),
    /** Working time used when completed, ms (null while open: computed from the calendar). */
    usedMs: bigint('used_ms', { mode: 'number' }),
    targetMs: bigint('target_ms', { mode: 'number' }).notNull(),
    ...timestamps(),
  },
  (t) => [
    // One open task per order and kind: entering the phase twice never starts a second clock.
    uniqueIndex('ola_tasks_open_key')
      .on(t.organizationId, t.workOrderId, t.kind)
      .where(sql`${t.completedAt} IS NULL`),
    index('ola_tasks_open_due_idx')
      .on(t.organizationId, t.kind, t.dueAt)
      .where(sql`${t.completedAt} IS NULL`),
    index('ola_tasks_order_idx').on(t.organizationId, t.workOrderId),
  ],
);
