// The list page is read as arrays in one statement (rows + SLA summaries) and, for the default
// search, through a prepared statement built once per shape. These tests pin its answers to the
// repository's shape: every item equals `toOrderView(findWorkOrder(…))` with `loadSlaSummaries` cut to the list row's schema,
// in the order an independent SQL ordering gives, for every sort, page by page.
import { type WorkOrder, type WorkOrderListItem, workOrderListItemSchema } from '@usta/contracts/work-orders';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import type { Actor } from '../../http/access.ts';
import { loadSlaSummaries } from '../sla/index.ts';
import { toOrderView } from './present-work-order.ts';
import { cachedStatuses } from './status-cache.ts';
import { actorFor, makeCustomer, userId } from './test-fixtures.ts';
import { findWorkOrder } from './work-order-repository.ts';

type Page = { items: WorkOrderListItem[]; nextCursor: string | null };

let usta: TestUsta;
let desk: Record<string, string>;
let tech: Record<string, string>;
let deskActor: Actor;
let techActor: Actor;
const created: WorkOrder[] = [];

const call = (method: 'GET' | 'POST' | 'PUT', url: string, headers = desk, payload?: object) =>
  usta.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  usta = await createTestUsta();
  desk = await usta.as('cagri@demo.usta');
  tech = await usta.as('teknisyen1@demo.usta');
  deskActor = await actorFor(usta, 'cagri@demo.usta');
  techActor = await actorFor(usta, 'teknisyen1@demo.usta');
  const customers = [
    await makeCustomer(usta, deskActor, 'Çağrı Işık'),
    await makeCustomer(usta, deskActor, 'Can Öztürk'),
    await makeCustomer(usta, deskActor, 'ayşe yılmaz'),
  ];
  const bodies = [
    { complaint: 'Kombi sıcak su vermiyor', impact: 'high', urgency: 'high' },
    { complaint: 'KOMBİ su akıtıyor', requestedDate: '2026-12-24' },
    { complaint: 'Klima soğutmuyor, ışık yanıp sönüyor', impact: 'low', urgency: 'low' },
    { complaint: 'Kombi ses yapıyor', requestedDate: '2026-12-20', tags: ['garanti', 'acil'] },
    { complaint: 'Buzdolabı kombi yanında', customCodes: { kaynak: 'web' } },
    { complaint: '100% "tırnak" \\ kaçış_deneme' },
    { complaint: 'Kombi basınç düşüyor', impact: 'medium', urgency: 'high' },
  ];
  for (const [i, body] of bodies.entries()) {
    const response = await call('POST', '/api/v1/work-orders', desk, {
      customerId: customers[i % customers.length]!.id,
      channel: 'phone',
      type: 'fault',
      ...body,
    });
    expect(response.statusCode, response.body).toBe(201);
    created.push(response.json<WorkOrder>());
  }
  // Two orders for the technician; one moved on (another status); one without an SLA summary.
  const planner = await usta.as('planlama@demo.usta');
  for (const order of [created[0]!, created[3]!]) {
    const assigned = await call('PUT', `/api/v1/work-orders/${order.id}/assignment`, planner, {
      technicianIds: [await userId(usta, 'teknisyen1@demo.usta')],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
  }
  const moved = await call('POST', `/api/v1/work-orders/${created[1]!.id}/transitions`, desk, {
    to: 'to_plan',
  });
  expect(moved.statusCode, moved.body).toBe(200);
  await usta.db.execute(sql`DELETE FROM work_order_sla WHERE work_order_id = ${created[4]!.id}`);
  // "Due soonest" cases: summaries without a pending due time, and three orders due at one instant.
  await usta.db.execute(
    sql`UPDATE work_order_sla SET next_due_at = NULL WHERE work_order_id IN (${created[6]!.id}, ${created[1]!.id})`,
  );
  await usta.db.execute(
    sql`UPDATE work_order_sla SET next_due_at = (SELECT next_due_at FROM work_order_sla WHERE work_order_id = ${created[2]!.id}) WHERE work_order_id IN (${created[5]!.id}, ${created[3]!.id})`,
  );
});
afterAll(() => usta.close());

