import type { WorkOrder, WorkOrderListItem } from '@usta/contracts/work-orders';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { CONFIG_CACHE_MS } from './status-cache.ts';
import { actorFor, makeCustomer } from './test-fixtures.ts';

// The maintained tab counts (trigger in the writing transaction) and the per-process cache of
// statuses (status-cache.ts, docs/decisions/0005).

let usta: TestUsta;
let desk: Record<string, string>;
let customerId: string;
beforeAll(async () => {
  usta = await createTestUsta();
  desk = await usta.as('cagri@demo.usta');
  customerId = (await makeCustomer(usta, await actorFor(usta, 'cagri@demo.usta'), 'Sayaç Müşteri')).id;
});
afterAll(() => usta.close());
afterEach(() => vi.useRealTimers());

type Headers = Record<string, string>;
const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers: Headers = desk, payload?: object) =>
  usta.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const open = async (complaint = 'Kombi arızası') => {
  const response = await call('POST', '/api/v1/work-orders', desk, {
    customerId,
    channel: 'phone',
    type: 'fault',
    complaint,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WorkOrder>();
};

type Counts = { items: { code: string; count: number }[]; total: number };
const tabCounts = async (query = '') => {
  const response = await call('GET', `/api/v1/work-orders/counts${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const body = response.json<Counts>();
  return { total: body.total, by: Object.fromEntries(body.items.map((item) => [item.code, item.count])) };
};

/** What a full count says, straight from the table. */
async function countedNow(): Promise<{ total: number; by: Record<string, number> }> {
  const { organizationId } = await actorFor(usta, 'cagri@demo.usta');
  const { rows } = await usta.db.execute<{ status: string; n: number }>(
    sql`SELECT status, count(*)::int AS n FROM work_orders WHERE organization_id = ${organizationId} GROUP BY status`,
  );
  return {
    total: rows.reduce((sum, row) => sum + row.n, 0),
    by: Object.fromEntries(rows.map((r) => [r.status, r.n])),
  };
}

const nonZero = (by: Record<string, number>) =>
  Object.fromEntries(Object.entries(by).filter(([, n]) => n > 0));

describe('tab counts kept by the database', () => {
  it('follow creates, concurrent transitions and a rolled-back create', async () => {
    const before = await tabCounts();
    const orders = await Promise.all(Array.from({ length: 12 }, (_, i) => open(`Sayaç ${i}`)));
    const afterCreates = await tabCounts();
    expect(afterCreates.total).toBe(before.total + 12);
    expect(afterCreates.by.new).toBe((before.by.new ?? 0) + 12);

    // Half move to planning and back and forth concurrently: no deadlock, counts exact.
    const moves = orders.slice(0, 6).map((order, i) =>
      call('POST', `/api/v1/work-orders/${order.id}/transitions`, desk, {
        to: i % 2 ? 'to_plan' : 'cancelled',
        note: 'Müşteri vazgeçti',
      }),
    );
    const answers = await Promise.all(moves);
    for (const answer of answers) expect(answer.statusCode, answer.body).toBeLessThan(300);
    const afterMoves = await tabCounts();
    expect(nonZero(afterMoves.by)).toEqual(nonZero((await countedNow()).by));
    expect(afterMoves.total).toBe(afterCreates.total);

    // A create that fails (unknown customer) leaves the counts alone.
    const failed = await call('POST', '/api/v1/work-orders', desk, {
      customerId: '00000000-0000-4000-8000-000000000000',
      channel: 'phone',
      type: 'fault',
      complaint: 'yok',
    });
    expect(failed.statusCode).toBe(404);
    expect(await tabCounts()).toEqual(afterMoves);
  });

  it('answer filtered tabs by counting, and agree with the maintained ones without filters', async () => {
    await open('Klima soğutmuyor');
    const all = await tabCounts();
    expect(nonZero(all.by)).toEqual(nonZero((await countedNow()).by));
    const filtered = await tabCounts('?q=klima');
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(all.total);
  });
});

describe('status cache', () => {
  const statusName = async (orderId: string) => {
    const list = (await call('GET', '/api/v1/work-orders?status=new')).json<{ items: WorkOrderListItem[] }>();
    return list.items.find((item) => item.id === orderId)?.statusInfo.nameTr;
  };

  it('shows a status renamed through this process on the next list', async () => {
    const order = await open('Ad değişikliği');
    expect(await statusName(order.id)).toBeDefined();
    const admin = await usta.as('admin@demo.usta');
    const current = (await call('GET', '/api/v1/settings/work-order-statuses', admin)).json<{
      items: Record<string, unknown>[];
      version: number;
    }>();
    const statuses = current.items.map(
      ({ active, order: sortOrder, code, nameTr, nameEn, colour, phase }) => ({
        code,
        nameTr: code === 'new' ? 'Yeni kayıt' : nameTr,
        nameEn,
        colour,
        phase,
        order: sortOrder,
        active,
      }),
    );
    const saved = await call('PUT', '/api/v1/settings/work-order-statuses', admin, {
      statuses,
      version: current.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await statusName(order.id)).toBe('Yeni kayıt');
  });

  it('sees a change made elsewhere (another process) within its bound', async () => {
    const order = await open('Başka süreç');
    const before = await statusName(order.id);
    await usta.db.execute(sql`UPDATE work_order_statuses SET name_tr = 'Başka süreçte' WHERE code = 'new'`);
    expect(await statusName(order.id)).toBe(before);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + CONFIG_CACHE_MS + 1 });
    expect(await statusName(order.id)).toBe('Başka süreçte');
  });
});
