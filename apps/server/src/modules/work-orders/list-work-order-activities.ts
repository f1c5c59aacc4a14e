import type { Activity } from '@usta/contracts/work-orders';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { decodeCursor, encodeCursor } from '../../http/cursor.ts';
import { notFound } from '../../http/errors.ts';
import { listActivities, toActivity } from './activity-repository.ts';
import { findWorkOrder } from './work-order-repository.ts';

/** The timeline, newest first, with the history of duplicates merged into this order. */
export async function listWorkOrderActivities(
  db: Executor,
  actor: Actor,
  workOrderId: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<{ items: Activity[]; nextCursor: string | null }> {
  const order = await findWorkOrder(db, actor, workOrderId);
  if (!order) throw notFound('work order');
  const before = decodeCursor<{ occurredAt: string; id: string }>(query.cursor) ?? undefined;
  const rows = await listActivities(db, actor.organizationId, workOrderId, {
    limit: query.limit + 1,
    before,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(toActivity),
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ occurredAt: last.occurredAt.toISOString(), id: last.id })
        : null,
  };
}
