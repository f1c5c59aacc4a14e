import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { findContact, findCustomer } from '../customers/index.ts';
import { enqueueEmail } from '../outbox/index.ts';
import type { FieldOrderRow } from '../work-orders/index.ts';

/**
 * "Technician on the way" to the order's contact (else the customer's first e-mail), queued in
 * the command's transaction: it goes out once the command is applied, whenever that is, and a
 * replayed command queues nothing (the key is the command's id).
 */
export async function enqueueOnTheWay(tx: Executor, actor: Actor, row: FieldOrderRow, commandId: string) {
  const contact = row.contactId ? await findContact(tx, actor.organizationId, row.contactId) : null;
  const customer = await findCustomer(tx, actor.organizationId, row.customerId);
  const to = contact?.email ?? customer?.emails[0] ?? null;
  if (!to) return;
  const address =
    customer?.addresses.find((a) => a.id === row.serviceAddressId) ?? customer?.addresses[0] ?? null;
  await enqueueEmail(tx, {
    organizationId: actor.organizationId,
    to,
    template: 'technician_on_the_way',
    locale: 'tr',
    data: {
      workOrderId: row.id,
      number: row.number,
      technicianName: actor.name,
      recipientName: contact?.name ?? customer?.name ?? null,
      address: address ? [address.line, address.district, address.province].filter(Boolean).join(', ') : null,
    },
    dedupeKey: `technician_on_the_way:${row.id}:${commandId}`,
  });
}
