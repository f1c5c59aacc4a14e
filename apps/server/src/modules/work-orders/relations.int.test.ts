import type { WorkOrder, WorkOrderDetail } from '@usta/contracts/work-orders';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import type { Database } from '../../db/database.ts';
import { createWorkOrder } from './create-work-order.ts';
import { actorFor, makeCustomer, makeDevice, userId } from './test-fixtures.ts';

let usta: TestUsta;
let desk: Record<string, string>;
let customerId: string;
let deviceId: string;
beforeAll(async () => {
  usta = await createTestUsta();
  desk = await usta.as('cagri@demo.usta');
  const actor = await actorFor(usta, 'cagri@demo.usta');
  customerId = (
    await makeCustomer(usta, actor, 'Şule Ağaoğlu', {
      representativeId: await userId(usta, 'yonetici@demo.usta'),
    })
  ).id;
  deviceId = (await makeDevice(usta, actor, customerId)).id;
});
afterAll(() => usta.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  headers: Record<string, string> = desk,
  payload?: unknown,
) =>
  usta.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

const body = { customerId: '', channel: 'phone', type: 'fault', complaint: 'Çamaşır makinesi su almıyor' };
async function openOrder(extra: Record<string, unknown> = {}, headers = desk): Promise<WorkOrder> {
  const response = await call('POST', '/api/v1/work-orders', headers, { ...body, customerId, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WorkOrder>();
}
const sequenceOf = (number: string) => Number(number.split('-')[2]);
const count = async (query: ReturnType<typeof sql>) =>
  (await usta.db.execute<{ n: number }>(query)).rows[0]!.n;

describe('numbers under concurrency and Idempotency-Key', () => {
  it('gives 50 concurrent creates 50 distinct consecutive numbers', async () => {
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => call('POST', '/api/v1/work-orders', desk, { ...body, customerId })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const sequences = responses.map((r) => sequenceOf(r.json<WorkOrder>().number)).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    expect(sequences.at(-1)! - sequences[0]!).toBe(49);
  });

  it('never makes a second order for a repeated key, even when the copies race', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM work_orders`);
    const headers = { ...desk, 'idempotency-key': 'create-once-1' };
    const first = await call('POST', '/api/v1/work-orders', headers, { ...body, customerId });
    const again = await call('POST', '/api/v1/work-orders', headers, { ...body, customerId });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<WorkOrder>().id).toBe(first.json<WorkOrder>().id);
    const raced = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(
          'POST',
          '/api/v1/work-orders',
          { ...desk, 'idempotency-key': 'create-once-2' },
          { ...body, customerId },
        ),
      ),
    );
    expect(raced.filter((r) => r.statusCode === 201 && !r.headers['idempotent-replayed'])).toHaveLength(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM work_orders`)).toBe(before + 2);
  });
});

describe('e-mails through the outbox', () => {
  it('queues the representative’s and the technician’s e-mails with the order', async () => {
    const order = await openOrder();
    const messages = await usta.db.execute<{ recipient: string; template: string }>(
      sql`SELECT recipient, template FROM outbox_messages WHERE data->>'workOrderId' = ${order.id}`,
    );
    expect(messages.rows).toEqual([
      { recipient: 'yonetici@demo.usta', template: 'work_order_opened_for_representative' },
    ]);
    const tech = await userId(usta, 'teknisyen2@demo.usta');
    await call('PUT', `/api/v1/work-orders/${order.id}/assignment`, await usta.as('planlama@demo.usta'), {
      technicianIds: [tech],
    });
    const assigned = await usta.db.execute<{ recipient: string }>(
      sql`SELECT recipient FROM outbox_messages
          WHERE data->>'workOrderId' = ${order.id} AND template = 'work_order_assigned_to_technician'`,
    );
    expect(assigned.rows).toEqual([{ recipient: 'teknisyen2@demo.usta' }]);
  });

  it('a create that fails at commit leaves no order, no e-mail and no used number', async () => {
    const outbox = () => count(sql`SELECT count(*)::int AS n FROM outbox_messages`);
    const orders = () => count(sql`SELECT count(*)::int AS n FROM work_orders`);
    const [outboxBefore, ordersBefore] = [await outbox(), await orders()];
    const failing = {
      transaction: (work: (tx: unknown) => Promise<unknown>) =>
        usta.db.transaction(async (tx) => {
          await work(tx);
          throw new Error('commit refused');
        }),
    } as unknown as Database;
    const actor = await actorFor(usta, 'cagri@demo.usta');
    const input = { ...body, customerId, channel: 'phone' as const, type: 'fault' as const };
    await expect(createWorkOrder(failing, actor, input)).rejects.toThrow('commit refused');
    expect([await outbox(), await orders()]).toEqual([outboxBefore, ordersBefore]);
    const last = await usta.db.execute<{ n: number }>(
      sql`SELECT max(last_sequence) AS n FROM work_order_counters`,
    );
    const next = await openOrder();
    expect(sequenceOf(next.number)).toBe(last.rows[0]!.n + 1);
  });
});

