import type { Contact, Customer } from '@usta/contracts/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
let callCenter: { authorization: string };
let customer: Customer;
let second: Customer;
beforeAll(async () => {
  usta = await createTestUsta();
  callCenter = await usta.as('cagri@demo.usta');
  customer = await createCustomer('Ege Tekstil A.Ş.');
  second = await createCustomer('Marmara Gıda');
});
afterAll(() => usta.close());

type Headers = Record<string, string>;
const post = (url: string, payload: unknown, headers: Headers = callCenter) =>
  usta.app.inject({ method: 'POST', url, payload: payload as object, headers });
const patch = (url: string, payload: unknown, headers: Headers = callCenter) =>
  usta.app.inject({ method: 'PATCH', url, payload: payload as object, headers });
const get = (url: string, headers: Headers = callCenter) => usta.app.inject({ method: 'GET', url, headers });
const fieldErrors = (body: string) =>
  (JSON.parse(body) as { errors?: { path: string; code: string }[] }).errors?.map(
    (e) => `${e.path}:${e.code}`,
  );

async function createCustomer(name: string): Promise<Customer> {
  const response = await post('/api/v1/customers', { type: 'corporate', name });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Customer>();
}

async function createContact(body: Record<string, unknown>): Promise<Contact> {
  const response = await post('/api/v1/contacts', { customerId: customer.id, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Contact>();
}

describe('contacts', () => {
  it('adds contacts with normalised phone and e-mail, lists them under the customer in Turkish order', async () => {
    const serkan = await createContact({
      name: 'Serkan Işık',
      title: 'Satın Alma Müdürü',
      phone: '0 (532) 765 43 21',
      email: 'Serkan.Isik@EgeTekstil.com',
    });
    expect(serkan).toMatchObject({
      phone: '+905327654321',
      email: 'serkan.isik@egetekstil.com',
      active: true,
      version: 1,
    });
    await createContact({ name: 'Çiğdem Ak' });
    await createContact({ name: 'Can Bal' });
    await post('/api/v1/contacts', { customerId: second.id, name: 'Başka Firma Kişisi' });
    const page = await get(`/api/v1/customers/${customer.id}/contacts?limit=2`);
    expect(page.statusCode, page.body).toBe(200);
    const first = page.json<{ items: Contact[]; nextCursor: string }>();
    const rest = (
      await get(`/api/v1/customers/${customer.id}/contacts?limit=2&cursor=${first.nextCursor}`)
    ).json<{
      items: Contact[];
      nextCursor: string | null;
    }>();
    expect([...first.items, ...rest.items].map((c) => c.name)).toEqual([
      'Can Bal',
      'Çiğdem Ak',
      'Serkan Işık',
    ]);
    expect(rest.nextCursor).toBeNull();
    const filtered = (await get(`/api/v1/contacts?customerId=${second.id}`)).json<{ items: Contact[] }>();
    expect(filtered.items.map((c) => c.name)).toEqual(['Başka Firma Kişisi']);
  });

  it('searches contacts by name (Turkish-aware), phone and e-mail', async () => {
    const names = async (q: string) =>
      (await get(`/api/v1/contacts?q=${encodeURIComponent(q)}`))
        .json<{ items: Contact[] }>()
        .items.map((c) => c.name);
    expect(await names('serkan isik')).toEqual(['Serkan Işık']);
    expect(await names('ÇİĞDEM')).toEqual(['Çiğdem Ak']);
    expect(await names('0532 765')).toEqual(['Serkan Işık']);
    expect(await names('isik@ege')).toEqual(['Serkan Işık']);
  });

  it('edits and deactivates with optimistic concurrency; passive contacts filter out', async () => {
    const contact = await createContact({ name: 'Geçici Kişi', phone: '05551112233' });
    const edited = await patch(`/api/v1/contacts/${contact.id}`, { version: 1, active: false, phone: null });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ active: false, phone: null, name: 'Geçici Kişi', version: 2 });
    const stale = await patch(`/api/v1/contacts/${contact.id}`, { version: 1, name: 'X' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ current: { id: contact.id, version: 2, active: false } });
    const active = (await get(`/api/v1/customers/${customer.id}/contacts?active=true&limit=200`)).json<{
      items: Contact[];
    }>();
    expect(active.items.some((c) => c.id === contact.id)).toBe(false);
  });

  it('bad input: phone, e-mail, unknown customer; a contact stays with its customer', async () => {
    const bad = await post('/api/v1/contacts', {
      customerId: customer.id,
      name: '',
      phone: 'abc',
      email: 'x@',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldErrors(bad.body)).toEqual(
      expect.arrayContaining(['name:too_small', 'phone:invalid_phone', 'email:invalid_email']),
    );
    const unknown = await post('/api/v1/contacts', {
      customerId: '00000000-0000-4000-8000-000000000000',
      name: 'X',
    });
    expect(unknown.statusCode).toBe(404);
    expect(fieldErrors(unknown.body)).toEqual(['customerId:not_found']);
    const contact = await createContact({ name: 'Sabit' });
    const move = await patch(`/api/v1/contacts/${contact.id}`, { version: 1, customerId: second.id });
    expect(move.statusCode).toBe(400);
    expect(fieldErrors(move.body)).toEqual(['customerId:unrecognized_key']);
    const missing = await get('/api/v1/customers/00000000-0000-4000-8000-000000000000/contacts');
    expect(missing.statusCode).toBe(404);
  });

  it('technicians read contacts, only customer:write adds them', async () => {
    const technician = await usta.as('teknisyen1@demo.usta');
    expect((await get('/api/v1/contacts', technician)).statusCode).toBe(200);
    expect(
      (await post('/api/v1/contacts', { customerId: customer.id, name: 'X' }, technician)).statusCode,
    ).toBe(403);
  });
});
