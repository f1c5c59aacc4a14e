import { localDateAt, warrantyStatusAt } from '@usta/core/work-orders';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findContact, findCustomer } from '../customers/index.ts';
import { findDevice } from '../devices/index.ts';
import { findOrganization } from '../organizations/organization-repository.ts';
import { loadServiceFormTemplate, renderServiceForm } from '../service-forms/index.ts';
import { listPartsOf } from '../stock/index.ts';
import { findUser } from '../users/user-repository.ts';
import { listActivities } from './activity-repository.ts';
import { statusInfoOf } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import { findWorkOrder } from './work-order-repository.ts';

/**
 * The printable service form (seed 002: "istenildiği şekilde dizayn edilebilen bir formatta
 * yazdırılarak servis formu çıktısı alınabilir"): the order's data in the company's layout.
 * Time entries print as labour lines, parts used (stock module) as part lines with their serials.
 */
export async function printServiceForm(db: Database, actor: Actor, id: string): Promise<Buffer> {
  const order = await findWorkOrder(db, actor, id);
  if (!order) throw notFound('work order');
  const [organization, template, statuses, customer, contact, device, activities, parts] = await Promise.all([
    findOrganization(db, actor.organizationId),
    loadServiceFormTemplate(db, actor.organizationId),
    loadStatuses(db, actor.organizationId),
    findCustomer(db, actor.organizationId, order.customerId),
    order.contactId ? findContact(db, actor.organizationId, order.contactId) : null,
    order.deviceId ? findDevice(db, actor.organizationId, order.deviceId) : null,
    listActivities(db, actor.organizationId, order.id, { limit: 200 }),
    listPartsOf(db, actor.organizationId, [order.id]),
  ]);
  const technicians = await Promise.all(
    order.technicianIds.map((t) => findUser(db, actor.organizationId, t)),
  );
  const status = statusInfoOf(order, statuses);
  const address = customer?.addresses.find((a) => a.id === order.serviceAddressId) ?? customer?.addresses[0];
  return renderServiceForm(
    {
      company: { name: organization?.name ?? '' },
      workOrder: {
        number: order.number,
        openedAt: order.createdAt,
        requestedDate: order.requestedDate,
        closedAt: order.closedAt,
        type: order.type,
        channel: order.channel,
        priority: order.priority,
        statusName: template.locale === 'en' ? status.nameEn : status.nameTr,
        complaint: order.complaint,
        diagnosis: order.diagnosis,
        workDone: order.workDone,
        resolutionCode: order.resolutionCode,
      },
      customer: {
        name: customer?.name ?? order.customerName,
        address: address ? [address.line, address.district, address.province].join(', ') : null,
        phone: customer?.phones[0] ?? null,
        email: customer?.emails[0] ?? null,
      },
      contact: contact ? { name: contact.name, phone: contact.phone, email: contact.email } : null,
      device: device
        ? {
            brand: device.brand,
            model: device.model,
            type: device.deviceType,
            serialNumber: device.serialNumber,
            warrantyStatus: printedWarranty(warrantyStatusAt(device, localDateAt(new Date()))),
            warrantyEndsOn: device.warrantyEnd,
          }
        : null,
      technicians: technicians.flatMap((user) => (user ? [user.name] : [])),
      parts: parts.map((part) => ({
        code: part.itemCode,
        name: part.serialNumber ? `${part.itemName} (S/N ${part.serialNumber})` : part.itemName,
        quantity: part.quantity,
        unit: part.unit,
      })),
      labour: activities
        .filter((a) => a.kind === 'time_entry' && a.startedAt && a.endedAt)
        .reverse()
        .map((a) => ({
          description: a.description ?? '',
          technician: a.actorName,
          minutes: Math.round((a.endedAt!.getTime() - a.startedAt!.getTime()) / 60_000),
        })),
      notes: activities
        .filter((a) => a.kind === 'note' && a.visibility === 'customer')
        .reverse()
        .map((a) => a.description)
        .join('\n'),
    },
    template,
  );
}

/** The form's vocabulary: it prints `out_of_warranty`, not our `expired`. */
function printedWarranty(status: string): string {
  return status === 'expired' ? 'out_of_warranty' : status === 'in_warranty' ? status : 'unknown';
}