/** What the list must answer for an order: the repository row and its SLA summary cut to the list row's schema. */
async function expectedItem(actor: Actor, id: string): Promise<WorkOrderListItem> {
  const row = await findWorkOrder(usta.db, actor, id);
  const statuses = await cachedStatuses(usta.db, actor.organizationId);
  const sla = await loadSlaSummaries(usta.db, actor.organizationId, [id]);
  // The contract's list row schema keeps exactly the row's fields of the whole order and summary.
  return workOrderListItemSchema.parse({ ...toOrderView(row!, statuses), sla: sla.get(id) ?? null });
}

const ORDER_BY: Record<string, string> = {
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  number: 'number',
  priority: 'priority',
  customerName: '(customer_name COLLATE "tr-TR-x-icu")',
  requestedDate: "coalesce(requested_date, '9999-12-31'::date)",
  slaDue:
    "coalesce((SELECT s.next_due_at FROM work_order_sla s WHERE s.work_order_id = w.id), 'infinity'::timestamptz)",
};

/** The ids in list order, by SQL written here (not by the code under test). */
async function expectedIds(actor: Actor, sort: string, where = 'true'): Promise<string[]> {
  const desc = sort.startsWith('-');
  const dir = desc ? 'DESC' : 'ASC';
  const rule = actor.permissions.has('work_order:read_all')
    ? 'true'
    : `'${actor.userId}'::uuid = ANY(w.technician_ids)`;
  const result = await usta.db.execute<{ id: string }>(
    sql.raw(
      `SELECT id FROM work_orders w WHERE organization_id = '${actor.organizationId}' AND ${rule} AND ${where} ORDER BY ${ORDER_BY[sort.replace('-', '')]} ${dir}, id ${dir}`,
    ),
  );
  return result.rows.map((r) => r.id);
}

/** Walks every page of a list URL and checks each item against the repository's shape. */
async function walk(url: string, headers: Record<string, string>, actor: Actor): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await call('GET', `${url}${cursor ? `&cursor=${cursor}` : ''}`, headers);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<Page>();
    for (const item of page.items) {
      const expected = await expectedItem(actor, item.id);
      expect(item).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(Object.keys(item)).toEqual(Object.keys(expected));
    }
    ids.push(...page.items.map((item) => item.id));
    cursor = page.nextCursor;
    expect(++pages).toBeLessThan(50);
  } while (cursor);
  return ids;
}

