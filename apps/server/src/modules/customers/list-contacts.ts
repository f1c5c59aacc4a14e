import type { ListContactsQuery } from '@usta/contracts/customers';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { pageOf, readCursor, usesTrigrams } from '../../http/keyset.ts';
import { selectContacts, toContact } from './contact-repository.ts';
import { contactSort } from './customer-order.ts';
import { findCustomerRow } from './customer-repository.ts';
import { isVisible, visibleCustomerIds } from './visibility.ts';

/**
 * Contacts of the organisation, or of one customer. Under `/customers/{id}/contacts` an unknown
 * customer is a 404 (`requireCustomer`); as a filter of `/contacts` it just matches nothing.
 */
export async function listContacts(
  db: Executor,
  actor: Actor,
  query: ListContactsQuery,
  options: { requireCustomer?: boolean } = {},
) {
  const scope = await visibleCustomerIds(db, actor);
  if (options.requireCustomer && query.customerId) {
    const customer = await findCustomerRow(db, actor.organizationId, query.customerId);
    if (!customer || !isVisible(scope, customer.id)) throw notFound('customer');
  }
  const q = query.q?.trim() || undefined;
  const rows = await selectContacts(db, {
    organizationId: actor.organizationId,
    customerId: query.customerId,
    q,
    active: query.active === undefined ? undefined : query.active === 'true',
    onlyCustomerIds: scope ?? undefined,
    sort: contactSort(query.sort, usesTrigrams(q)),
    after: readCursor(query.cursor, query.sort),
    limit: query.limit + 1,
  });
  const page = pageOf(rows, query.limit, query.sort, (row) => row.id);
  return { items: page.rows.map(toContact), nextCursor: page.nextCursor };
}
