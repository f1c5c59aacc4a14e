import type { Contact } from '@usta/contracts/customers';
import { parseCustomerSearch } from '@usta/core/text';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { likeAnywhere, type SortSpec, seekAfter } from '../../http/keyset.ts';
import { contacts } from './tables.ts';

export type ContactRow = typeof contacts.$inferSelect;

export function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    active: row.active,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

export async function findContactRow(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(contacts)
    .where(and(eq(contacts.organizationId, organizationId), eq(contacts.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Name words, or phone digits (E.164 holds the national digits in one run), or e-mail text. */
function contactSearchCondition(q: string): SQL | undefined {
  const search = parseCustomerSearch(q);
  const branches: SQL[] = [];
  if (search.terms.length > 0) {
    branches.push(
      sql.join(
        search.terms.map((term) => sql`usta_search_key(${contacts.name}) LIKE ${likeAnywhere(term)}`),
        sql` AND `,
      ),
    );
  }
  if (search.phoneDigits) branches.push(sql`${contacts.phone} LIKE ${likeAnywhere(search.phoneDigits)}`);
  if (search.email) branches.push(sql`${contacts.email} LIKE ${likeAnywhere(search.email)}`);
  if (branches.length === 0) return undefined;
  return sql`(${sql.join(
    branches.map((branch) => sql`(${branch})`),
    sql` OR `,
  )})`;
}

export interface ContactListFilter {
  organizationId: string;
  customerId?: string | undefined;
  q?: string | undefined;
  active?: boolean | undefined;
  /** When set, only contacts of these customers (see visibility.ts). */
  onlyCustomerIds?: string[] | undefined;
  sort: SortSpec;
  after?: { value: string; id: string } | undefined;
  limit: number;
}

export async function selectContacts(db: Executor, filter: ContactListFilter) {
  const conditions: (SQL | undefined)[] = [eq(contacts.organizationId, filter.organizationId)];
  if (filter.customerId) conditions.push(eq(contacts.customerId, filter.customerId));
  if (filter.q) conditions.push(contactSearchCondition(filter.q));
  if (filter.active !== undefined) conditions.push(eq(contacts.active, filter.active));
  if (filter.onlyCustomerIds) conditions.push(inArray(contacts.customerId, filter.onlyCustomerIds));
  if (filter.after) conditions.push(seekAfter(filter.sort, contacts.id, filter.after));
  return db
    .select({ row: contacts, sortValue: sql<string>`(${filter.sort.expression})::text` })
    .from(contacts)
    .where(and(...conditions))
    .orderBy(...filter.sort.orderBy(contacts.id))
    .limit(filter.limit);
}

export async function insertContactRow(db: Executor, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning();
  return row!;
}

export async function updateContactRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<ContactRow, 'name' | 'title' | 'phone' | 'email' | 'active' | 'notes'>>,
) {
  const [row] = await db
    .update(contacts)
    .set({ ...patch, version: sql`${contacts.version} + 1`, updatedAt: new Date() })
    .where(eq(contacts.id, id))
    .returning();
  return row!;
}
