import type { Contact, UpdateContactBody } from '@usta/contracts/customers';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { type ContactRow, findContactRow, toContact, updateContactRow } from './contact-repository.ts';
import { isVisible, visibleCustomerIds } from './visibility.ts';

/** A partial edit; a contact stays with its customer (make a new one at the other customer). */
export async function updateContact(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateContactBody,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const current = await findContactRow(tx, actor.organizationId, id, true);
    if (!current || !isVisible(await visibleCustomerIds(tx, actor), current.customerId))
      throw notFound('contact');
    if (current.version !== input.version) throw versionConflict(toContact(current));
    const keep = <K extends keyof ContactRow>(key: K, value: ContactRow[K] | undefined) =>
      value === undefined ? current[key] : value;
    const row = await updateContactRow(tx, id, {
      name: keep('name', input.name),
      title: keep('title', input.title),
      phone: keep('phone', input.phone),
      email: keep('email', input.email),
      active: keep('active', input.active),
      notes: keep('notes', input.notes),
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'contact',
      entityId: id,
      action: 'update',
      before: audited(current),
      after: audited(row),
    });
    return toContact(row);
  });
}

function audited(row: ContactRow) {
  return {
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    active: row.active,
    notes: row.notes,
  };
}