describe('merging and links', () => {
  it('merges a duplicate: both histories kept, the old number points to the survivor', async () => {
    const survivor = await openOrder();
    const duplicate = await openOrder({ complaint: 'Aynı arıza, ikinci arama' });
    await call('POST', `/api/v1/work-orders/${duplicate.id}/activities`, desk, {
      kind: 'note',
      description: 'Müşteri tekrar aradı',
    });
    const merged = await call('POST', `/api/v1/work-orders/${duplicate.id}/merge`, desk, {
      survivorId: survivor.id,
      note: 'Mükerrer kayıt',
    });
    expect(merged.statusCode, merged.body).toBe(200);

    const old = (await call('GET', `/api/v1/work-orders/${duplicate.number}`)).json<WorkOrderDetail>();
    expect(old).toMatchObject({
      id: duplicate.id,
      phase: 'cancelled',
      mergedIntoId: survivor.id,
      allowedTransitions: [],
    });
    expect(old.mergedInto).toEqual({ id: survivor.id, number: survivor.number });
    expect(old.activities.map((a) => a.kind)).toEqual(['merge', 'note', 'created']);

    const kept = (await call('GET', `/api/v1/work-orders/${survivor.id}`)).json<WorkOrderDetail>();
    expect(kept.activities.map((a) => `${a.kind}:${a.workOrderId === duplicate.id ? 'dup' : 'own'}`)).toEqual(
      expect.arrayContaining(['merge:own', 'merge:dup', 'note:dup', 'created:dup', 'created:own']),
    );
    const twice = await call('POST', `/api/v1/work-orders/${duplicate.id}/merge`, desk, {
      survivorId: survivor.id,
    });
    expect(twice.json()).toMatchObject({ code: 'MERGE_REFUSED', reason: 'ALREADY_MERGED' });
    expect(
      (await call('POST', `/api/v1/work-orders/${duplicate.id}/transitions`, desk, { to: 'new', note: 'x' }))
        .statusCode,
    ).toBe(409);
  });

  it('links parent, child and related orders, and refuses a cycle', async () => {
    const [a, b, c] = [await openOrder(), await openOrder(), await openOrder()];
    expect(
      (await call('POST', `/api/v1/work-orders/${a.id}/links`, desk, { kind: 'child', workOrderId: b.id }))
        .statusCode,
    ).toBe(200);
    expect(
      (await call('POST', `/api/v1/work-orders/${b.id}/links`, desk, { kind: 'child', workOrderId: c.id }))
        .statusCode,
    ).toBe(200);
    const cycle = await call('POST', `/api/v1/work-orders/${c.id}/links`, desk, {
      kind: 'child',
      workOrderId: a.id,
    });
    expect(cycle.json()).toMatchObject({ code: 'LINK_REFUSED', reason: 'CYCLE' });
    const related = await call('POST', `/api/v1/work-orders/${a.id}/links`, desk, {
      kind: 'related',
      workOrderId: c.id,
    });
    expect(related.json<WorkOrder>().relatedIds).toEqual([c.id]);
    const detail = (await call('GET', `/api/v1/work-orders/${a.id}`)).json<WorkOrderDetail>();
    expect(detail.children.map((child) => child.id)).toEqual([b.id]);
    expect((await call('GET', `/api/v1/work-orders/${c.id}`)).json<WorkOrder>()).toMatchObject({
      parentId: b.id,
      relatedIds: [a.id],
    });
    const unlinked = await call('DELETE', `/api/v1/work-orders/${c.id}/links/${a.id}`);
    expect(unlinked.json<WorkOrder>().relatedIds).toEqual([]);
  });
});

describe('device history', () => {
  it('lists the device’s orders with an activity summary; a foreign device is 404', async () => {
    const actor = await actorFor(usta, 'cagri@demo.usta');
    const device = await makeDevice(usta, actor, customerId);
    const first = await openOrder({ deviceId: device.id });
    await call('POST', `/api/v1/work-orders/${first.id}/activities`, desk, {
      kind: 'note',
      description: 'Filtre temizlendi',
    });
    const second = await openOrder({ deviceId: device.id });
    const response = await call(
      'GET',
      `/api/v1/devices/${device.id}/history`,
      await usta.as('teknisyen1@demo.usta'),
    );
    expect(response.statusCode).toBe(200);
    expect(response.json<{ items: unknown[] }>().items).toEqual([]);
    const full = (await call('GET', `/api/v1/devices/${device.id}/history`)).json<{
      items: { id: string; activityCount: number; lastActivity: string | null }[];
    }>();
    expect(full.items.map((o) => o.id)).toEqual([second.id, first.id]);
    expect(full.items[1]).toMatchObject({ activityCount: 2, lastActivity: 'Filtre temizlendi' });
    await usta.createOrganization('history');
    const foreign = await call(
      'GET',
      `/api/v1/devices/${device.id}/history`,
      await usta.as('manager@history.test'),
    );
    expect(foreign.statusCode).toBe(404);
  });
});

