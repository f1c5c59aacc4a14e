import type { Contact, Customer } from '@usta/contracts/customers';
import type { Device } from '@usta/contracts/devices';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

/**
 * Tenancy: a user of company B calling any customers/contacts/devices route with company A's
 * ids gets exactly the answer an id that never existed gets (404, same body), and A's records
 * stay as they were. Every route of the two modules must appear here (checked at the end).
 */
let usta: TestUsta;
let a: {
  headers: Record<string, string>;
  customer: Customer;
  contact: Contact;
  device: Device;
  userId: string;
};
let b: { headers: Record<string, string>; customer: Customer; device: Device };
const NEVER = '00000000-0000-4000-8000-00000000beef';
const covered = new Set<string>();

type Method = 'GET' | 'POST' | 'PATCH';
const call = (method: Method, url: string, headers: Record<string, string>, payload?: object) =>
  usta.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

async function created<T>(method: Method, url: string, headers: Record<string, string>, payload: object) {
  const response = await call(method, url, headers, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<T>();
}

beforeAll(async () => {
  usta = await createTestUsta();
  const aHeaders = await usta.as('cagri@demo.usta');
  const customer = await created<Customer>('POST', '/api/v1/customers', aHeaders, {
    type: 'corporate',
    name: 'Gizli Müşteri A.Ş.',
    taxNumber: '4840000098',
    phones: [{ number: '0532 000 11 22' }],
    addresses: [{ province: 'İstanbul', district: 'Beşiktaş', line: 'A adresi' }],
  });
  a = {
    headers: aHeaders,
    customer,
    contact: await created<Contact>('POST', '/api/v1/contacts', aHeaders, {
      customerId: customer.id,
      name: 'Gizli Kişi',
    }),
    device: await created<Device>('POST', '/api/v1/devices', aHeaders, {
      customerId: customer.id,
      addressId: customer.addresses[0]!.id,
      brand: 'Vestel',
      model: 'Gizli',
      deviceType: 'Televizyon',
      serialNumber: 'SECRET-1',
    }),
    userId: (await usta.login('cagri@demo.usta')).user.id,
  };
  await usta.createOrganization('other');
  const bHeaders = await usta.as('call_center@other.test');
  const bCustomer = await created<Customer>('POST', '/api/v1/customers', bHeaders, {
    type: 'individual',
    name: 'B Müşterisi',
    addresses: [{ province: 'Ankara', district: 'Çankaya', line: 'B adresi' }],
  });
  b = {
    headers: bHeaders,
    customer: bCustomer,
    device: await created<Device>('POST', '/api/v1/devices', bHeaders, {
      customerId: bCustomer.id,
      brand: 'Vestel',
      model: 'B',
      deviceType: 'Televizyon',
    }),
  };
});
afterAll(() => usta.close());

/** The problem document without what differs per request (request id, the id in the URL). */
function comparable(body: string, foreignId: string) {
  const {
    requestId: _requestId,
    instance,
    ...rest
  } = JSON.parse(body) as { requestId?: string; instance?: string };
  return { ...rest, instance: instance?.replaceAll(foreignId, NEVER) };
}

/** B calls the route with A's id and with an id that never existed: same status, same body. */
async function expectLikeUnknown(
  method: Method,
  route: string,
  foreignId: string,
  build: (id: string) => { url: string; payload?: object },
  expected: { status: number; field?: string } = { status: 404 },
) {
  covered.add(`${method} ${route}`);
  const foreign = build(foreignId);
  const unknown = build(NEVER);
  const withForeign = await call(method, foreign.url, b.headers, foreign.payload);
  const withUnknown = await call(method, unknown.url, b.headers, unknown.payload);
  expect(withForeign.statusCode, `${method} ${foreign.url}: ${withForeign.body}`).toBe(expected.status);
  expect(comparable(withForeign.body, foreignId)).toEqual(comparable(withUnknown.body, foreignId));
  if (expected.field) {
    expect(withForeign.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      expected.field,
    ]);
  }
  return withForeign;
}

