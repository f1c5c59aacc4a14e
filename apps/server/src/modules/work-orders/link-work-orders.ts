import type { LinkWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import { checkParentLink } from '@usta/core/work-orders';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { insertActivity } from './activity-repository.ts';
import {
  deleteRelatedLink,
  findRelatedIds,
  findWorkOrder,
  insertRelatedLink,
  toWorkOrder,
  updateWorkOrderRow,
} from './work-order-repository.ts';

/** The chain of parents above `id`, as a lookup for `checkParentLink`. */
async function loadAncestors(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<Map<string, string | null>> {
  const result = await db.execute<{ id: string; parent_id: string | null }>(sql`
    WITH RECURSIVE up(id, parent_id, depth) AS (
      SELECT id, parent_id, 0 FROM work_orders WHERE organization_id = ${organizationId} AND id = ${id}
      UNION ALL
      SELECT w.id, w.parent_id, up.depth + 1 FROM work_orders w JOIN up ON w.id = up.parent_id
      WHERE w.organization_id = ${organizationId} AND up.depth < 1000
    ) SELECT id, parent_id FROM up`);
  return new Map(result.rows.map((row) => [row.id, row.parent_id]));
}

function mayLink(actor: Actor): void {
  if (!actor.permissions.has('work_order:update')) throw forbidden();
}

/**
 * Links this order to another: `parent` (the other becomes this one's parent), `child` (the
 * other becomes this one's child) or `related` (both ways). The tree must stay a tree.
 */
export async function linkWorkOrders(
  db: Database,
  actor: Actor,
  id: string,
  input: LinkWorkOrderBody,
): Promise<WorkOrder> {
  return db.transaction(async (tx) => {
    const self = await findWorkOrder(tx, actor, id, true);
    if (!self) throw notFound('work order');
    const other = await findWorkOrder(tx, actor, input.workOrderId);
    if (!other)
      throw new AppError('NOT_FOUND', { entity: 'work order' }, [{ path: 'workOrderId', code: 'not_found' }]);
    mayLink(actor);
    if (input.kind === 'related') {
      if (other.id === self.id)
        throw new AppError('LINK_REFUSED', { reason: 'SELF_LINK' }, [], { reason: 'SELF_LINK' });
      await insertRelatedLink(tx, actor.organizationId, self.id, other.id);
    } else {
      const [child, parent] = input.kind === 'parent' ? [self, other] : [other, self];
      const ancestors = await loadAncestors(tx, actor.organizationId, parent.id);
      const check = checkParentLink(child.id, parent.id, (node) => ancestors.get(node));
      if (!check.ok) throw new AppError('LINK_REFUSED', { reason: check.code }, [], { reason: check.code });
      await updateWorkOrderRow(tx, child.id, { parentId: parent.id });
      await recordAuditEvent(tx, actor, {
        entityType: 'work_order',
        entityId: child.id,
        action: 'update',
        before: { parentId: child.parentId },
        after: { parentId: parent.id },
      });
    }
    await insertActivity(tx, actor, {
      workOrderId: self.id,
      kind: 'link',
      data: { kind: input.kind, workOrderId: other.id, number: other.number },
    });
    const row = await updateWorkOrderRow(tx, self.id, {});
    return toWorkOrder(row, await findRelatedIds(tx, self.id));
  });
}

/** Removes whatever link joins the two orders (related, or parent/child either way). */
export async function unlinkWorkOrders(
  db: Database,
  actor: Actor,
  id: string,
  otherId: string,
): Promise<WorkOrder> {
  return db.transaction(async (tx) => {
    const self = await findWorkOrder(tx, actor, id, true);
    if (!self) throw notFound('work order');
    const other = await findWorkOrder(tx, actor, otherId, true);
    if (!other) throw notFound('work order');
    mayLink(actor);
    await deleteRelatedLink(tx, self.id, other.id);
    if (self.parentId === other.id) await updateWorkOrderRow(tx, self.id, { parentId: null });
    if (other.parentId === self.id) await updateWorkOrderRow(tx, other.id, { parentId: null });
    await insertActivity(tx, actor, {
      workOrderId: self.id,
      kind: 'link',
      data: { kind: 'removed', workOrderId: other.id, number: other.number },
    });
    const row = await updateWorkOrderRow(tx, self.id, {});
    return toWorkOrder(row, await findRelatedIds(tx, self.id));
  });
}
