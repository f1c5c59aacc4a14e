import type { Contact, CreateContactBody } from '@usta/contracts/customers';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { insertContactRow, toContact } from './contact-repository.ts';
import { findCustomerRow } from './customer-repository.ts';
import { isVisible, visibleCustomerIds } from './visibility.ts';

export async function createContact(db: Database, actor: Actor, input: CreateContactBody): Promise<Contact> {
  return db.transaction(async (tx) => {
    const customer = await findCustomerRow(tx, actor.organizationId, input.customerId);
    if (!customer || !isVisible(await visibleCustomerIds(tx, actor), customer.id)) {
      throw new AppError('NOT_FOUND', { entity: 'customer' }, [{ path: 'customerId', code: 'not_found' }]);
    }
    const row = await insertContactRow(tx, {
      organizationId: actor.organizationId,
      customerId: customer.id,
      name: input.name,
      title: input.title ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      active: input.active,
      notes: input.notes ?? null,
    });
    const contact = toContact(row);
    const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...after } = contact;
    await recordAuditEvent(tx, actor, { entityType: 'contact', entityId: row.id, action: 'create', after });
    return contact;
  });
}
