/**
 * The customers module's public entry points: other modules (work orders, devices, contracts…)
 * call these and nothing else of this folder. Every function filters by the caller's
 * organisation, so another company's id answers exactly like an unknown one (null / no match).
 */
import type { CustomerType } from '@usta/contracts/customers';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { findContactRow } from './contact-repository.ts';
import {
  type AddressRow,
  findAddresses,
  findCustomerRow,
  selectCustomerIdsMatching,
} from './customer-repository.ts';
import { customers } from './tables.ts';

export interface CustomerAddressSummary {
  id: string;
  label?: string;
  province: string;
  district: string;
  neighbourhood?: string;
  line: string;
  latitude?: number;
  longitude?: number;
}

export interface CustomerSummary {
  id: string;
  type: CustomerType;
  name: string;
  representativeId: string | null;
  /** E.164 numbers, first one first. */
  phones: string[];
  emails: string[];
  /** In the customer's own order (the first is what the form offers first). */
  addresses: CustomerAddressSummary[];
}

export interface ContactSummary {
  id: string;
  customerId: string;
  name: string;
  phone: string | null;
  email: string | null;
  active: boolean;
}

/** A customer of the organisation with its addresses, or null (unknown or another company's). */
export async function findCustomer(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<CustomerSummary | null> {
  const row = await findCustomerRow(db, organizationId, id);
  if (!row) return null;
  const addresses = (await findAddresses(db, [row.id])).get(row.id) ?? [];
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    representativeId: row.representativeId,
    phones: row.phones.map((phone) => phone.number),
    emails: row.emails,
    addresses: addresses.map(toAddressSummary),
  };
}

/** Customers of the organisation by id with their addresses, in two queries (unknown ids are left out). */
export async function findCustomers(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, CustomerSummary>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select()
    .from(customers)
    .where(and(eq(customers.organizationId, organizationId), inArray(customers.id, unique)));
  const addresses = await findAddresses(
    db,
    rows.map((row) => row.id),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        type: row.type,
        name: row.name,
        representativeId: row.representativeId,
        phones: row.phones.map((phone) => phone.number),
        emails: row.emails,
        addresses: (addresses.get(row.id) ?? []).map(toAddressSummary),
      },
    ]),
  );
}

/** A contact of the organisation, or null (unknown or another company's). */
export async function findContact(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<ContactSummary | null> {
  const row = await findContactRow(db, organizationId, id);
  if (!row) return null;
  return {
    id: row.id,
    customerId: row.customerId,
    name: row.name,
    phone: row.phone,
    email: row.email,
    active: row.active,
  };
}

/** The most ids `findCustomerIdsMatching` returns; a broader search should be narrowed first. */
export const CUSTOMER_MATCH_LIMIT = 500;

/**
 * Ids of the organisation's customers whose name, phone (theirs or a contact's), tax number or
 * e-mail match a search box the way `GET /api/v1/customers?q=` does (Turkish-aware: "cagri"
 * finds "Çağrı"; "0532 123 45" finds +905321234545), at most 500, in Turkish name order. An
 * empty or blank `q` matches nothing (returns []): callers skip the filter instead.
 */
export async function findCustomerIdsMatching(
  db: Executor,
  organizationId: string,
  q: string,
): Promise<string[]> {
  if (q.trim() === '') return [];
  return selectCustomerIdsMatching(db, organizationId, q, CUSTOMER_MATCH_LIMIT);
}

function toAddressSummary(row: AddressRow): CustomerAddressSummary {
  return {
    id: row.id,
    ...(row.label !== null ? { label: row.label } : {}),
    province: row.province,
    district: row.district,
    ...(row.neighbourhood !== null ? { neighbourhood: row.neighbourhood } : {}),
    line: row.line,
    ...(row.latitude !== null ? { latitude: row.latitude } : {}),
    ...(row.longitude !== null ? { longitude: row.longitude } : {}),
  };
}

/**
 * The customers the actor may see (null: all of the organisation). Modules that show
 * customer-owned records (devices, work orders) filter by it; see visibility.ts for the
 * technician rule still to come.
 */
export { isVisible, visibleCustomerIds } from './visibility.ts';