describe('another company’s records answer like records that never existed', () => {
  it('customer routes', async () => {
    await expectLikeUnknown('GET', '/api/v1/customers/:id', a.customer.id, (id) => ({
      url: `/api/v1/customers/${id}`,
    }));
    await expectLikeUnknown('PATCH', '/api/v1/customers/:id', a.customer.id, (id) => ({
      url: `/api/v1/customers/${id}`,
      payload: { version: 1, name: 'Ele geçirildi' },
    }));
    await expectLikeUnknown('GET', '/api/v1/customers/:id/contacts', a.customer.id, (id) => ({
      url: `/api/v1/customers/${id}/contacts`,
    }));
    // References inside B's own bodies: A's user as representative, A's address kept on B.
    await expectLikeUnknown(
      'POST',
      '/api/v1/customers',
      a.userId,
      (id) => ({
        url: '/api/v1/customers',
        payload: { type: 'individual', name: 'X', representativeId: id },
      }),
      { status: 404, field: 'representativeId' },
    );
    await expectLikeUnknown(
      'PATCH',
      '/api/v1/customers/:id',
      a.customer.addresses[0]!.id,
      (id) => ({
        url: `/api/v1/customers/${b.customer.id}`,
        payload: { version: 1, addresses: [{ id, province: 'İstanbul', district: 'Beşiktaş', line: 'x' }] },
      }),
      { status: 404, field: 'addresses.0.id' },
    );
  });

  it('contact routes', async () => {
    await expectLikeUnknown('GET', '/api/v1/contacts/:id', a.contact.id, (id) => ({
      url: `/api/v1/contacts/${id}`,
    }));
    await expectLikeUnknown('PATCH', '/api/v1/contacts/:id', a.contact.id, (id) => ({
      url: `/api/v1/contacts/${id}`,
      payload: { version: 1, name: 'Ele geçirildi' },
    }));
    await expectLikeUnknown(
      'POST',
      '/api/v1/contacts',
      a.customer.id,
      (id) => ({ url: '/api/v1/contacts', payload: { customerId: id, name: 'Sızma' } }),
      { status: 404, field: 'customerId' },
    );
  });

  it('device routes', async () => {
    await expectLikeUnknown('GET', '/api/v1/devices/:id', a.device.id, (id) => ({
      url: `/api/v1/devices/${id}`,
    }));
    await expectLikeUnknown('PATCH', '/api/v1/devices/:id', a.device.id, (id) => ({
      url: `/api/v1/devices/${id}`,
      payload: { version: 1, status: 'scrapped' },
    }));
    // The work-orders module serves a device's history under our prefix; it must hold too.
    await expectLikeUnknown('GET', '/api/v1/devices/:id/history', a.device.id, (id) => ({
      url: `/api/v1/devices/${id}/history`,
    }));
    const device = { brand: 'Vestel', model: 'X', deviceType: 'Televizyon' };
    await expectLikeUnknown(
      'POST',
      '/api/v1/devices',
      a.customer.id,
      (id) => ({ url: '/api/v1/devices', payload: { ...device, customerId: id } }),
      { status: 404, field: 'customerId' },
    );
    await expectLikeUnknown(
      'POST',
      '/api/v1/devices',
      a.customer.addresses[0]!.id,
      (id) => ({ url: '/api/v1/devices', payload: { ...device, customerId: b.customer.id, addressId: id } }),
      { status: 404, field: 'addressId' },
    );
    await expectLikeUnknown(
      'PATCH',
      '/api/v1/devices/:id',
      a.customer.id,
      (id) => ({ url: `/api/v1/devices/${b.device.id}`, payload: { version: 1, customerId: id } }),
      { status: 404, field: 'customerId' },
    );
  });

  it('lists filtered by A’s ids, names, phones or serials are empty, like unknown ones', async () => {
    const lists: [string, string, (id: string) => string][] = [
      ['GET /api/v1/customers', a.userId, (id) => `/api/v1/customers?representativeId=${id}`],
      [
        'GET /api/v1/customers',
        a.customer.id,
        () => `/api/v1/customers?q=${encodeURIComponent('Gizli Müşteri')}`,
      ],
      ['GET /api/v1/customers', a.customer.id, () => '/api/v1/customers?q=0532%20000%2011'],
      ['GET /api/v1/customers', a.customer.id, () => '/api/v1/customers?q=48400000'],
      ['GET /api/v1/contacts', a.customer.id, (id) => `/api/v1/contacts?customerId=${id}`],
      ['GET /api/v1/contacts', a.contact.id, () => '/api/v1/contacts?q=gizli'],
      ['GET /api/v1/devices', a.customer.id, (id) => `/api/v1/devices?customerId=${id}`],
      ['GET /api/v1/devices', a.device.id, () => '/api/v1/devices?serialNumber=SECRET-1'],
      ['GET /api/v1/devices', a.device.id, () => '/api/v1/devices?q=gizli'],
    ];
    for (const [route, foreignId, url] of lists) {
      covered.add(route);
      const response = await call('GET', url(foreignId), b.headers);
      expect(response.statusCode).toBe(200);
      expect(response.json(), url(foreignId)).toEqual({ items: [], nextCursor: null });
    }
  });

  it('nothing of A changed, and B may use A’s serial (unique per organisation)', async () => {
    expect((await call('GET', `/api/v1/customers/${a.customer.id}`, a.headers)).json()).toEqual(a.customer);
    expect((await call('GET', `/api/v1/contacts/${a.contact.id}`, a.headers)).json()).toEqual(a.contact);
    expect((await call('GET', `/api/v1/devices/${a.device.id}`, a.headers)).json()).toEqual(a.device);
    const contacts = await call('GET', `/api/v1/customers/${a.customer.id}/contacts`, a.headers);
    expect(contacts.json<{ items: Contact[] }>().items.map((c) => c.id)).toEqual([a.contact.id]);
    await created<Device>('POST', '/api/v1/devices', b.headers, {
      customerId: b.customer.id,
      brand: 'VESTEL',
      model: 'Aynı seri',
      deviceType: 'Televizyon',
      serialNumber: 'secret-1',
    });
  });

  it('covers every route under /customers, /contacts and /devices', () => {
    const ours = usta.app.routeTable
      .filter((route) => /^\/api\/v1\/(customers|contacts|devices)(\/|$)/u.test(route.url))
      .map((route) => `${route.method} ${route.url}`);
    expect(ours.length).toBeGreaterThanOrEqual(13);
    expect([...covered].sort()).toEqual([...new Set(ours)].sort());
  });
});
