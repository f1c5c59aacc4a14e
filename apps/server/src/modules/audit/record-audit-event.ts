import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { type AuditChanges, auditEvents } from './tables.ts';

const REDACTED = '[redacted]';
const SECRET_FIELDS = new Set(['passwordHash', 'password']);

export interface AuditInput {
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes the audit event in the caller's transaction, so a change and its record commit or
 * roll back together. Only changed fields are kept; secrets show that they changed, not what to.
 */
export async function recordAuditEvent(tx: Executor, actor: Actor, input: AuditInput): Promise<void> {
  const row = auditRow(actor, input);
  if (row) await tx.insert(auditEvents).values(row);
}

/** The row an audit event is stored as; null for an update that changed nothing. */
export function auditRow(actor: Actor, input: AuditInput): typeof auditEvents.$inferInsert | null {
  const changes = diff(input.before ?? {}, input.after ?? {});
  if (input.action === 'update' && Object.keys(changes).length === 0) return null;
  return {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    actorName: actor.name,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    changes,
    requestId: actor.requestId,
  };
}

const IGNORED = new Set(['updatedAt', 'createdAt', 'version']);

export function diff(before: Record<string, unknown>, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (IGNORED.has(key)) continue;
    const a = normalise(before[key]);
    const b = normalise(after[key]);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changes[key] = SECRET_FIELDS.has(key)
      ? { before: a === undefined ? null : REDACTED, after: b === undefined ? null : REDACTED }
      : { before: a ?? null, after: b ?? null };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
