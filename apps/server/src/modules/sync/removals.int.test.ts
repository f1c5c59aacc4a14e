// Issue 7: an order the technician loses (reassigned, visit moved to someone else, customer
// authorisation withdrawn) leaves their phone on the next sync, and they are told.
import type { SyncChanges } from '@usta/contracts/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { renderPush } from '../push/notify.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import {
  assignedOrder,
  call,
  command,
  type Headers,
  type SyncFixture,
  sync,
  syncFixture,
} from './test-support.ts';

let usta: TestUsta;
let f: SyncFixture;
const MONDAY = '2027-03-01';

beforeAll(async () => {
  usta = await createTestUsta();
  f = await syncFixture(usta);
});
afterAll(() => usta?.close());

async function changes(headers: Headers, since?: string): Promise<SyncChanges> {
  const url = since ? `/api/v1/sync/changes?since=${encodeURIComponent(since)}` : '/api/v1/sync/changes';
  const response = await call(usta, 'GET', url, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SyncChanges>();
}

/** The planning profile of a technician (created on first use), with the given changes. */
async function putProfile(technicianId: string, extra: Record<string, unknown> = {}): Promise<void> {
  const current = await call(usta, 'GET', `/api/v1/technicians/${technicianId}`, f.planner);
  const version = current.statusCode === 200 ? current.json<{ version: number }>().version : 0;
  const saved = await call(usta, 'PUT', `/api/v1/technicians/${technicianId}`, f.planner, {
    skills: [],
    regions: [],
    startLocation: { lat: 40.99, lng: 29.03 },
    authorisedCustomerIds: [],
    ...extra,
    version,
  });
  expect(saved.statusCode, saved.body).toBeLessThan(300);
}

async function pushRows(userId: string, workOrderId: string) {
  const result = await usta.db.$client.query(
    `SELECT template, data FROM outbox_messages
     WHERE channel = 'push' AND recipient = $1 AND data->>'workOrderId' = $2 ORDER BY created_at`,
    [userId, workOrderId],
  );
  return result.rows as { template: string; data: Record<string, unknown> }[];
}

describe('orders a technician loses leave the phone', () => {
  it('a reassigned order: the first technician gets a push and, on the next sync, a notice and the drop', async () => {
    const order = await assignedOrder(usta, f);
    const before = await changes(f.tech);
    expect(before.activeOrderIds).toContain(order.id);

    const moved = await call(usta, 'PUT', `/api/v1/work-orders/${order.id}/assignment`, f.planner, {
      technicianIds: [f.tech2Id],
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const after = await changes(f.tech, before.cursor);
    expect(after.activeOrderIds).not.toContain(order.id);
    expect(after.orders.map((o) => o.id)).not.toContain(order.id);
    const notice = after.notifications.find((n) => n.workOrderId === order.id);
    expect(notice).toMatchObject({ kind: 'unassigned', number: order.number });
    expect(notice?.message.tr).toContain('planınızdan çıkarıldı');

    const pushes = await pushRows(f.techId, order.id);
    expect(pushes.map((p) => p.template)).toEqual(['work_order_assigned', 'removed_from_plan']);
    const shown = renderPush('removed_from_plan', 'tr', pushes[1]!.data);
    expect(shown).toMatchObject({ kind: 'removed_from_plan', url: '/field/', workOrderId: order.id });
    expect(shown.title).toBe(`İş planınızdan çıkarıldı: ${order.number}`);

    // The new technician hears the opposite, and the same sync again says nothing new to the first.
    const theirs = await changes(f.tech2, before.cursor);
    expect(theirs.activeOrderIds).toContain(order.id);
    expect(theirs.notifications.find((n) => n.workOrderId === order.id)?.kind).toBe('assigned');
    const later = await changes(f.tech, after.cursor);
    // (the 5 s overlap may repeat the notice; it keeps its id, and the phone keeps one per id)
    const repeated = later.notifications.filter((n) => n.workOrderId === order.id);
    expect(repeated.every((n) => n.id === notice!.id)).toBe(true);
  });

  it('a visit moved to another technician: the first one is told (push + sync) and the job leaves their list', async () => {
    await putProfile(f.techId);
    await putProfile(f.tech2Id);
    const order = await assignedOrder(usta, f);
    const planned = await call(usta, 'POST', '/api/v1/visits', f.planner, {
      workOrderId: order.id,
      technicianId: f.techId,
      plannedStart: `${MONDAY}T09:00:00+03:00`,
      plannedEnd: `${MONDAY}T10:00:00+03:00`,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    const before = await changes(f.tech);
    expect(before.orders.find((o) => o.id === order.id)?.visit?.start).toBe('2027-03-01T06:00:00.000Z');

    const moved = await call(usta, 'PATCH', `/api/v1/visits/${planned.json().id}`, f.planner, {
      technicianId: f.tech2Id,
      version: planned.json().version,
    });
    expect(moved.statusCode, moved.body).toBe(200);

    const after = await changes(f.tech, before.cursor);
    expect(after.activeOrderIds).not.toContain(order.id);
    expect(after.notifications.find((n) => n.workOrderId === order.id)?.kind).toBe('unassigned');
    expect((await pushRows(f.techId, order.id)).map((p) => [p.template, p.data.change])).toEqual([
      ['work_order_assigned', undefined],
      ['visit_changed', 'planned'],
      ['removed_from_plan', 'visit_moved'],
    ]);
    expect((await pushRows(f.tech2Id, order.id)).map((p) => [p.template, p.data.change])).toEqual([
      ['visit_changed', 'moved'],
    ]);

    // Moved back: the job is on the first technician's list again, without a stale notice.
    const back = await call(usta, 'PATCH', `/api/v1/visits/${planned.json().id}`, f.planner, {
      technicianId: f.techId,
      version: moved.json().version,
    });
    expect(back.statusCode, back.body).toBe(200);
    const again = await changes(f.tech, before.cursor);
    expect(again.activeOrderIds).toContain(order.id);
    expect(again.notifications.filter((n) => n.kind === 'unassigned' && n.workOrderId === order.id)).toEqual(
      [],
    );
  });

  it('customer authorisation withdrawn: the orders leave the phone and their commands are refused', async () => {
    const desk = await actorFor(usta, 'cagri@demo.usta');
    const other = await makeCustomer(usta, desk, 'Boğaziçi Otel');
    await putProfile(f.techId, { authorisedCustomerIds: [f.customerId, other.id] });
    const order = await assignedOrder(usta, f);
    const before = await changes(f.tech);
    expect(before.activeOrderIds).toContain(order.id);
    const stock = before.stock.levels.find((l) => l.quantity > 0)!;

    await putProfile(f.techId, { authorisedCustomerIds: [other.id] });
    const after = await changes(f.tech, before.cursor);
    expect(after.activeOrderIds).not.toContain(order.id);
    expect(after.orders.map((o) => o.id)).not.toContain(order.id);
    const full = await changes(f.tech);
    expect(full.activeOrderIds).not.toContain(order.id);

    // What the phone still had queued for it is refused at apply time; no stock moves.
    const { results } = await sync(usta, f.tech, [
      command(order.id, 'set_status', { step: 'en_route' }),
      command(order.id, 'use_part', { itemId: stock.itemId, quantity: 1 }),
      command(order.id, 'add_note', { text: 'Müşteri kapıda' }),
    ]);
    expect(results.map((r) => [r.status, r.reason?.code])).toEqual([
      ['rejected', 'NOT_ASSIGNED'],
      ['rejected', 'NOT_ASSIGNED'],
      ['rejected', 'NOT_ASSIGNED'],
    ]);
    const levels = (await changes(f.tech)).stock.levels;
    expect(levels.find((l) => l.itemId === stock.itemId)?.quantity).toBe(stock.quantity);

    // Given back: the order returns to the phone.
    await putProfile(f.techId, { authorisedCustomerIds: [] });
    expect((await changes(f.tech, after.cursor)).activeOrderIds).toContain(order.id);
  });
});
