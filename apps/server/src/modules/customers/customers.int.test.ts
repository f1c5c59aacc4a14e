import type { Customer } from '@usta/contracts/customers';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
let callCenter: { authorization: string };
beforeAll(async () => {
  usta = await createTestUsta();
  callCenter = await usta.as('cagri@demo.usta');
});
afterAll(() => usta.close());

type Headers = Record<string, string>;
const post = (url: string, payload: unknown, headers: Headers = callCenter) =>
  usta.app.inject({ method: 'POST', url, payload: payload as object, headers });
const patch = (url: string, payload: unknown, headers: Headers = callCenter) =>
  usta.app.inject({ method: 'PATCH', url, payload: payload as object, headers });
const get = (url: string, headers: Headers = callCenter) => usta.app.inject({ method: 'GET', url, headers });

async function createCustomer(body: Record<string, unknown>): Promise<Customer> {
  const response = await post('/api/v1/customers', { type: 'individual', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Customer>();
}

const count = async (table: string) =>
  (await usta.db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0]!.n;

const fieldErrors = (body: string) =>
  (JSON.parse(body) as { errors?: { path: string; code: string }[] }).errors?.map(
    (e) => `${e.path}:${e.code}`,
  );

describe('creating customers', () => {
  it('stores a corporate customer with normalised phones and e-mails, audited', async () => {
    const customer = await createCustomer({
      type: 'corporate',
      name: 'Anadolu Klima San. ve Tic. A.Ş.',
      taxNumber: '484 000 0014',
      taxOffice: 'Kadıköy',
      phones: [{ number: '0532 123 45 67', label: 'Cep' }, { number: '+90 (216) 555-44-33' }],
      emails: ['  Bilgi@AnadoluKlima.com.TR '],
      addresses: [
        {
          label: 'Merkez',
          province: 'İstanbul',
          district: 'Kadıköy',
          neighbourhood: 'Caferağa',
          line: 'Moda Cd. 10/3',
          postalCode: '34710',
          coordinates: { lat: 40.987, lng: 29.027 },
          isDefault: true,
        },
        { province: 'Ankara', district: 'Çankaya', line: 'Atatürk Blv. 1' },
      ],
      tags: ['vip', 'vip', 'klima'],
    });
    expect(customer).toMatchObject({
      type: 'corporate',
      taxNumber: '4840000014',
      phones: [
        { number: '+905321234567', label: 'Cep' },
        { number: '+902165554433', label: null },
      ],
      emails: ['bilgi@anadoluklima.com.tr'],
      tags: ['vip', 'klima'],
      active: true,
      version: 1,
    });
    expect(customer.addresses.map((a) => [a.province, a.isDefault, a.coordinates])).toEqual([
      ['İstanbul', true, { lat: 40.987, lng: 29.027 }],
      ['Ankara', false, null],
    ]);
    expect((await get(`/api/v1/customers/${customer.id}`)).json()).toEqual(customer);
    const audit = await get(
      `/api/v1/audit-events?entityType=customer&entityId=${customer.id}`,
      await usta.as('admin@demo.usta'),
    );
    expect(audit.json<{ items: { action: string; actorName: string }[] }>().items).toMatchObject([
      { action: 'create' },
    ]);
  });

  it('an individual with a TCKN; the e-Arşiv placeholder only with the explicit flag', async () => {
    expect((await createCustomer({ name: 'Ayşe Kaya', taxNumber: '10000000146' })).taxNumber).toBe(
      '10000000146',
    );
    const refused = await post('/api/v1/customers', {
      type: 'individual',
      name: 'Son Tüketici',
      taxNumber: '11111111111',
    });
    expect(fieldErrors(refused.body)).toEqual(['taxNumber:invalid_tckn']);
    const allowed = await createCustomer({
      name: 'Son Tüketici',
      taxNumber: '11111111111',
      allowPlaceholderTaxNumber: true,
    });
    expect(allowed.taxNumber).toBe('11111111111');
  });

  it('names every bad field (VKN, TCKN, phone, e-mail, duplicates) and writes nothing', async () => {
    const before = [await count('customers'), await count('customer_addresses'), await count('audit_events')];
    const vkn = await post('/api/v1/customers', {
      type: 'corporate',
      name: 'Hatalı',
      taxNumber: '1234567891',
      phones: [{ number: '0532 123 45 67' }, { number: '05321234567' }, { number: '12' }],
      emails: ['a@b.com', 'A@B.com', 'not-an-email'],
      addresses: [{ province: 'İzmir', district: 'Konak', line: 'x', postalCode: '123' }],
    });
    expect(vkn.statusCode).toBe(400);
    expect(vkn.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(fieldErrors(vkn.body)).toEqual(
      expect.arrayContaining([
        'taxNumber:invalid_vkn',
        'phones.2.number:invalid_phone',
        'emails.1:duplicate_email',
        'emails.2:invalid_email',
        'addresses.0.postalCode:invalid_postal_code',
      ]),
    );
    // A list's duplicate check runs once its items parse (Zod skips refinements of a failed list).
    const duplicates = await post('/api/v1/customers', {
      type: 'individual',
      name: 'Çift',
      phones: [{ number: '0532 123 45 67' }, { number: '05321234567' }],
    });
    expect(fieldErrors(duplicates.body)).toEqual(['phones.1:duplicate_phone']);
    const tckn = await post('/api/v1/customers', { type: 'individual', name: 'X', taxNumber: '10000000147' });
    expect(fieldErrors(tckn.body)).toEqual(['taxNumber:invalid_tckn']);
    const message = JSON.parse(tckn.body).errors[0].message as string;
    expect(message).toBe('T.C. kimlik numarası geçersiz.');
    expect([
      await count('customers'),
      await count('customer_addresses'),
      await count('audit_events'),
    ]).toEqual(before);
  });

  it('the representative must be a user of the company: 404 on representativeId', async () => {
    const unknown = await post('/api/v1/customers', {
      type: 'individual',
      name: 'Temsilcisiz',
      representativeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    expect(fieldErrors(unknown.body)).toEqual(['representativeId:not_found']);
    const me = (await usta.login('cagri@demo.usta')).user;
    const ok = await createCustomer({ name: 'Temsilcili', representativeId: me.id });
    expect(ok.representativeId).toBe(me.id);
  });

  it('only customer:write may create or edit; readers read', async () => {
    const technician = await usta.as('teknisyen1@demo.usta');
    expect((await post('/api/v1/customers', { type: 'individual', name: 'X' }, technician)).statusCode).toBe(
      403,
    );
    expect((await get('/api/v1/customers', technician)).statusCode).toBe(200);
    const finance = await usta.as('finans@demo.usta');
    expect((await get('/api/v1/customers', finance)).statusCode).toBe(200);
  });
});

describe('editing customers', () => {
  it('edits fields, keeps/updates/adds/removes addresses, bumps the version, audited', async () => {
    const customer = await createCustomer({
      name: 'Eski Ad',
      phones: [{ number: '05321112233' }],
      addresses: [
        { label: 'Ev', province: 'İzmir', district: 'Konak', line: 'A' },
        { label: 'İş', province: 'İzmir', district: 'Bornova', line: 'B' },
      ],
    });
    const [home, work] = customer.addresses;
    const response = await patch(`/api/v1/customers/${customer.id}`, {
      version: 1,
      name: 'Yeni Ad',
      phones: [{ number: '0533 999 88 77' }],
      addresses: [
        { id: work!.id, label: 'İş', province: 'İzmir', district: 'Bornova', line: 'B blok' },
        { label: 'Yazlık', province: 'Muğla', district: 'Bodrum', line: 'C' },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json<Customer>();
    expect(updated).toMatchObject({ name: 'Yeni Ad', version: 2, phones: [{ number: '+905339998877' }] });
    expect(updated.addresses.map((a) => [a.id === work!.id, a.line])).toEqual([
      [true, 'B blok'],
      [false, 'C'],
    ]);
    expect(updated.addresses.some((a) => a.id === home!.id)).toBe(false);
    const found = (await get(`/api/v1/customers?q=${encodeURIComponent('0533 999')}`)).json<{
      items: Customer[];
    }>();
    expect(found.items.map((c) => c.id)).toEqual([customer.id]);
    const audit = await get(
      `/api/v1/audit-events?entityType=customer&entityId=${customer.id}`,
      await usta.as('admin@demo.usta'),
    );
    const events = audit.json<{ items: { action: string; changes: Record<string, unknown> }[] }>().items;
    expect(events.find((e) => e.action === 'update')?.changes).toHaveProperty('name', {
      before: 'Eski Ad',
      after: 'Yeni Ad',
    });
  });

  it('a stale version is a 409 carrying the current record', async () => {
    const customer = await createCustomer({ name: 'Çakışma' });
    expect((await patch(`/api/v1/customers/${customer.id}`, { version: 1, notes: 'ilk' })).statusCode).toBe(
      200,
    );
    const stale = await patch(`/api/v1/customers/${customer.id}`, { version: 1, notes: 'ikinci' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT',
      current: { id: customer.id, notes: 'ilk', version: 2 },
    });
  });

  it('an address id of another customer is a 404 on that address; an in-use address is not removed', async () => {
    const a = await createCustomer({
      name: 'Adres A',
      addresses: [{ province: 'Adana', district: 'Seyhan', line: '1' }],
    });
    const b = await createCustomer({
      name: 'Adres B',
      addresses: [{ province: 'Adana', district: 'Çukurova', line: '2' }],
    });
    const foreign = await patch(`/api/v1/customers/${b.id}`, {
      version: 1,
      addresses: [{ id: a.addresses[0]!.id, province: 'Adana', district: 'Seyhan', line: 'çalıntı' }],
    });
    expect(foreign.statusCode).toBe(404);
    expect(fieldErrors(foreign.body)).toEqual(['addresses.0.id:not_found']);

    const device = await post('/api/v1/devices', {
      customerId: a.id,
      addressId: a.addresses[0]!.id,
      brand: 'Baymak',
      model: 'Lora',
      deviceType: 'Kombi',
    });
    expect(device.statusCode, device.body).toBe(201);
    const inUse = await patch(`/api/v1/customers/${a.id}`, { version: 1, name: 'Adres A2', addresses: [] });
    expect(inUse.statusCode).toBe(422);
    expect(fieldErrors(inUse.body)).toEqual(['addresses:address_in_use']);
    const after = (await get(`/api/v1/customers/${a.id}`)).json<Customer>();
    expect(after).toMatchObject({ name: 'Adres A', version: 1 });
    expect(after.addresses).toHaveLength(1);
  });

  it('two edits of one version at once: one saves, the other gets 409 with what the first saved', async () => {
    const customer = await createCustomer({ name: 'Yarış' });
    const [first, second] = await Promise.all([
      patch(`/api/v1/customers/${customer.id}`, { version: 1, notes: 'bir' }),
      patch(`/api/v1/customers/${customer.id}`, { version: 1, notes: 'iki' }),
    ]);
    const statuses = [first!.statusCode, second!.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const saved = [first!, second!].find((r) => r.statusCode === 200)!.json<Customer>();
    const refused = [first!, second!].find((r) => r.statusCode === 409)!.json<{ current: Customer }>();
    expect(refused.current).toMatchObject({ notes: saved.notes, version: 2 });
  });

  it('Idempotency-Key: a repeated POST returns the first answer and creates one customer', async () => {
    const before = await count('customers');
    const headers = { ...callCenter, 'idempotency-key': 'musteri-olustur-1' };
    const body = { type: 'individual', name: 'Tek Kayıt' };
    const first = await post('/api/v1/customers', body, headers);
    const again = await post('/api/v1/customers', body, headers);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await count('customers')).toBe(before + 1);
  });

  it('an unknown id is a 404', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect((await get(`/api/v1/customers/${id}`)).statusCode).toBe(404);
    expect((await patch(`/api/v1/customers/${id}`, { version: 1, name: 'x' })).statusCode).toBe(404);
  });
});
