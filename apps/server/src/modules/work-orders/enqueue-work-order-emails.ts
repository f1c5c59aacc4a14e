import type { Executor } from '../../db/database.ts';
import { type EnqueueEmailInput, enqueueEmails } from '../outbox/index.ts';
import { notifyTechnicianByPush } from '../push/index.ts';
import { findActiveUsersByIds } from '../users/index.ts';
import { findUser } from '../users/user-repository.ts';
import type { WorkOrderRow } from './work-order-repository.ts';

// E-mails go through the outbox in the caller's transaction (STYLE.md habit 7): an order that
// rolls back sends nothing, and one that commits is sure to send.

function orderData(order: WorkOrderRow) {
  return {
    workOrderId: order.id,
    number: order.number,
    customerName: order.customerName,
    complaint: order.complaint,
    priority: order.priority,
    requestedDate: order.requestedDate,
  };
}

/** Seed 001: "Atanan kişi e-posta ile bilgilendirilir." One mail per newly assigned technician. */
export async function enqueueAssignedToTechnicians(
  tx: Executor,
  order: WorkOrderRow,
  technicianIds: readonly string[],
): Promise<void> {
  await enqueueOrderEmails(tx, [{ order, representativeId: null, technicianIds }]);
}

/**
 * The mails of orders — to the customer's representative when an order opens (seed 001:
 * "Açılan her servis formu için ilgili müşteri temsilcisine e-posta gönderilir") and to each
 * technician assigned (plus a Web Push, issue 7) — for one order or a batch of creates: the
 * active recipients read in one query per company, the mails written in one statement.
 */
export async function enqueueOrderEmails(
  tx: Executor,
  opened: readonly {
    order: WorkOrderRow;
    representativeId: string | null;
    technicianIds: readonly string[];
  }[],
): Promise<void> {
  const wanted = new Map<string, Set<string>>();
  for (const { order, representativeId, technicianIds } of opened) {
    const ids = wanted.get(order.organizationId) ?? new Set<string>();
    if (representativeId) ids.add(representativeId);
    for (const id of technicianIds) ids.add(id);
    wanted.set(order.organizationId, ids);
  }
  const users = new Map<string, Awaited<ReturnType<typeof findActiveUsersByIds>>[number]>();
  for (const [organizationId, ids] of wanted) {
    if (ids.size === 0) continue;
    for (const user of await findActiveUsersByIds(tx, organizationId, [...ids])) users.set(user.id, user);
  }
  const mails: EnqueueEmailInput[] = [];
  for (const { order, representativeId, technicianIds } of opened) {
    const representative = representativeId ? users.get(representativeId) : undefined;
    if (representative)
      mails.push({
        organizationId: order.organizationId,
        to: representative.email,
        template: 'work_order_opened_for_representative',
        locale: representative.locale,
        data: { ...orderData(order), recipientName: representative.name },
        dedupeKey: `work_order_opened:${order.id}`,
      });
    for (const technicianId of technicianIds) {
      const technician = users.get(technicianId);
      if (!technician) continue;
      mails.push({
        organizationId: order.organizationId,
        to: technician.email,
        template: 'work_order_assigned_to_technician',
        locale: technician.locale,
        data: { ...orderData(order), recipientName: technician.name },
        dedupeKey: `work_order_assigned:${order.id}:${technicianId}:${order.version}`,
      });
    }
  }
  await enqueueEmails(tx, mails);
  for (const { order, technicianIds } of opened)
    for (const technicianId of technicianIds) {
      const technician = users.get(technicianId);
      if (!technician) continue;
      await notifyTechnicianByPush(tx, {
        organizationId: order.organizationId,
        userId: technicianId,
        locale: technician.locale,
        kind: 'work_order_assigned',
        workOrderId: order.id,
        number: order.number,
        customerName: order.customerName,
        dedupeKey: `work_order_assigned:${order.id}:${technicianId}:${order.version}`,
      });
    }
}

/**
 * Issue 7: a technician taken off the order hears it on their phone at once (Web Push) and on
 * the next sync (the field app reads these rows back as "taken off your plan").
 */
export async function enqueueRemovedFromTechnicians(
  tx: Executor,
  order: WorkOrderRow,
  technicianIds: readonly string[],
): Promise<void> {
  for (const technicianId of technicianIds) {
    const user = await findUser(tx, order.organizationId, technicianId);
    await notifyTechnicianByPush(tx, {
      organizationId: order.organizationId,
      userId: technicianId,
      locale: user?.locale,
      kind: 'removed_from_plan',
      workOrderId: order.id,
      number: order.number,
      customerName: order.customerName,
      change: 'reassigned',
      dedupeKey: `work_order_unassigned:${order.id}:${technicianId}:${order.version}`,
    });
  }
}
