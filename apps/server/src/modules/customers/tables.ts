import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';
import { users } from '../users/tables.ts';

export interface StoredPhone {
  number: string;
  label: string | null;
}

/**
 * Customer accounts (cari). Search indexes on expressions (`usta_search_key(name)` with pg_trgm,
 * the Turkish-collated name order) are in the custom migration `customer_search_indexes`,
 * as drizzle-kit cannot express them.
 */
export const customers = pgTable(
  'customers',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    type: text('type', { enum: ['individual', 'corporate'] }).notNull(),
    name: text('name').notNull(),
    // Digits only (VKN 10 / TCKN 11), as cleaned by the contract.
    taxNumber: text('tax_number'),
    taxOffice: text('tax_office'),
    phones: jsonb('phones').$type<StoredPhone[]>().notNull().default(sql`'[]'::jsonb`),
    emails: text('emails').array().notNull().default(sql`'{}'::text[]`),
    // Kept by the repository from `phones` and `emails`, so one trigram index serves each search
    // (a jsonb or array column cannot be indexed for `LIKE '%…%'` directly).
    phoneDigits: text('phone_digits').notNull().default(''),
    emailText: text('email_text').notNull().default(''),
    representativeId: uuid('representative_id').references(() => users.id),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [index('customers_representative_idx').on(t.organizationId, t.representativeId)],
);

/** A customer's addresses; devices and work orders point at them, so they have ids of their own. */
export const customerAddresses = pgTable(
  'customer_addresses',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    position: integer('position').notNull(),
    label: text('label'),
    province: text('province').notNull(),
    district: text('district').notNull(),
    neighbourhood: text('neighbourhood'),
    line: text('line').notNull(),
    postalCode: text('postal_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    isDefault: boolean('is_default').notNull().default(false),
    ...timestamps(),
  },
  (t) => [index('customer_addresses_customer_idx').on(t.customerId, t.position)],
);

/** People at a customer (yetkili kişi). */
export const contacts = pgTable(
  'contacts',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    active: boolean('active').notNull().default(true),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [index('contacts_customer_idx').on(t.organizationId, t.customerId)],
);
