import type { Customer } from '@usta/contracts/customers';
import type { Device } from '@usta/contracts/devices';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
let callCenter: { authorization: string };
let customer: Customer;
let other: Customer;
beforeAll(async () => {
  usta = await createTestUsta();
  callCenter = await usta.as('cagri@demo.usta');
  customer = await createCustomer('Cihazlı Müşteri');
  other = await createCustomer('Öteki Müşteri');
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
  const response = await post('/api/v1/customers', {
    type: 'individual',
    name,
    addresses: [{ province: 'İstanbul', district: 'Üsküdar', line: 'Ev' }],
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Customer>();
}

async function createDevice(body: Record<string, unknown>): Promise<Device> {
  const response = await post('/api/v1/devices', { customerId: customer.id, deviceType: 'Kombi', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Device>();
}

const deviceCount = async () =>
  (await usta.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM devices`)).rows[0]!.n;

describe('device cards', () => {
  it('stores every field, computes the warranty status, and is audited', async () => {
    const device = await createDevice({
      addressId: customer.addresses[0]!.id,
      brand: 'Vaillant',
      model: 'ecoTEC plus',
      serialNumber: 'VA-2024-0001',
      lot: 'L42',
      price: '32500.50',
      currency: 'TRY',
      purchaseDate: '2024-03-01',
      seller: 'Bayi Isı Ltd.',
      warrantyStart: '2024-03-01',
      warrantyEnd: '2099-02-28',
      notes: 'Balkon',
    });
    expect(device).toMatchObject({
      customerId: customer.id,
      addressId: customer.addresses[0]!.id,
      price: '32500.50',
      currency: 'TRY',
      warrantyStatus: 'in_warranty',
      status: 'active',
      version: 1,
    });
    expect((await get(`/api/v1/devices/${device.id}`)).json()).toEqual(device);
    const audit = await get(
      `/api/v1/audit-events?entityType=device&entityId=${device.id}`,
      await usta.as('admin@demo.usta'),
    );
    const [event] = audit.json<{ items: { action: string; changes: Record<string, unknown> }[] }>().items;
    expect(event).toMatchObject({
      action: 'create',
      changes: { serialNumber: { before: null, after: 'VA-2024-0001' } },
    });
    expect(event!.changes).not.toHaveProperty('serialKey');
  });

  it('a serial is unique per brand: 409 naming serialNumber, however typed; nothing written', async () => {
    await createDevice({ brand: 'Arçelik', model: 'A1', deviceType: 'Buzdolabı', serialNumber: 'AR-77 X' });
    const before = await deviceCount();
    const duplicate = await post('/api/v1/devices', {
      customerId: other.id,
      brand: ' ARCELIK',
      model: 'A2',
      deviceType: 'Buzdolabı',
      serialNumber: 'ar-77x',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: 'ALREADY_EXISTS', existingDeviceId: expect.any(String) });
    expect(fieldErrors(duplicate.body)).toEqual(['serialNumber:serial_number_taken']);
    expect(await deviceCount()).toBe(before);
    // Another brand may use the same serial; devices without a serial are many.
    await createDevice({ brand: 'Beko', model: 'B1', serialNumber: 'AR-77X' });
    await createDevice({ brand: 'Beko', model: 'B1' });
    await createDevice({ brand: 'Beko', model: 'B1' });
  });

  it('two creates of one serial at once: one 201, one 409', async () => {
    const body = {
      customerId: customer.id,
      brand: 'Mitsubishi',
      model: 'MSZ',
      deviceType: 'Klima',
      serialNumber: 'RACE-1',
    };
    const responses = await Promise.all([post('/api/v1/devices', body), post('/api/v1/devices', body)]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('an address removed while the device is being written: 404 on addressId, not a 500', async () => {
    const owner = await createCustomer('Yarışan Adres');
    const addressId = owner.addresses[0]!.id;
    const client = await usta.db.$client.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM customer_addresses WHERE id = $1', [addressId]);
      const pending = post('/api/v1/devices', {
        customerId: owner.id,
        addressId,
        brand: 'X',
        model: 'Y',
        deviceType: 'Z',
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query('COMMIT');
      const response = await pending;
      expect(response.statusCode, response.body).toBe(404);
      expect(fieldErrors(response.body)).toEqual(['addressId:not_found']);
    } finally {
      client.release();
    }
  });

  it('bad input: unknown customer or address (404 on the field), dates, amounts', async () => {
    const unknown = await post('/api/v1/devices', {
      customerId: '00000000-0000-4000-8000-000000000000',
      brand: 'X',
      model: 'Y',
      deviceType: 'Z',
    });
    expect(unknown.statusCode).toBe(404);
    expect(fieldErrors(unknown.body)).toEqual(['customerId:not_found']);
    const foreignAddress = await post('/api/v1/devices', {
      customerId: customer.id,
      addressId: other.addresses[0]!.id,
      brand: 'X',
      model: 'Y',
      deviceType: 'Z',
    });
    expect(foreignAddress.statusCode).toBe(404);
    expect(fieldErrors(foreignAddress.body)).toEqual(['addressId:not_found']);
    const bad = await post('/api/v1/devices', {
      customerId: customer.id,
      brand: 'X',
      model: 'Y',
      deviceType: 'Z',
      price: '12,50',
      purchaseDate: '2024-13-01',
      warrantyStart: '2025-01-01',
      warrantyEnd: '2024-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldErrors(bad.body)).toEqual(
      expect.arrayContaining([
        'price:invalid_amount',
        'purchaseDate:invalid_date',
        'warrantyEnd:warranty_end_before_start',
      ]),
    );
  });
});

describe('the registry lists', () => {
  let listed: Record<string, Device>;
  let ownerId: string;
  beforeAll(async () => {
    const owner = await createCustomer('Liste Sahibi');
    ownerId = owner.id;
    const add = async (body: Record<string, unknown>) => {
      const response = await post('/api/v1/devices', { customerId: owner.id, ...body });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<Device>();
    };
    listed = {
      klima1: await add({
        brand: 'Daikin',
        model: 'Sensira',
        deviceType: 'Klima',
        serialNumber: 'DK-1',
        warrantyEnd: '2031-05-10',
      }),
      klima2: await add({
        brand: 'Daikin',
        model: 'Sensira',
        deviceType: 'Klima',
        serialNumber: 'DK-2',
        warrantyEnd: '2031-05-31',
      }),
      klima3: await add({
        brand: 'Daikin',
        model: 'Perfera',
        deviceType: 'Klima',
        serialNumber: 'DK-3',
        warrantyEnd: '2031-06-01',
      }),
      old: await add({
        brand: 'Şimşek',
        model: 'Işıklı',
        deviceType: 'Fırın',
        warrantyEnd: '2020-01-01',
        status: 'scrapped',
      }),
      none: await add({ brand: 'Ütü', model: 'İnce', deviceType: 'Ütü' }),
    };
  });
  const ids = async (query: string) => {
    const response = await get(`/api/v1/devices?customerId=${ownerId}&${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Device[] }>().items.map((d) => d.id);
  };

  it('by customer, model, status, warranty status and warranty-end month', async () => {
    expect(await ids('sort=createdAt')).toEqual(Object.values(listed).map((d) => d.id));
    expect(await ids('model=SENSIRA&sort=serialNumber')).toEqual([listed.klima1!.id, listed.klima2!.id]);
    expect(await ids('status=scrapped')).toEqual([listed.old!.id]);
    expect(await ids('warrantyStatus=expired')).toEqual([listed.old!.id]);
    expect(await ids('warrantyStatus=unknown')).toEqual([listed.none!.id]);
    expect(await ids('warrantyEndFrom=2031-05-01&warrantyEndTo=2031-05-31&sort=warrantyEnd')).toEqual([
      listed.klima1!.id,
      listed.klima2!.id,
    ]);
    expect(await ids('brand=daikin&deviceType=KLİMA&sort=-serialNumber')).toEqual([
      listed.klima3!.id,
      listed.klima2!.id,
      listed.klima1!.id,
    ]);
  });

  it('by serial (any brand, however typed) and by Turkish-aware text', async () => {
    const bySerial = await get('/api/v1/devices?serialNumber=dk-%202');
    expect(bySerial.json<{ items: Device[] }>().items.map((d) => d.id)).toEqual([listed.klima2!.id]);
    expect(await ids('q=simsek%20isikli')).toEqual([listed.old!.id]);
    expect(await ids('q=dk-3')).toEqual([listed.klima3!.id]);
  });

  it('pages by keyset in every sort, devices without a value last both ways', async () => {
    for (const sort of [
      'serialNumber',
      '-serialNumber',
      'warrantyEnd',
      '-warrantyEnd',
      'brand',
      '-brand',
      '-createdAt',
    ]) {
      const all = await ids(`sort=${sort}&limit=200`);
      const walked: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/devices?customerId=${ownerId}&sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page: { items: Device[]; nextCursor: string | null } = (await get(url)).json<{
          items: Device[];
          nextCursor: string | null;
        }>();
        walked.push(...page.items.map((d) => d.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(walked, sort).toEqual(all);
      // Two devices have no serial, one no warranty end.
      if (sort.includes('warrantyEnd')) expect(all.at(-1), sort).toBe(listed.none!.id);
      if (sort.includes('serialNumber')) {
        expect(new Set(all.slice(-2)), sort).toEqual(new Set([listed.old!.id, listed.none!.id]));
      }
    }
  });
});

describe('editing devices', () => {
  it('moves a device to another customer (its address goes), scraps it, checks the stored warranty start', async () => {
    const device = await createDevice({
      brand: 'Bosch',
      model: 'Serie 4',
      addressId: customer.addresses[0]!.id,
      warrantyStart: '2024-01-01',
    });
    const badEnd = await patch(`/api/v1/devices/${device.id}`, { version: 1, warrantyEnd: '2023-12-31' });
    expect(badEnd.statusCode).toBe(400);
    expect(fieldErrors(badEnd.body)).toEqual(['warrantyEnd:warranty_end_before_start']);
    const moved = await patch(`/api/v1/devices/${device.id}`, {
      version: 1,
      customerId: other.id,
      status: 'returned',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      customerId: other.id,
      addressId: null,
      status: 'returned',
      version: 2,
    });
    const stale = await patch(`/api/v1/devices/${device.id}`, { version: 1, status: 'scrapped' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'CONFLICT',
      current: { id: device.id, version: 2, status: 'returned' },
    });
  });

  it('refuses a serial another device of the brand has, and an address of another customer', async () => {
    const first = await createDevice({ brand: 'Demirdöküm', model: 'Nitromix', serialNumber: 'DD-1' });
    const second = await createDevice({ brand: 'Demirdöküm', model: 'Nitromix', serialNumber: 'DD-2' });
    const taken = await patch(`/api/v1/devices/${second.id}`, { version: 1, serialNumber: 'dd-1' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ existingDeviceId: first.id });
    expect(fieldErrors(taken.body)).toEqual(['serialNumber:serial_number_taken']);
    const foreign = await patch(`/api/v1/devices/${second.id}`, {
      version: 1,
      addressId: other.addresses[0]!.id,
    });
    expect(fieldErrors(foreign.body)).toEqual(['addressId:not_found']);
    expect((await get(`/api/v1/devices/${second.id}`)).json()).toMatchObject({
      serialNumber: 'DD-2',
      version: 1,
    });
  });

  it('permissions: technicians read, only device:write edits', async () => {
    const technician = await usta.as('teknisyen1@demo.usta');
    expect((await get('/api/v1/devices', technician)).statusCode).toBe(200);
    const refused = await post(
      '/api/v1/devices',
      { customerId: customer.id, brand: 'X', model: 'Y', deviceType: 'Z' },
      technician,
    );
    expect(refused.statusCode).toBe(403);
  });
});
