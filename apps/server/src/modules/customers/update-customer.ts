import type { Customer, UpdateCustomerBody } from '@usta/contracts/customers';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { auditedCustomer, checkRepresentative, toAddressValues } from './customer-input.ts';
import {
  type AddressRow,
  findAddresses,
  findCustomerRow,
  replaceAddresses,
  searchColumns,
  toCustomer,
  updateCustomerRow,
} from './customer-repository.ts';
import { isVisible, visibleCustomerIds } from './visibility.ts';

/** A partial edit; lists given replace the stored ones (see updateCustomerBodySchema). */
export async function updateCustomer(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateCustomerBody,
): Promise<Customer> {
  return db.transaction(async (tx) => {
    const current = await findCustomerRow(tx, actor.organizationId, id, true);
    if (!current || !isVisible(await visibleCustomerIds(tx, actor), current.id)) throw notFound('customer');
    const currentAddresses = (await findAddresses(tx, [id])).get(id) ?? [];
    const before = toCustomer(current, currentAddresses);
    if (current.version !== input.version) throw versionConflict(before);

    if (input.representativeId !== undefined) {
      await checkRepresentative(tx, actor.organizationId, input.representativeId);
    }
    const phones =
      input.phones?.map((phone) => ({ number: phone.number, label: phone.label ?? null })) ?? current.phones;
    const emails = input.emails ?? current.emails;
    const row = await updateCustomerRow(tx, id, {
      type: input.type ?? current.type,
      name: input.name ?? current.name,
      taxNumber: input.taxNumber === undefined ? current.taxNumber : input.taxNumber,
      taxOffice: input.taxOffice === undefined ? current.taxOffice : input.taxOffice,
      phones,
      emails,
      ...searchColumns(phones, emails),
      representativeId:
        input.representativeId === undefined ? current.representativeId : input.representativeId,
      tags: input.tags ? [...new Set(input.tags)] : current.tags,
      notes: input.notes === undefined ? current.notes : input.notes,
      active: input.active ?? current.active,
    });
    const addresses = input.addresses
      ? await saveAddresses(tx, actor.organizationId, id, input.addresses, currentAddresses)
      : currentAddresses;
    const customer = toCustomer(row, addresses);
    await recordAuditEvent(tx, actor, {
      entityType: 'customer',
      entityId: id,
      action: 'update',
      before: auditedCustomer(before),
      after: auditedCustomer(customer),
    });
    return customer;
  });
}

async function saveAddresses(
  tx: Executor,
  organizationId: string,
  customerId: string,
  addresses: NonNullable<UpdateCustomerBody['addresses']>,
  current: AddressRow[],
): Promise<AddressRow[]> {
  const ours = new Set(current.map((address) => address.id));
  addresses.forEach((address, index) => {
    // An id of another customer (or company) is as unknown as one that never existed.
    if (address.id && !ours.has(address.id)) {
      throw new AppError('NOT_FOUND', { entity: 'address' }, [
        { path: `addresses.${index}.id`, code: 'not_found' },
      ]);
    }
  });
  const values = addresses.map((address) => toAddressValues(address, true));
  return replaceAddresses(tx, organizationId, customerId, values).catch((error: unknown) => {
    // A removed address still has a device (or another record) at it: keep everything as it was.
    if ((error as { cause?: { code?: string } }).cause?.code === '23503') {
      throw new AppError('UNPROCESSABLE', { reason: 'address in use' }, [
        { path: 'addresses', code: 'address_in_use' },
      ]);
    }
    throw error;
  });
}
