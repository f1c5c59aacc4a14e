import type { Executor } from '../../db/database.ts';
import { enqueueEmail } from '../outbox/index.ts';
import { notifyTechnicianByPush } from '../push/index.ts';
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

/** Seed 001: "Açılan her servis formu için ilgili müşteri temsilcisine e-posta gönderilir." */
export async function enqueueOpenedForRepresentative(
  tx: Executor,
  order: WorkOrderRow,
  representativeId: string | null | undefined,
): Promise<void> {
  if (!representativeId) return;
  const user = await findUser(tx, order.organizationId, representativeId);
  if (!user?.active) return;
  await enqueueEmail(tx, {
    organizationId: order.organizationId,
    to: user.email,
    template: 'work_order_opened_for_representative',
    locale: user.locale === 'en' ? 'en' : 'tr',
    data: { ...orderData(order), recipientName: user.name },
    dedupeKey: `work_order_opened:${order.id}`,
  });
}

/** Seed 001: "Atanan kişi e-posta ile bilgilendirilir." One mail per newly assigned technician. */
export async function enqueueAssignedToTechnicians(
  tx: Executor,
  order: WorkOrderRow,
  technicianIds: readonly string[],
): Promise<void> {
  for (const technicianId of technicianIds) {
    const user = await findUser(tx, order.organizationId, technicianId);
    if (!user?.active) continue;
    await enqueueEmail(tx, {
      organizationId: order.organizationId,
      to: user.email,
      template: 'work_order_assigned_to_technician',
      locale: user.locale === 'en' ? 'en' : 'tr',
      data: { ...orderData(order), recipientName: user.name },
      dedupeKey: `work_order_assigned:${order.id}:${technicianId}:${order.version}`,
    });
    // Issue 7: the technician's field app also hears it by Web Push where subscribed.
    await notifyTechnicianByPush(tx, {
      organizationId: order.organizationId,
      userId: technicianId,
      locale: user.locale,
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
