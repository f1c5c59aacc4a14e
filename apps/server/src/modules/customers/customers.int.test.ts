import type { Customer } from '@usta/contracts/customers';
import { searchKey } from '@usta/core/text';
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

describe('searching customers', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {
      isik: (await createCustomer({ name: 'IŞIK Elektrik', phones: [{ number: '0212 444 12 34' }] })).id,
      istanbul: (
        await createCustomer({ type: 'corporate', name: 'İSTANBUL Servis Ltd.', taxNumber: '4840000063' })
      ).id,
      cagri: (await createCustomer({ name: 'Çağrı Yıldız', emails: ['cagri.yildiz@ornek.com.tr'] })).id,
    };
  });

  const search = async (q: string) =>
    (await get(`/api/v1/customers?q=${encodeURIComponent(q)}`))
      .json<{ items: Customer[] }>()
      .items.map((c) => c.id);

  it('is Turkish-aware: ışık, istanbul, cagri', async () => {
    expect(await search('ışık')).toEqual([ids.isik]);
    expect(await search('Işık elek')).toEqual([ids.isik]);
    expect(await search('istanbul')).toEqual([ids.istanbul]);
    expect(await search('cagri')).toEqual([ids.cagri]);
    expect(await search('ÇAĞRI yıldız')).toEqual([ids.cagri]);
    expect(await search('no such name')).toEqual([]);
  });

  it('finds by phone however typed, tax-number prefix and e-mail', async () => {
    expect(await search('0212 444 12')).toEqual([ids.isik]);
    expect(await search('+90 212 4441234')).toEqual([ids.isik]);
    expect(await search('48400000')).toEqual(expect.arrayContaining([ids.istanbul]));
    expect(await search('cagri.yildiz@')).toEqual([ids.cagri]);
    expect(await search('%')).toEqual([]);
  });

  it('the SQL search key agrees with searchKey of @usta/core/text', async () => {
    const samples = ['IŞIK', 'İSTANBUL', 'Çağrı Öztürk', 'ŞİŞLİ', 'Âşık Veysel', 'I\u0307stanbul'];
    for (const text of samples) {
      const { rows } = await usta.db.execute<{ key: string }>(sql`SELECT usta_search_key(${text}) AS key`);
      expect(rows[0]!.key, text).toBe(searchKey(text));
    }
  });
});

describe('listing customers', () => {
  beforeAll(async () => {
    for (const name of [
      'Zeynep Ak',
      'Can Er',
      'Çağla Su',
      'İsmail Tan',
      'Işıl Gök',
      'Ömer Bal',
      'Ahmet Öz',
    ]) {
      await createCustomer({
        name,
        tags: ['liste'],
        addresses: [{ province: 'BURSA', district: 'Nilüfer', line: '1' }],
      });
    }
  });

  async function walk(query: string, limit: number): Promise<string[]> {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const url = `/api/v1/customers?tag=liste&limit=${limit}&${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await get(url);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<{ items: Customer[]; nextCursor: string | null }>();
      names.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
    } while (cursor);
    return names;
  }

  it('sorts in Turkish alphabetical order across keyset pages, both ways', async () => {
    const turkish = ['Ahmet Öz', 'Can Er', 'Çağla Su', 'Işıl Gök', 'İsmail Tan', 'Ömer Bal', 'Zeynep Ak'];
    expect(await walk('sort=name', 2)).toEqual(turkish);
    expect(await walk('sort=-name', 3)).toEqual([...turkish].reverse());
    expect(await walk('sort=createdAt', 2)).toEqual([
      'Zeynep Ak',
      'Can Er',
      'Çağla Su',
      'İsmail Tan',
      'Işıl Gök',
      'Ömer Bal',
      'Ahmet Öz',
    ]);
    expect(await walk('sort=-updatedAt', 4)).toHaveLength(7);
  });

  it('filters by province (Turkish-aware), type and active; refuses a cursor of another sort', async () => {
    const bursa = (await get('/api/v1/customers?province=bursa&limit=200')).json<{ items: Customer[] }>()
      .items;
    expect(bursa).toHaveLength(7);
    const corporate = (await get('/api/v1/customers?type=corporate&tag=liste')).json<{ items: Customer[] }>()
      .items;
    expect(corporate).toEqual([]);
    const first = (await get('/api/v1/customers?tag=liste&limit=1&sort=name')).json<{ nextCursor: string }>();
    const wrong = await get(`/api/v1/customers?tag=liste&sort=createdAt&cursor=${first.nextCursor}`);
    expect(wrong.statusCode).toBe(400);
    expect(fieldErrors(wrong.body)).toEqual(['cursor:invalid']);
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

  it('an unknown id is a 404', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect((await get(`/api/v1/customers/${id}`)).statusCode).toBe(404);
    expect((await patch(`/api/v1/customers/${id}`, { version: 1, name: 'x' })).statusCode).toBe(404);
  });
});
