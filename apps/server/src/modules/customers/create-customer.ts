import type { CreateCustomerBody, Customer } from '@usta/contracts/customers';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { auditedCustomer, checkRepresentative, toAddressValues } from './customer-input.ts';
import { insertCustomerRow, replaceAddresses, searchColumns, toCustomer } from './customer-repository.ts';

export async function createCustomer(
  db: Database,
  actor: Actor,
  input: CreateCustomerBody,
): Promise<Customer> {
  return db.transaction(async (tx) => {
    await checkRepresentative(tx, actor.organizationId, input.representativeId);
    const phones = input.phones.map((phone) => ({ number: phone.number, label: phone.label ?? null }));
    const row = await insertCustomerRow(tx, {
      organizationId: actor.organizationId,
      type: input.type,
      name: input.name,
      taxNumber: input.taxNumber ?? null,
      taxOffice: input.taxOffice ?? null,
      phones,
      emails: input.emails,
      ...searchColumns(phones, input.emails),
      representativeId: input.representativeId ?? null,
      tags: [...new Set(input.tags)],
      notes: input.notes ?? null,
    });
    // A new customer has no addresses yet: ids sent with them are not ours to keep.
    const addresses = await replaceAddresses(
      tx,
      actor.organizationId,
      row.id,
      input.addresses.map((address) => toAddressValues(address, false)),
    );
    const customer = toCustomer(row, addresses);
    await recordAuditEvent(tx, actor, {
      entityType: 'customer',
      entityId: customer.id,
      action: 'create',
      after: auditedCustomer(customer),
    });
    return customer;
  });
}
