import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { idColumn } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * Append-only: a trigger (migration `audit_events_append_only`) rejects UPDATE and DELETE, so
 * no code path, ours or a future one, can rewrite history.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    changes: jsonb('changes').$type<AuditChanges>().notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_entity_idx').on(t.organizationId, t.entityType, t.entityId, t.occurredAt),
    index('audit_events_time_idx').on(t.organizationId, t.occurredAt),
  ],
);
