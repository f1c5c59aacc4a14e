import type { Contact } from '@usta/contracts/customers';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findContactRow, toContact } from './contact-repository.ts';
import { isVisible, visibleCustomerIds } from './visibility.ts';

export async function getContact(db: Executor, actor: Actor, id: string): Promise<Contact> {
  const row = await findContactRow(db, actor.organizationId, id);
  if (!row || !isVisible(await visibleCustomerIds(db, actor), row.customerId)) throw notFound('contact');
  return toContact(row);
}
