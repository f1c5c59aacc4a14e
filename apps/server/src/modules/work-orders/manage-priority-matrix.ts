import type { PriorityMatrixBody } from '@usta/contracts/work-orders';
import type { PriorityMatrix } from '@usta/core/work-orders';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { ensureSettings, lockSettings, updateSettings } from './settings-repository.ts';
import { forgetWorkOrderConfig } from './status-cache.ts';

export async function getPriorityMatrix(db: Executor, actor: Actor) {
  const settings = await ensureSettings(db, actor.organizationId);
  return settings.priorityMatrix as PriorityMatrix;
}

/** Impact × urgency → priority for new orders and edits; existing priorities are not recomputed. */
export async function replacePriorityMatrix(db: Database, actor: Actor, matrix: PriorityMatrixBody) {
  const result = await db.transaction(async (tx) => {
    const settings = await lockSettings(tx, actor.organizationId);
    await updateSettings(tx, actor.organizationId, {
      priorityMatrix: matrix,
      matrixVersion: settings.matrixVersion + 1,
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order_priority_matrix',
      entityId: actor.organizationId,
      action: 'update',
      before: { matrix: settings.priorityMatrix },
      after: { matrix },
    });
    return matrix;
  });
  // Committed: this process reads the new list at once (status-cache.ts).
  forgetWorkOrderConfig();
  return result;
}
