import type { WorkOrder, WorkOrderDetail, WorkOrderListItem } from '@usta/contracts/work-orders';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer, makeDevice, userId } from './test-fixtures.ts';

let usta: TestUsta;
let desk: Record<string, string>;
let customer: { id: string; addressId: string };
let device: { id: string };
beforeAll(async () => {
  usta = await createTestUsta();
  desk = await usta.as('cagri@demo.usta');
  const actor = await actorFor(usta, 'cagri@demo.usta');
  customer = await makeCustomer(usta, actor, 'Işıl Şahin', {
    representativeId: await userId(usta, 'yonetici@demo.usta'),
  });
  device = await makeDevice(usta, actor, customer.id);
});
afterAll(() => usta.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  headers = desk,
  payload?: unknown,
) =>
  usta.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

const open = async (extra: Record<string, unknown> = {}, headers = desk) => {
  const response = await call('POST', '/api/v1/work-orders', headers, {
    customerId: customer.id,
    channel: 'phone',
    type: 'fault',
    complaint: 'Kombi sıcak su vermiyor, F28 hatası',
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WorkOrder & { warnings: { code: string; workOrderId: string }[] }>();
};

describe('creating a work order', () => {
  it('numbers it, sets the first status and the priority from the matrix', async () => {
    const order = await open({
      deviceId: device.id,
      impact: 'high',
      urgency: 'medium',
      serviceAddressId: customer.addressId,
    });
    expect(order.number).toMatch(/^SRV-\d{4}-\d{6}$/);
    expect(order).toMatchObject({
      status: 'new',
      phase: 'intake',
      priority: 'P2',
      version: 1,
      deviceId: device.id,
    });
    expect(order.warnings).toEqual([]);
    const second = await open({ deviceId: device.id });
    expect(second.warnings).toEqual([
      { code: 'OPEN_ORDER_FOR_DEVICE', workOrderId: order.id, number: order.number },
    ]);
    expect(Number(second.number.slice(-6))).toBe(Number(order.number.slice(-6)) + 1);
    const openForDevice = await call('GET', `/api/v1/work-orders?deviceId=${device.id}&open=true`);
    expect(openForDevice.json<{ items: WorkOrder[] }>().items.map((o) => o.id)).toEqual([
      second.id,
      order.id,
    ]);
  });

  it('registers a new device through the devices module', async () => {
    const order = await open({
      newDevice: { brand: 'Arçelik', model: 'Klima 12', deviceType: 'Klima', serialNumber: 'ARC-77' },
    });
    expect(order.deviceId).not.toBeNull();
    const detail = (await call('GET', `/api/v1/work-orders/${order.id}`)).json<WorkOrderDetail>();
    expect(detail.device).toMatchObject({ brand: 'Arçelik', deviceType: 'Klima', warrantyStatus: 'unknown' });
    expect(detail.deviceType).toBe('Klima');
  });

  it('names every bad field and writes nothing', async () => {
    const count = async () =>
      (await usta.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM work_orders`)).rows[0]!.n;
    const before = await count();
    const response = await call('POST', '/api/v1/work-orders', desk, {
      customerId: 'nope',
      channel: 'fax',
      type: 'fault',
      complaint: '',
      impact: 'high',
      extra: 1,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['customerId', 'channel', 'complaint', 'extra']));
    const unknownCustomer = await call('POST', '/api/v1/work-orders', desk, {
      customerId: '00000000-0000-4000-8000-000000000000',
      channel: 'phone',
      type: 'fault',
      complaint: 'x',
    });
    expect(unknownCustomer.statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('needs work_order:create (warehouse may not open orders)', async () => {
    const response = await call('POST', '/api/v1/work-orders', await usta.as('depo@demo.usta'), {
      customerId: customer.id,
      channel: 'phone',
      type: 'fault',
      complaint: 'x',
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('reading and listing', () => {
  it('finds an order by id and by number, with the warranty badge and allowed transitions', async () => {
    const order = await open({ deviceId: device.id });
    const byNumber = await call('GET', `/api/v1/work-orders/${order.number.toLowerCase()}`);
    expect(byNumber.statusCode).toBe(200);
    const detail = byNumber.json<WorkOrderDetail>();
    expect(detail.id).toBe(order.id);
    expect(detail.statusInfo).toMatchObject({ code: 'new', nameTr: 'Yeni Kayıt', colour: '#228be6' });
    expect(detail.device?.warrantyStatus).toBe('in_warranty');
    expect(detail.customer?.name).toBe('Işıl Şahin');
    expect(detail.allowedTransitions.map((t) => t.status)).toEqual(
      expect.arrayContaining(['pre_inspection', 'to_plan', 'cancelled']),
    );
    expect(detail.activities[0]).toMatchObject({ kind: 'created', actorName: 'Çağrı Demir' });
  });

  it('filters, searches Turkish-aware, sorts and pages with a cursor', async () => {
    const other = await makeCustomer(usta, await actorFor(usta, 'cagri@demo.usta'), 'Çiğdem Öztürk');
    const special = await open({
      customerId: other.id,
      complaint: 'BUZDOLABI ISITMIYOR, ışık yanmıyor',
      impact: 'low',
      urgency: 'low',
    });
    const byText = await call('GET', '/api/v1/work-orders?q=isik');
    expect(byText.json<{ items: WorkOrderListItem[] }>().items.map((o) => o.id)).toEqual([special.id]);
    const byCustomer = await call('GET', `/api/v1/work-orders?q=${encodeURIComponent('çiğdem')}`);
    expect(byCustomer.json<{ items: WorkOrderListItem[] }>().items.map((o) => o.id)).toEqual([special.id]);
    const byNumber = await call('GET', `/api/v1/work-orders?q=${special.number}`);
    expect(byNumber.json<{ items: WorkOrderListItem[] }>().items.map((o) => o.id)).toEqual([special.id]);
    const p4 = await call('GET', '/api/v1/work-orders?priority=P4&status=new');
    const row = p4.json<{ items: WorkOrderListItem[] }>().items.find((o) => o.id === special.id);
    expect(row).toMatchObject({ customerName: 'Çiğdem Öztürk', statusInfo: { colour: '#228be6' } });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(
        'GET',
        `/api/v1/work-orders?limit=2&sort=number${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.statusCode).toBe(200);
      const body = page.json<{ items: WorkOrderListItem[]; nextCursor: string | null }>();
      seen.push(...body.items.map((o) => o.number));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    const names: string[] = [];
    cursor = null;
    do {
      const page = await call(
        'GET',
        `/api/v1/work-orders?limit=3&sort=-customerName${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const body = page.json<{ items: WorkOrderListItem[]; nextCursor: string | null }>();
      names.push(...body.items.map((o) => o.customerName));
      cursor = body.nextCursor;
    } while (cursor);
    expect(names.length).toBe(seen.length);
    expect(names[0]).toBe('Işıl Şahin');
    expect(names.at(-1)).toBe('Çiğdem Öztürk');
  });

  it('counts orders per status tab', async () => {
    const response = await call('GET', '/api/v1/work-orders/counts?status=new');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ items: { code: string; count: number }[]; total: number }>();
    expect(body.items.find((s) => s.code === 'new')!.count).toBe(body.total);
    expect(body.items.map((s) => s.code)).toContain('closed');
  });
});

describe('editing', () => {
  it('edits with the version and refuses a stale save with the current record', async () => {
    const order = await open();
    const first = await call('PATCH', `/api/v1/work-orders/${order.id}`, desk, {
      complaint: 'Güncel şikayet',
      impact: 'high',
      urgency: 'high',
      version: 1,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<WorkOrder>()).toMatchObject({
      complaint: 'Güncel şikayet',
      priority: 'P1',
      version: 2,
    });
    const stale = await call('PATCH', `/api/v1/work-orders/${order.id}`, desk, {
      complaint: 'Eski',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ current: WorkOrder }>().current).toMatchObject({
      complaint: 'Güncel şikayet',
      version: 2,
    });
    const manual = await call('PATCH', `/api/v1/work-orders/${order.id}`, desk, {
      priority: 'P4',
      version: 2,
    });
    expect(manual.json<WorkOrder>().priority).toBe('P4');
  });

  it('lets a technician write findings only, and only on their own orders', async () => {
    const order = await open();
    const tech = await usta.as('teknisyen1@demo.usta');
    expect(
      (await call('PATCH', `/api/v1/work-orders/${order.id}`, tech, { diagnosis: 'x', version: 1 }))
        .statusCode,
    ).toBe(404);
    const planner = await usta.as('planlama@demo.usta');
    const assigned = await call('PUT', `/api/v1/work-orders/${order.id}/assignment`, planner, {
      technicianIds: [await userId(usta, 'teknisyen1@demo.usta')],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const findings = await call('PATCH', `/api/v1/work-orders/${order.id}`, tech, {
      diagnosis: 'Pompa arızalı',
      version: 2,
    });
    expect(findings.statusCode, findings.body).toBe(200);
    const complaint = await call('PATCH', `/api/v1/work-orders/${order.id}`, tech, {
      complaint: 'x',
      version: 3,
    });
    expect(complaint.statusCode).toBe(403);
  });
});