describe('the printed service form', () => {
  it('renders the order as a PDF in the company’s layout', async () => {
    const order = await openOrder({ deviceId });
    await call('POST', `/api/v1/work-orders/${order.id}/activities`, desk, {
      kind: 'time_entry',
      description: 'Arıza tespiti',
      startedAt: '2026-11-23T09:00:00+03:00',
      endedAt: '2026-11-23T09:40:00+03:00',
    });
    const response = await call('GET', `/api/v1/work-orders/${order.id}/service-form.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const tech = await usta.as('teknisyen1@demo.usta');
    expect((await call('GET', `/api/v1/work-orders/${order.id}/service-form.pdf`, tech)).statusCode).toBe(
      404,
    );
  });
});

describe('settings', () => {
  it('edits statuses, categories and the matrix, which new orders then follow', async () => {
    const admin = await usta.as('admin@demo.usta');
    const list = (await call('GET', '/api/v1/settings/work-order-statuses', desk)).json<{
      items: Record<string, unknown>[];
      version: number;
    }>();
    const statuses = list.items.map((s) =>
      s.code === 'new' ? { ...s, nameTr: 'Yeni Çağrı', colour: '#000000' } : s,
    );
    const saved = await call('PUT', '/api/v1/settings/work-order-statuses', admin, {
      statuses,
      version: list.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const withoutNew = statuses.filter((s) => s.code !== 'new');
    const refused = await call('PUT', '/api/v1/settings/work-order-statuses', admin, {
      statuses: withoutNew,
    });
    expect(refused.statusCode).toBe(400);
    expect((await call('PUT', '/api/v1/settings/work-order-statuses', desk, { statuses })).statusCode).toBe(
      403,
    );

    const matrix = {
      high: { high: 'P1', medium: 'P1', low: 'P1' },
      medium: { high: 'P2', medium: 'P3', low: 'P4' },
      low: { high: 'P3', medium: 'P4', low: 'P4' },
    };
    expect((await call('PUT', '/api/v1/settings/priority-matrix', admin, matrix)).statusCode).toBe(200);
    const category = (
      await call('POST', '/api/v1/settings/work-order-categories', admin, { nameTr: 'Isıtma' })
    ).json<{ id: string }>();
    const sub = await call('POST', '/api/v1/settings/work-order-categories', admin, {
      nameTr: 'Kombi arızası',
      parentId: category.id,
    });
    const order = await openOrder({
      impact: 'high',
      urgency: 'low',
      categoryId: sub.json<{ id: string }>().id,
    });
    expect(order).toMatchObject({ priority: 'P1', status: 'new' });
    const detail = (await call('GET', `/api/v1/work-orders/${order.id}`)).json<WorkOrderDetail>();
    expect(detail.statusInfo).toMatchObject({ nameTr: 'Yeni Çağrı', colour: '#000000' });
    const byParent = (await call('GET', `/api/v1/work-orders?categoryId=${category.id}`)).json<{
      items: WorkOrder[];
    }>();
    expect(byParent.items.map((o) => o.id)).toEqual([order.id]);
  });

  it('keeps saved views per user', async () => {
    const created = await call('POST', '/api/v1/work-order-views', desk, {
      name: 'Açık P1',
      query: { priority: ['P1'], open: 'true' },
    });
    expect(created.statusCode).toBe(201);
    const mine = (await call('GET', '/api/v1/work-order-views', desk)).json<{ items: { name: string }[] }>();
    expect(mine.items.map((v) => v.name)).toEqual(['Açık P1']);
    const others = (await call('GET', '/api/v1/work-order-views', await usta.as('planlama@demo.usta'))).json<{
      items: unknown[];
    }>();
    expect(others.items).toEqual([]);
    const id = created.json<{ id: string }>().id;
    expect(
      (await call('DELETE', `/api/v1/work-order-views/${id}`, await usta.as('planlama@demo.usta')))
        .statusCode,
    ).toBe(404);
    expect((await call('DELETE', `/api/v1/work-order-views/${id}`, desk)).statusCode).toBe(204);
  });
});
