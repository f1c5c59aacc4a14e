import type { Customer } from '@usta/contracts/customers';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findAddresses, findCustomerRow, toCustomer } from './customer-repository.ts';
import { isVisible, visibleCustomerIds } from './visibility.ts';

export async function getCustomer(db: Executor, actor: Actor, id: string): Promise<Customer> {
  const row = await findCustomerRow(db, actor.organizationId, id);
  if (!row || !isVisible(await visibleCustomerIds(db, actor), row.id)) throw notFound('customer');
  const addresses = await findAddresses(db, [row.id]);
  return toCustomer(row, addresses.get(row.id) ?? []);
}
