import type { AuditEvent } from '@usta/contracts/audit';
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { auditEvents } from './tables.ts';

export interface ListAuditEventsInput {
  entityType?: string | undefined;
  entityId?: string | undefined;
  actorId?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listAuditEvents(db: Executor, actor: Actor, input: ListAuditEventsInput) {
  const conditions: SQL[] = [eq(auditEvents.organizationId, actor.organizationId)];
  if (input.entityType) conditions.push(eq(auditEvents.entityType, input.entityType));
  if (input.entityId) conditions.push(eq(auditEvents.entityId, input.entityId));
  if (input.actorId) conditions.push(eq(auditEvents.actorId, input.actorId));
  const after = decodeCursor<{ t: string; id: string }>(input.cursor);
  if (after) {
    const at = new Date(after.t);
    conditions.push(
      or(lt(auditEvents.occurredAt, at), and(eq(auditEvents.occurredAt, at), lt(auditEvents.id, after.id)))!,
    );
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const items: AuditEvent[] = page.map((r) => ({
    id: r.id,
    occurredAt: r.occurredAt.toISOString(),
    actorId: r.actorId,
    actorName: r.actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    changes: r.changes,
    requestId: r.requestId,
  }));
  return {
    items,
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ t: last.occurredAt.toISOString(), id: last.id })
        : null,
  };
}
