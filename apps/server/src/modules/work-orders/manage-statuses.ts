import type { WorkOrderStatusDefinitionBody } from '@usta/contracts/work-orders';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import {
  deleteStatus,
  ensureSettings,
  loadStatuses,
  lockSettings,
  updateSettings,
  upsertStatus,
} from './settings-repository.ts';
import { forgetWorkOrderConfig } from './status-cache.ts';
import { workOrders } from './tables.ts';

export async function listStatuses(db: Executor, actor: Actor) {
  const settings = await ensureSettings(db, actor.organizationId);
  return { items: await loadStatuses(db, actor.organizationId), version: settings.statusesVersion };
}

/**
 * Replaces the company's status list in one go (so "every phase keeps an active status" is
 * checked on the whole list, by the body schema). A code still carried by orders may be
 * retired (`active: false`) but not removed: the orders would lose their name and colour.
 */
export async function replaceStatuses(
  db: Database,
  actor: Actor,
  input: { statuses: WorkOrderStatusDefinitionBody[]; version?: number | undefined },
) {
  const result = await db.transaction(async (tx) => {
    const settings = await lockSettings(tx, actor.organizationId);
    const before = await loadStatuses(tx, actor.organizationId);
    if (input.version !== undefined && input.version !== settings.statusesVersion) {
      throw versionConflict({ items: before, version: settings.statusesVersion });
    }
    const kept = new Set(input.statuses.map((status) => status.code));
    const removed = before.filter((status) => !kept.has(status.code)).map((status) => status.code);
    if (removed.length > 0) {
      const inUse = await tx
        .selectDistinct({ status: workOrders.status })
        .from(workOrders)
        .where(and(eq(workOrders.organizationId, actor.organizationId), inArray(workOrders.status, removed)));
      if (inUse.length > 0) {
        throw new AppError(
          'UNPROCESSABLE',
          { reason: 'status in use' },
          [{ path: 'statuses', code: 'status_in_use' }],
          { statusesInUse: inUse.map((row) => row.status) },
        );
      }
      for (const code of removed) await deleteStatus(tx, actor.organizationId, code);
    }
    for (const status of input.statuses) await upsertStatus(tx, actor.organizationId, status);
    const version = settings.statusesVersion + 1;
    await updateSettings(tx, actor.organizationId, { statusesVersion: version });
    const items = await loadStatuses(tx, actor.organizationId);
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order_statuses',
      entityId: actor.organizationId,
      action: 'update',
      before: { statuses: before },
      after: { statuses: items },
    });
    return { items, version };
  });
  // Committed: this process reads the new list at once (status-cache.ts).
  forgetWorkOrderConfig();
  return result;
}
