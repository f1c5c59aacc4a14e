import type { WorkOrder } from '@usta/contracts/work-orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer, makeDevice } from './test-fixtures.ts';

// Company B's manager (every permission) calls every route of the module with company A's ids:
// each answer must be exactly the answer for an id that never existed (404 NOT_FOUND).

let usta: TestUsta;
const a: Record<'order' | 'other' | 'device' | 'customer' | 'category' | 'view', string> = {
  order: '',
  other: '',
  device: '',
  customer: '',
  category: '',
  view: '',
};
let bOrder = '';
let b: Record<string, string>;
const NEVER = '00000000-0000-4000-8000-00000000abcd';

const call = (method: string, url: string, headers: Record<string, string>, payload?: unknown) =>
  usta.app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

beforeAll(async () => {
  usta = await createTestUsta();
  const desk = await usta.as('cagri@demo.usta');
  const actor = await actorFor(usta, 'cagri@demo.usta');
  a.customer = (await makeCustomer(usta, actor, 'A Müşterisi')).id;
  a.device = (await makeDevice(usta, actor, a.customer)).id;
  const open = async (headers: Record<string, string>, customerId: string) => {
    const response = await call('POST', '/api/v1/work-orders', headers, {
      customerId,
      channel: 'phone',
      type: 'fault',
      complaint: 'Arıza',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<WorkOrder>().id;
  };
  a.order = await open(desk, a.customer);
  a.other = await open(desk, a.customer);
  const admin = await usta.as('admin@demo.usta');
  a.category = (await call('POST', '/api/v1/settings/work-order-categories', admin, { nameTr: 'A' })).json<{
    id: string;
  }>().id;
  a.view = (await call('POST', '/api/v1/work-order-views', desk, { name: 'A', query: {} })).json<{
    id: string;
  }>().id;

  await usta.createOrganization('isolated');
  b = await usta.as('manager@isolated.test');
  const bActor = await actorFor(usta, 'manager@isolated.test');
  const bCustomer = (await makeCustomer(usta, bActor, 'B Müşterisi')).id;
  bOrder = await open(b, bCustomer);
});
afterAll(() => usta.close());

/** Every route with a path id, and a body that passes validation (so only the id can fail). */
const ROUTES: { method: string; url: string; body?: (id: string) => unknown; idOf: keyof typeof a }[] = [
  { method: 'GET', url: '/api/v1/work-orders/:id', idOf: 'order' },
  {
    method: 'PATCH',
    url: '/api/v1/work-orders/:id',
    idOf: 'order',
    body: () => ({ complaint: 'x', version: 1 }),
  },
  { method: 'GET', url: '/api/v1/work-orders/:id/transitions', idOf: 'order' },
  {
    method: 'POST',
    url: '/api/v1/work-orders/:id/transitions',
    idOf: 'order',
    body: () => ({ to: 'to_plan' }),
  },
  { method: 'GET', url: '/api/v1/work-orders/:id/activities', idOf: 'order' },
  {
    method: 'POST',
    url: '/api/v1/work-orders/:id/activities',
    idOf: 'order',
    body: () => ({ kind: 'note', description: 'x' }),
  },
  {
    method: 'PUT',
    url: '/api/v1/work-orders/:id/assignment',
    idOf: 'order',
    body: () => ({ technicianIds: [] }),
  },
  {
    method: 'POST',
    url: '/api/v1/work-orders/:id/merge',
    idOf: 'order',
    body: () => ({ survivorId: bOrder }),
  },
  {
    method: 'POST',
    url: '/api/v1/work-orders/:id/links',
    idOf: 'order',
    body: () => ({ kind: 'related', workOrderId: bOrder }),
  },
  { method: 'DELETE', url: `/api/v1/work-orders/:id/links/${NEVER}`, idOf: 'order' },
  {
    method: 'POST',
    url: '/api/v1/work-orders/:id/approvals',
    idOf: 'order',
    body: () => ({ method: 'signature', approvedBy: 'x' }),
  },
  { method: 'GET', url: '/api/v1/work-orders/:id/service-form.pdf', idOf: 'order' },
  { method: 'GET', url: '/api/v1/work-orders/:id/sla', idOf: 'order' },
  { method: 'GET', url: '/api/v1/work-orders/:id/sla/record', idOf: 'order' },
  { method: 'GET', url: '/api/v1/work-orders/:id/sla/escalations', idOf: 'order' },
  { method: 'GET', url: '/api/v1/work-orders/:id/parts', idOf: 'order' },
  { method: 'GET', url: '/api/v1/work-orders/:id/attachments', idOf: 'order' },
  {
    method: 'POST',
    url: '/api/v1/work-orders/:id/sla/root-cause',
    idOf: 'order',
    body: () => ({ code: 'other', text: 'x' }),
  },
  { method: 'GET', url: '/api/v1/work-orders/:id/slot-suggestions', idOf: 'order' },
  { method: 'POST', url: '/api/v1/work-orders/:id/slot-suggestions', idOf: 'order', body: () => ({}) },
  { method: 'GET', url: '/api/v1/devices/:id/history', idOf: 'device' },
  {
    method: 'PATCH',
    url: '/api/v1/settings/work-order-categories/:id',
    idOf: 'category',
    body: () => ({ nameTr: 'x', version: 1 }),
  },
  {
    method: 'PUT',
    url: '/api/v1/work-order-views/:id',
    idOf: 'view',
    body: () => ({ name: 'x', query: {} }),
  },
  { method: 'DELETE', url: '/api/v1/work-order-views/:id', idOf: 'view' },
];

/** B's own order with A's id in the body. */
const BODY_ROUTES: {
  method: string;
  url: () => string;
  idOf: keyof typeof a;
  body: (id: string) => unknown;
}[] = [
  {
    method: 'POST',
    url: () => `/api/v1/work-orders/${bOrder}/merge`,
    idOf: 'order',
    body: (id) => ({ survivorId: id }),
  },
  {
    method: 'POST',
    url: () => `/api/v1/work-orders/${bOrder}/links`,
    idOf: 'order',
    body: (id) => ({ kind: 'child', workOrderId: id }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/work-orders',
    idOf: 'customer',
    body: (id) => ({ customerId: id, channel: 'phone', type: 'fault', complaint: 'x' }),
  },
  {
    method: 'POST',
    url: () => '/api/v1/work-orders',
    idOf: 'device',
    body: (id) => ({ customerId: a.customer, deviceId: id, channel: 'phone', type: 'fault', complaint: 'x' }),
  },
];

const shape = (response: Awaited<ReturnType<typeof call>>) => {
  const body = response.json<Record<string, unknown>>();
  return { status: response.statusCode, code: body.code, detail: body.detail, errors: body.errors };
};

describe('another company’s ids', () => {
  it('answer every route exactly like ids that never existed', async () => {
    const covered = new Set<string>();
    for (const route of ROUTES) {
      const foreign = await call(
        route.method,
        route.url.replace(':id', a[route.idOf]),
        b,
        route.body?.(a[route.idOf]),
      );
      const never = await call(route.method, route.url.replace(':id', NEVER), b, route.body?.(NEVER));
      expect(shape(foreign), `${route.method} ${route.url}`).toEqual(shape(never));
      expect(foreign.statusCode, `${route.method} ${route.url}`).toBe(404);
      covered.add(`${route.method} ${route.url.replace(NEVER, ':otherId')}`);
    }
    for (const route of BODY_ROUTES) {
      const foreign = await call(route.method, route.url(), b, route.body(a[route.idOf]));
      const never = await call(route.method, route.url(), b, route.body(NEVER));
      expect(shape(foreign), `${route.method} ${route.url()}`).toEqual(shape(never));
      expect(foreign.statusCode).toBe(404);
    }
    // Every route of the module with an id in its path is in the walk above.
    const withIds = usta.app.routeTable
      .filter((r) => r.url.includes(':id') && /work-order|devices\/:id\/history/.test(r.url))
      .map((r) => `${r.method} ${r.url}`);
    for (const route of withIds) expect(covered, route).toContain(route);
  });

  it('never appear in B’s lists, counts or searches', async () => {
    const list = (await call('GET', '/api/v1/work-orders?limit=200', b)).json<{ items: WorkOrder[] }>();
    expect(list.items.map((o) => o.id)).toEqual([bOrder]);
    const search = (await call('GET', '/api/v1/work-orders?q=Arıza', b)).json<{ items: WorkOrder[] }>();
    expect(search.items.map((o) => o.id)).toEqual([bOrder]);
    const counts = (await call('GET', '/api/v1/work-orders/counts', b)).json<{ total: number }>();
    expect(counts.total).toBe(1);
    expect(
      (await call('GET', `/api/v1/work-orders?deviceId=${a.device}`, b)).json<{ items: unknown[] }>().items,
    ).toEqual([]);
    const categories = (await call('GET', '/api/v1/settings/work-order-categories', b)).json<{
      items: unknown[];
    }>();
    expect(categories.items).toEqual([]);
  });
});
