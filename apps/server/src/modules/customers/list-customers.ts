import type { CustomerPage, ListCustomersQuery } from '@usta/contracts/customers';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { pageOf, readCursor, usesTrigrams } from '../../http/keyset.ts';
import { customerSort } from './customer-order.ts';
import { findAddresses, selectCustomers, toCustomer } from './customer-repository.ts';
import { visibleCustomerIds } from './visibility.ts';

export async function listCustomers(
  db: Executor,
  actor: Actor,
  query: ListCustomersQuery,
): Promise<CustomerPage> {
  const q = query.q?.trim() || undefined;
  const sort = customerSort(query.sort, usesTrigrams(q));
  const rows = await selectCustomers(db, {
    organizationId: actor.organizationId,
    q,
    type: query.type,
    representativeId: query.representativeId,
    tag: query.tag?.trim() || undefined,
    province: query.province?.trim() || undefined,
    active: query.active === undefined ? undefined : query.active === 'true',
    onlyIds: (await visibleCustomerIds(db, actor)) ?? undefined,
    sort,
    after: readCursor(query.cursor, query.sort),
    limit: query.limit + 1,
  });
  const page = pageOf(rows, query.limit, query.sort, (row) => row.id);
  const addresses = await findAddresses(
    db,
    page.rows.map((row) => row.id),
  );
  return {
    items: page.rows.map((row) => toCustomer(row, addresses.get(row.id) ?? [])),
    nextCursor: page.nextCursor,
  };
}
