import type { ListContactsQuery, ListCustomersQuery } from '@usta/contracts/customers';
import { sql } from 'drizzle-orm';
import { type SortSpec, sortSpec } from './keyset.ts';
import { contacts, customers } from './tables.ts';

// Turkish alphabetical order: Çağrı after Can, İsmail after Işıl (indexes of the same
// expressions are in migration `customer_search_indexes`).
export function customerSort(name: ListCustomersQuery['sort']): SortSpec {
  switch (name) {
    case 'name':
    case '-name':
      return sortSpec(name, sql`${customers.name} COLLATE "tr-TR-x-icu"`, 'text');
    case 'createdAt':
    case '-createdAt':
      return sortSpec(name, sql`${customers.createdAt}`, 'timestamptz');
    case 'updatedAt':
    case '-updatedAt':
      return sortSpec(name, sql`${customers.updatedAt}`, 'timestamptz');
  }
}

export function contactSort(name: ListContactsQuery['sort']): SortSpec {
  switch (name) {
    case 'name':
    case '-name':
      return sortSpec(name, sql`${contacts.name} COLLATE "tr-TR-x-icu"`, 'text');
    case 'createdAt':
    case '-createdAt':
      return sortSpec(name, sql`${contacts.createdAt}`, 'timestamptz');
  }
}
