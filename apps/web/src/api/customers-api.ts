import type {
  Contact,
  CreateCustomerInput,
  Customer,
  CustomerPage,
  CustomerType,
} from '@usta/contracts/customers';
import { api } from './client.ts';

export interface CustomerFilter {
  q: string;
  type?: CustomerType | undefined;
  active?: 'true' | 'false' | undefined;
  sort?: string | undefined;
}

/** An edit as the form sends it; lists replace the stored lists (see the contract). */
export type CustomerChanges = Partial<CreateCustomerInput> & { active?: boolean; version: number };

export const CUSTOMERS_PAGE_SIZE = 50;

const base = '/api/v1/customers';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listCustomers(filter: CustomerFilter, cursor: string | null, signal?: AbortSignal) {
  return api.request<CustomerPage>(base, {
    query: {
      q: filter.q.trim(),
      type: filter.type,
      active: filter.active,
      sort: filter.sort,
      cursor,
      limit: CUSTOMERS_PAGE_SIZE,
    },
    signal,
  });
}

/** The call-centre lookup: a few matches for what the agent typed (phone, name, tax number). */
export function searchCustomers(q: string, signal?: AbortSignal) {
  return api.request<CustomerPage>(base, { query: { q: q.trim(), active: 'true', limit: 8 }, signal });
}

export function getCustomer(id: string, signal?: AbortSignal) {
  return api.request<Customer>(one(id), { signal });
}

export function createCustomer(body: CreateCustomerInput) {
  return api.request<Customer>(base, { method: 'POST', body });
}

export function updateCustomer(id: string, body: CustomerChanges) {
  return api.request<Customer>(one(id), { method: 'PATCH', body });
}

export function listCustomerContacts(id: string, signal?: AbortSignal) {
  return api.request<{ items: Contact[]; nextCursor: string | null }>(`${one(id)}/contacts`, {
    query: { limit: 100 },
    signal,
  });
}

export function createContact(body: {
  customerId: string;
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}) {
  return api.request<Contact>('/api/v1/contacts', { method: 'POST', body });
}
