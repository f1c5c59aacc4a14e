import type { Activity, AddActivityBody } from '@usta/contracts/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { forbidden, notFound } from '../../http/errors.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity, toActivity } from './activity-repository.ts';
import { findWorkOrder } from './work-order-repository.ts';

/**
 * A note (internal, or visible to the customer on the status page) or a time entry with its
 * start and end (seed 002: "yaptığı işin başlangıç ve bitiş saatlerini … girer"). Desk staff
 * and the assigned technician may write; readers (warehouse, finance) may not.
 */
export async function addActivity(
  db: Database,
  actor: Actor,
  workOrderId: string,
  input: AddActivityBody,
): Promise<Activity> {
  return db.transaction(async (tx) => {
    const order = await findWorkOrder(tx, actor, workOrderId, true);
    if (!order) throw notFound('work order');
    if (!actor.permissions.has('work_order:update') && !actor.permissions.has('work_order:work')) {
      throw forbidden();
    }
    const row = await insertActivity(tx, actor, {
      workOrderId,
      kind: input.kind,
      visibility: input.visibility,
      description: input.description,
      startedAt: input.startedAt ? new Date(input.startedAt) : null,
      endedAt: input.endedAt ? new Date(input.endedAt) : null,
      data:
        input.startedAt && input.endedAt
          ? { minutes: Math.round((Date.parse(input.endedAt) - Date.parse(input.startedAt)) / 60_000) }
          : {},
    });
    // A customer-visible reply can meet first response.
    if (row.visibility === 'customer') await recordSlaChange(tx, actor, workOrderId);
    return toActivity(row);
  });
}