describe('list pages read as arrays in one statement', () => {
  it('answers the repository shape, in order, for every sort and both directions', async () => {
    const sorts = Object.keys(ORDER_BY).flatMap((s) => (s === 'slaDue' ? [s] : [s, `-${s}`]));
    for (const sort of sorts) {
      const ids = await walk(`/api/v1/work-orders?limit=2&sort=${sort}`, desk, deskActor);
      expect(ids, sort).toEqual(await expectedIds(deskActor, sort));
    }
  });

  it('has orders with and without an SLA summary, and no cursor after the last page', async () => {
    const response = await call('GET', '/api/v1/work-orders?limit=100');
    const page = response.json<Page>();
    expect(page.nextCursor).toBeNull();
    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.get(created[4]!.id)!.sla).toBeNull();
    expect(byId.get(created[0]!.id)!.sla).not.toBeNull();
    const exact = await call('GET', `/api/v1/work-orders?limit=${page.items.length}`);
    expect(exact.json<Page>().nextCursor).toBeNull();
    const short = await call('GET', `/api/v1/work-orders?limit=${page.items.length - 1}`);
    expect(short.json<Page>().nextCursor).not.toBeNull();
  });

  it('pages the prepared statements (tab view, with or without free text) like the Drizzle queries', async () => {
    const kombi = "search_key LIKE '%kombi%'";
    for (const sort of ['-createdAt', 'createdAt']) {
      for (const status of ['', '&status=new', '&status=to_plan']) {
        const where = status ? `${kombi} AND status = '${status.split('=')[1]}'` : kombi;
        for (const limit of [1, 2, 50]) {
          const ids = await walk(
            `/api/v1/work-orders?q=KOMB%C4%B0&limit=${limit}&sort=${sort}${status}`,
            desk,
            deskActor,
          );
          expect(ids, `${sort}${status} ${limit}`).toEqual(await expectedIds(deskActor, sort, where));
        }
      }
    }
    // The tab view without text is prepared too.
    for (const sort of ['-createdAt', 'createdAt']) {
      for (const status of ['new', 'to_plan']) {
        const ids = await walk(`/api/v1/work-orders?limit=2&sort=${sort}&status=${status}`, desk, deskActor);
        expect(ids, `${sort} ${status}`).toEqual(await expectedIds(deskActor, sort, `status = '${status}'`));
      }
    }
    const twoWords = await walk('/api/v1/work-orders?q=kombi%20s%C4%B1cak&limit=1', desk, deskActor);
    expect(twoWords).toEqual([created[0]!.id]);
    const byNumber = await walk(
      `/api/v1/work-orders?q=${created[2]!.number.toLowerCase()}&limit=1`,
      desk,
      deskActor,
    );
    expect(byNumber).toEqual([created[2]!.id]);
    const escaped = await walk(
      `/api/v1/work-orders?q=${encodeURIComponent('100% kaçış_')}&limit=5`,
      desk,
      deskActor,
    );
    expect(escaped).toEqual([created[5]!.id]);
    expect(await walk('/api/v1/work-orders?q=yok-b%C3%B6yle-bir-%C5%9Fey&limit=5', desk, deskActor)).toEqual(
      [],
    );
  });

  it('walks "due soonest" through the pending due times, then the orders without one', async () => {
    for (const filter of ['', '&status=new', '&open=true', '&q=kombi', '&priority=P4&priority=P2']) {
      for (const limit of [1, 2, 3, 50]) {
        const ids = await walk(`/api/v1/work-orders?sort=slaDue&limit=${limit}${filter}`, desk, deskActor);
        const where = filter
          .replace('&status=new', "status = 'new'")
          .replace('&open=true', "phase NOT IN ('closed', 'cancelled')")
          .replace('&q=kombi', "search_key LIKE '%kombi%'")
          .replace('&priority=P4&priority=P2', "priority IN ('P4', 'P2')");
        expect(ids, `${filter} ${limit}`).toEqual(await expectedIds(deskActor, 'slaDue', where || 'true'));
      }
    }
    const mine = await walk('/api/v1/work-orders?sort=slaDue&limit=1', tech, techActor);
    expect(mine).toEqual(await expectedIds(techActor, 'slaDue'));
    const pending = await usta.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM work_order_sla WHERE next_due_at IS NOT NULL AND work_order_id IN (SELECT id FROM work_orders WHERE organization_id = ${deskActor.organizationId})`,
    );
    // Both walks were taken: some orders have a pending due time, some (no summary, none pending) not.
    expect(pending.rows[0]!.n).toBeGreaterThan(1);
    expect(pending.rows[0]!.n).toBeLessThan(created.length);
  });

  it('refuses a "due soonest" cursor that is not a due time (or the end marker) and an order id', async () => {
    const id = created[0]!.id;
    for (const value of [
      { v: 'yarın', id },
      { v: 'infinity', id: 'kimse' },
      { v: '2026-12-03T10:00:00+03:00', id: 7 },
    ]) {
      const cursor = Buffer.from(JSON.stringify(value)).toString('base64url');
      const response = await call('GET', `/api/v1/work-orders?sort=slaDue&cursor=${cursor}`);
      expect(response.statusCode, JSON.stringify(value)).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['cursor']);
    }
  });

  it('keeps the technician row rule, with and without free text', async () => {
    const all = await walk('/api/v1/work-orders?limit=1', tech, techActor);
    expect(new Set(all)).toEqual(new Set([created[0]!.id, created[3]!.id]));
    expect(all).toEqual(await expectedIds(techActor, '-createdAt'));
    const search = await walk('/api/v1/work-orders?q=kombi&status=new&limit=1', tech, techActor);
    expect(search).toEqual(
      await expectedIds(techActor, '-createdAt', "search_key LIKE '%kombi%' AND status = 'new'"),
    );
  });

  it('refuses a bad cursor or sort with the same problem as before', async () => {
    for (const url of [
      '/api/v1/work-orders?cursor=!!',
      `/api/v1/work-orders?q=kombi&cursor=${Buffer.from('{"v":1,"id":2}').toString('base64url')}`,
      `/api/v1/work-orders?cursor=${Buffer.from('[]').toString('base64url')}`,
      '/api/v1/work-orders?sort=complaint',
    ]) {
      const response = await call('GET', url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json<{ code: string; errors: { path: string }[] }>();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.errors.map((e) => e.path)).toEqual([url.includes('sort=') ? 'sort' : 'cursor']);
    }
  });
});
