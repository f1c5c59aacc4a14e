import type { ListContactsQuery, ListCustomersQuery } from '@usta/contracts/customers';
import { type AnyColumn, sql } from 'drizzle-orm';
import { hiddenFromIndexes, type SortSpec, sortSpec } from '../../http/keyset.ts';
import { contacts, customers } from './tables.ts';

/**
 * Turkish alphabetical order: Çağrı after Can, İsmail after Işıl (indexes of the same
 * expressions are in migration `customer_search_indexes`). With a name search (`searching`) the
 * name order is kept off its index, so the trigram indexes find the matches (see keyset.ts).
 */
export function customerSort(name: ListCustomersQuery['sort'], searching = false): SortSpec {
  const order = (column: AnyColumn) => (searching ? hiddenFromIndexes(column, 'text') : sql`${column}`);
  switch (name) {
    case 'name':
    case '-name':
      return sortSpec(name, sql`${order(customers.name)} COLLATE "tr-TR-x-icu"`, 'text');
    case 'createdAt':
    case '-createdAt':
      return sortSpec(name, sql`${customers.createdAt}`, 'timestamptz');
    case 'updatedAt':
    case '-updatedAt':
      return sortSpec(name, sql`${customers.updatedAt}`, 'timestamptz');
  }
}

export function contactSort(name: ListContactsQuery['sort'], searching = false): SortSpec {
  const order = (column: AnyColumn) => (searching ? hiddenFromIndexes(column, 'text') : sql`${column}`);
  switch (name) {
    case 'name':
    case '-name':
      return sortSpec(name, sql`${order(contacts.name)} COLLATE "tr-TR-x-icu"`, 'text');
    case 'createdAt':
    case '-createdAt':
      return sortSpec(name, sql`${contacts.createdAt}`, 'timestamptz');
  }
}
