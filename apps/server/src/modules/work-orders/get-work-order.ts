import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { isUuid } from '@usta/core/text';
import {
  allowedStatuses,
  formatWorkOrderNumber,
  localDateAt,
  parseWorkOrderNumber,
  warrantyStatusAt,
} from '@usta/core/work-orders';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findCustomer } from '../customers/index.ts';
import { findDevice } from '../devices/index.ts';
import { loadSlaSummaries } from '../sla/index.ts';
import { listActivities, toActivity } from './activity-repository.ts';
import { toAllowedTransition, toOrderView } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import { workOrders } from './tables.ts';
import {
  findCompanyWorkOrders,
  findRelatedIds,
  findWorkOrder,
  findWorkOrderByNumber,
  stateOf,
  visibleTo,
  type WorkOrderRow,
} from './work-order-repository.ts';

/** An order by id or by number (`srv-2026-123` too), under the row rule; 404 otherwise. */
export async function resolveWorkOrder(db: Executor, actor: Actor, ref: string): Promise<WorkOrderRow> {
  let row: WorkOrderRow | null = null;
  if (isUuid(ref)) {
    row = await findWorkOrder(db, actor, ref);
  } else {
    const parts = parseWorkOrderNumber(ref);
    if (parts) {
      const number = formatWorkOrderNumber(parts.prefix, parts.year, parts.sequence);
      row = await findWorkOrderByNumber(db, actor, number);
    }
  }
  if (!row) throw notFound('work order');
  return row;
}

/**
 * The detail page in one answer. A merged duplicate answers with its own record and history plus
 * `mergedInto`, the survivor to go to: the old number keeps working and nothing is lost.
 */
export async function getWorkOrder(
  db: Executor,
  actor: Actor,
  ref: string,
  now = new Date(),
): Promise<WorkOrderDetail> {
  const row = await resolveWorkOrder(db, actor, ref);
  const statuses = await loadStatuses(db, actor.organizationId);
  const [relatedIds, activities, customer, device, children, survivor, slaSummaries] = await Promise.all([
    findRelatedIds(db, row.id),
    listActivities(db, actor.organizationId, row.id, { limit: 200 }),
    findCustomer(db, actor.organizationId, row.customerId),
    row.deviceId ? findDevice(db, actor.organizationId, row.deviceId) : null,
    db
      .select({ id: workOrders.id, number: workOrders.number, status: workOrders.status })
      .from(workOrders)
      .where(and(visibleTo(actor), eq(workOrders.parentId, row.id)))
      .orderBy(asc(workOrders.createdAt))
      .limit(200),
    row.mergedIntoId ? findCompanyWorkOrders(db, actor.organizationId, [row.mergedIntoId]) : [],
    loadSlaSummaries(db, actor.organizationId, [row.id]),
  ]);
  const today = localDateAt(now);
  return {
    ...toOrderView(row, statuses, relatedIds),
    sla: slaSummaries.get(row.id) ?? null,
    customer: customer
      ? {
          id: customer.id,
          name: customer.name,
          type: customer.type,
          representativeId: customer.representativeId ?? null,
        }
      : null,
    device: device
      ? {
          id: device.id,
          brand: device.brand,
          model: device.model,
          deviceType: device.deviceType,
          serialNumber: device.serialNumber ?? null,
          warrantyStart: device.warrantyStart ?? null,
          warrantyEnd: device.warrantyEnd ?? null,
          warrantyStatus: warrantyStatusAt(device, today),
        }
      : null,
    allowedTransitions: row.mergedIntoId
      ? []
      : allowedStatuses(stateOf(row), actor, statuses).map(toAllowedTransition),
    activities: activities.map(toActivity),
    mergedInto: survivor[0] ? { id: survivor[0].id, number: survivor[0].number } : null,
    children,
  };
}
