import { randomUUID } from 'node:crypto';
import type { CreateWorkOrderBody, WorkOrder } from '@usta/contracts/work-orders';
import { localYearAt, resolvePriority } from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { registerDeviceFromWorkOrder } from '../devices/index.ts';
import { recordSlaChange } from '../sla/index.ts';
import { insertActivity } from './activity-repository.ts';
import { auditView } from './audit-view.ts';
import {
  checkAddress,
  checkCategory,
  checkContact,
  checkOrders,
  checkTeam,
  checkTechnicians,
  requireCustomer,
  requireDevice,
} from './check-references.ts';
import { enqueueAssignedToTechnicians, enqueueOpenedForRepresentative } from './enqueue-work-order-emails.ts';
import { cachedSettings, cachedStatuses } from './status-cache.ts';
import {
  findOpenOrdersOfDevice,
  insertRelatedLink,
  insertWorkOrder,
  numberWorkOrder,
  toWorkOrder,
} from './work-order-repository.ts';

/**
 * `localYearAt` builds an `Intl.DateTimeFormat` per call (~0.3 ms, a measurable share of a
 * create). Istanbul's offset is whole hours, so the local year cannot change inside a UTC hour:
 * remember it per hour.
 */
let yearCache = { hour: -1, year: 0 };
function numberingYear(now: Date): number {
  const hour = Math.floor(now.getTime() / 3_600_000);
  if (yearCache.hour !== hour) yearCache = { hour, year: localYearAt(now) };
  return yearCache.year;
}

/** Phases a new order may start in: recorded, looked at first, or straight to planning. */
const OPENING_PHASES = new Set(['intake', 'pre_inspection', 'planning']);

export interface CreateWorkOrderResult extends WorkOrder {
  warnings: { code: 'OPEN_ORDER_FOR_DEVICE'; workOrderId: string; number: string }[];
}

/**
 * Opens a work order: customer, contact, device (registered on the spot when new), priority
 * from the company's matrix, a gap-free number, the first activity, the audit event and the
 * e-mails — one transaction, so a failure leaves nothing behind, not even a number.
 */
export async function createWorkOrder(
  db: Database,
  actor: Actor,
  input: CreateWorkOrderBody,
  now = new Date(),
): Promise<CreateWorkOrderResult> {
  return db.transaction(async (tx) => {
    const settings = await cachedSettings(tx, actor.organizationId);
    const customer = await requireCustomer(tx, actor, input.customerId);
    await checkContact(tx, actor, customer.id, input.contactId ?? null);
    checkAddress(customer, input.serviceAddressId);
    await checkCategory(tx, actor, input.categoryId);
    const technicianIds = input.technicianIds ?? [];
    if (technicianIds.length > 0 && !actor.permissions.has('work_order:assign')) throw forbidden();
    await checkTechnicians(tx, actor, technicianIds, 'technicianIds');
    await checkTeam(tx, actor, input.teamId);
    if (input.parentId) await checkOrders(tx, actor, [input.parentId], 'parentId');
    const relatedIds = input.relatedIds ?? [];
    await checkOrders(tx, actor, relatedIds, 'relatedIds');

    const statuses = await cachedStatuses(tx, actor.organizationId);
    const status = input.status
      ? statuses.find((s) => s.code === input.status && s.active)
      : statuses.find((s) => s.phase === 'intake' && s.active);
    if (!status || !OPENING_PHASES.has(status.phase)) {
      throw new AppError('UNPROCESSABLE', { reason: 'status' }, [{ path: 'status', code: 'invalid_status' }]);
    }

    let device = input.deviceId ? await requireDevice(tx, actor, customer.id, input.deviceId) : null;
    if (input.newDevice) {
      device = await registerDeviceFromWorkOrder(tx, actor, { ...input.newDevice, customerId: customer.id });
    }
    const openOrders = device ? await findOpenOrdersOfDevice(tx, actor.organizationId, device.id) : [];

    const priority = resolvePriority(
      { impact: input.impact ?? null, urgency: input.urgency ?? null, override: input.priority ?? null },
      settings.priorityMatrix as Parameters<typeof resolvePriority>[1],
    );
    // The order is written under a provisional number (unique, never visible outside this
    // transaction) and numbered last, just before the writes that show the number: the counter
    // row stays locked from `numberWorkOrder` to commit, so everything done before it
    // (activity, links, SLA state) is outside the window that serialises concurrent creates.
    const draft = await insertWorkOrder(tx, {
      organizationId: actor.organizationId,
      number: `~${randomUUID()}`,
      customerId: customer.id,
      customerName: customer.name,
      contactId: input.contactId ?? null,
      deviceId: device?.id ?? null,
      deviceType: device?.deviceType ?? null,
      serviceAddressId: input.serviceAddressId ?? null,
      channel: input.channel,
      type: input.type,
      complaint: input.complaint,
      categoryId: input.categoryId ?? null,
      impact: input.impact ?? null,
      urgency: input.urgency ?? null,
      priority,
      priorityOverridden: input.priority != null,
      status: status.code,
      phase: status.phase,
      requestedDate: input.requestedDate ?? null,
      teamId: input.teamId ?? null,
      technicianIds,
      tags: [...new Set(input.tags ?? [])],
      customCodes: input.customCodes ?? {},
      parentId: input.parentId ?? null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    for (const relatedId of relatedIds)
      await insertRelatedLink(tx, actor.organizationId, draft.id, relatedId);
    await insertActivity(tx, actor, {
      workOrderId: draft.id,
      kind: 'created',
      toStatus: draft.status,
      description: input.complaint,
      data: { channel: draft.channel },
    });
    await recordSlaChange(tx, actor, draft.id);
    const row = await numberWorkOrder(
      tx,
      actor.organizationId,
      draft.id,
      settings.numberPrefix,
      numberingYear(now),
    );
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order',
      entityId: row.id,
      action: 'create',
      after: auditView(row),
    });
    await enqueueOpenedForRepresentative(tx, row, customer.representativeId);
    await enqueueAssignedToTechnicians(tx, row, technicianIds);
    return {
      ...toWorkOrder(row, relatedIds),
      warnings: openOrders.map((order) => ({
        code: 'OPEN_ORDER_FOR_DEVICE' as const,
        workOrderId: order.id,
        number: order.number,
      })),
    };
  });
}
