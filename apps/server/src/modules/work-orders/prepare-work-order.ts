import { randomUUID } from 'node:crypto';
import type { CreateWorkOrderBody } from '@usta/contracts/work-orders';
import { resolvePriority } from '@usta/core/work-orders';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, forbidden } from '../../http/errors.ts';
import type { CustomerSummary } from '../customers/index.ts';
import { registerDeviceFromWorkOrder } from '../devices/index.ts';
import {
  checkAddress,
  checkCategory,
  checkContact,
  checkOrders,
  checkTeam,
  checkTechnicians,
  missingReference,
  requireDevice,
} from './check-references.ts';
import type { SettingsRow } from './settings-repository.ts';
import type { cachedStatuses } from './status-cache.ts';
import type { WorkOrderInsert, WorkOrderRow } from './work-order-repository.ts';
import { findOpenOrdersOfDevice } from './work-order-repository.ts';

/** Phases a new order may start in: recorded, looked at first, or straight to planning. */
const OPENING_PHASES = new Set(['intake', 'pre_inspection', 'planning']);

export interface CreateRequest {
  actor: Actor;
  input: CreateWorkOrderBody;
  now: Date;
}

/** What the company's configuration and the batch's customers say, read once per batch. */
export interface CreateContext {
  settings: SettingsRow;
  statuses: Awaited<ReturnType<typeof cachedStatuses>>;
  customers: Map<string, CustomerSummary>;
}

/** A request that passed every check: the row to insert and what the writes after it need. */
export interface PreparedOrder {
  request: CreateRequest;
  values: WorkOrderInsert & { id: string };
  customer: CustomerSummary;
  technicianIds: string[];
  relatedIds: string[];
  openOrders: WorkOrderRow[];
}

/**
 * Checks one request against the company's data and builds its row (the number is given when the
 * batch is written, see createWorkOrders). Reads only, except a device registered on the spot —
 * which the caller runs under a savepoint. Throws
 * the request's AppError (404 on an unknown reference, 422 on a mismatch) before writing anything.
 */
export async function prepareWorkOrder(
  tx: Executor,
  request: CreateRequest,
  context: CreateContext,
): Promise<PreparedOrder> {
  const { actor, input, now } = request;
  const customer = context.customers.get(input.customerId);
  if (!customer) throw missingReference('customerId', 'customer');
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

  const status = input.status
    ? context.statuses.find((s) => s.code === input.status && s.active)
    : context.statuses.find((s) => s.phase === 'intake' && s.active);
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
    context.settings.priorityMatrix as Parameters<typeof resolvePriority>[1],
  );
  return {
    request,
    customer,
    technicianIds,
    relatedIds,
    openOrders,
    values: {
      id: randomUUID(),
      organizationId: actor.organizationId,
      number: '',
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
    },
  };
}
