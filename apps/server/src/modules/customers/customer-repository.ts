import type { Address, Customer } from '@usta/contracts/customers';
import { parseCustomerSearch, searchKey } from '@usta/core/text';
import { and, asc, eq, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import {
  hiddenFromIndexes,
  likeAnywhere,
  type SortSpec,
  seekAfter,
  usesTrigrams,
} from '../../http/keyset.ts';
import { contacts, customerAddresses, customers, type StoredPhone } from './tables.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type AddressRow = typeof customerAddresses.$inferSelect;
export type NewAddress = Omit<
  typeof customerAddresses.$inferInsert,
  'organizationId' | 'customerId' | 'position'
>;

export function toAddress(row: AddressRow): Address {
  return {
    id: row.id,
    label: row.label,
    province: row.province,
    district: row.district,
    neighbourhood: row.neighbourhood,
    line: row.line,
    postalCode: row.postalCode,
    coordinates:
      row.latitude !== null && row.longitude !== null ? { lat: row.latitude, lng: row.longitude } : null,
    isDefault: row.isDefault,
  };
}

export function toCustomer(row: CustomerRow, addresses: AddressRow[]): Customer {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    taxNumber: row.taxNumber,
    taxOffice: row.taxOffice,
    addresses: addresses.map(toAddress),
    phones: row.phones,
    emails: row.emails,
    representativeId: row.representativeId,
    tags: row.tags,
    notes: row.notes,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/**
 * The digits a phone search matches: the national number for Turkish numbers (what people type
 * after the 0), all digits for foreign ones. Space-separated, so one LIKE covers every phone.
 */
export function phoneDigitsOf(phones: StoredPhone[]): string {
  return phones
    .map(({ number }) => (number.startsWith('+90') ? number.slice(3) : number.replace(/\D/gu, '')))
    .join(' ');
}

/** The stored search columns that follow from phones and e-mails. */
export function searchColumns(phones: StoredPhone[], emails: string[]) {
  return { phoneDigits: phoneDigitsOf(phones), emailText: emails.join(' ') };
}

export async function findCustomerRow(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), eq(customers.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Addresses of some customers, in their stored order, grouped by customer id. */
export async function findAddresses(db: Executor, customerIds: string[]): Promise<Map<string, AddressRow[]>> {
  const grouped = new Map<string, AddressRow[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return grouped;
  const rows = await db
    .select()
    .from(customerAddresses)
    .where(inArray(customerAddresses.customerId, customerIds))
    .orderBy(asc(customerAddresses.customerId), asc(customerAddresses.position));
  for (const row of rows) grouped.get(row.customerId)?.push(row);
  return grouped;
}

/**
 * The condition for a search box: every word in the name key, or the digits in a phone (the
 * customer's or a contact's), or a tax-number prefix, or the text in an e-mail
 * (parseCustomerSearch decides which apply). Each branch is served by its own index (trigram GIN
 * or the tax-number btree).
 */
export function customerSearchCondition(q: string): SQL | undefined {
  const search = parseCustomerSearch(q);
  const branches: SQL[] = [];
  if (search.terms.length > 0) {
    branches.push(
      sql.join(
        search.terms.map((term) => sql`usta_search_key(${customers.name}) LIKE ${likeAnywhere(term)}`),
        sql` AND `,
      ),
    );
  }
  if (search.phoneDigits) {
    const digits = likeAnywhere(search.phoneDigits);
    branches.push(sql`${customers.phoneDigits} LIKE ${digits}`);
    // A call from a contact's own number finds the customer too (caller id at the call centre).
    branches.push(
      sql`${customers.id} IN (SELECT ${contacts.customerId} FROM ${contacts} WHERE ${contacts.phone} LIKE ${digits})`,
    );
  }
  if (search.taxNumberPrefix) {
    branches.push(sql`${customers.taxNumber} LIKE ${`${search.taxNumberPrefix}%`}`);
  }
  if (search.email) branches.push(sql`${customers.emailText} LIKE ${likeAnywhere(search.email)}`);
  if (branches.length === 0) return undefined;
  return sql`(${sql.join(
    branches.map((branch) => sql`(${branch})`),
    sql` OR `,
  )})`;
}

export interface CustomerListFilter {
  organizationId: string;
  q?: string | undefined;
  type?: CustomerRow['type'] | undefined;
  representativeId?: string | undefined;
  tag?: string | undefined;
  province?: string | undefined;
  active?: boolean | undefined;
  /** When set, only these customers (the technician's authorised customers; see visibility.ts). */
  onlyIds?: string[] | undefined;
  sort: SortSpec;
  after?: { value: string; id: string } | undefined;
  limit: number;
}

/** A page of customers, each with its sort value as text for the next cursor. */
export async function selectCustomers(db: Executor, filter: CustomerListFilter) {
  const conditions: (SQL | undefined)[] = [eq(customers.organizationId, filter.organizationId)];
  if (filter.q) conditions.push(customerSearchCondition(filter.q));
  if (filter.type) conditions.push(eq(customers.type, filter.type));
  if (filter.representativeId) conditions.push(eq(customers.representativeId, filter.representativeId));
  if (filter.tag) conditions.push(sql`${customers.tags} @> ARRAY[${filter.tag}]::text[]`);
  if (filter.province) {
    conditions.push(
      inArray(
        customers.id,
        db
          .select({ id: customerAddresses.customerId })
          .from(customerAddresses)
          .where(
            and(
              eq(customerAddresses.organizationId, filter.organizationId),
              sql`usta_search_key(${customerAddresses.province}) = ${searchKey(filter.province)}`,
            ),
          ),
      ),
    );
  }
  if (filter.active !== undefined) conditions.push(eq(customers.active, filter.active));
  if (filter.onlyIds) conditions.push(inArray(customers.id, filter.onlyIds));
  if (filter.after) conditions.push(seekAfter(filter.sort, customers.id, filter.after));
  return db
    .select({ row: customers, sortValue: sql<string>`(${filter.sort.expression})::text` })
    .from(customers)
    .where(and(...conditions))
    .orderBy(...filter.sort.orderBy(customers.id))
    .limit(filter.limit);
}

/** Ids of customers matching a search box, for other modules' filters. */
export async function selectCustomerIdsMatching(
  db: Executor,
  organizationId: string,
  q: string,
  limit: number,
) {
  const condition = customerSearchCondition(q);
  if (!condition) return [];
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), condition))
    // Off the name-order index for real searches: see hiddenFromIndexes in keyset.ts.
    .orderBy(
      sql`${usesTrigrams(q) ? hiddenFromIndexes(customers.name, 'text') : customers.name} COLLATE "tr-TR-x-icu"`,
      asc(customers.id),
    )
    .limit(limit);
  return rows.map((row) => row.id);
}

export async function insertCustomerRow(db: Executor, values: typeof customers.$inferInsert) {
  const [row] = await db.insert(customers).values(values).returning();
  return row!;
}

export async function updateCustomerRow(
  db: Executor,
  id: string,
  patch: Partial<Omit<CustomerRow, 'id' | 'organizationId' | 'version' | 'createdAt' | 'updatedAt'>>,
) {
  const [row] = await db
    .update(customers)
    .set({ ...patch, version: sql`${customers.version} + 1`, updatedAt: new Date() })
    .where(eq(customers.id, id))
    .returning();
  return row!;
}

/**
 * Makes the stored addresses equal to `addresses` (in that order): ids given are updated, new
 * ones inserted, the rest deleted. Deleting one a device still points at fails on the foreign
 * key (23503), which the caller reports.
 */
export async function replaceAddresses(
  db: Executor,
  organizationId: string,
  customerId: string,
  addresses: NewAddress[],
): Promise<AddressRow[]> {
  const keep = addresses.flatMap((address) => (address.id ? [address.id] : []));
  await db
    .delete(customerAddresses)
    .where(
      and(
        eq(customerAddresses.customerId, customerId),
        keep.length > 0 ? notInArray(customerAddresses.id, keep) : undefined,
      ),
    );
  const rows: AddressRow[] = [];
  for (const [position, address] of addresses.entries()) {
    const values = { ...address, organizationId, customerId, position };
    if (address.id) {
      const [row] = await db
        .update(customerAddresses)
        .set({ ...values, updatedAt: new Date() })
        .where(and(eq(customerAddresses.customerId, customerId), eq(customerAddresses.id, address.id)))
        .returning();
      rows.push(row!);
    } else {
      const [row] = await db.insert(customerAddresses).values(values).returning();
      rows.push(row!);
    }
  }
  return rows;
}
