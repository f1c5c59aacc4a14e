import type { WorkOrderSla } from '@usta/contracts/sla';
import type { WorkOrder, WorkOrderDetail } from '@usta/contracts/work-orders';
import { createDefaultPolicy, type SlaEvent, slaState } from '@usta/core/sla';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import type { Actor } from '../../http/access.ts';
import { loadCalendar } from '../calendars/index.ts';
import { loadSlaEvents } from '../work-orders/index.ts';
import { workOrderActivities, workOrders } from '../work-orders/tables.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { getWorkOrderSla } from './get-work-order-sla.ts';

// Orders are opened through the API "now"; the test then moves their recorded instants to a
// fixed Monday (16 Nov 2026, Europe/Istanbul, 08:30–12:30 and 13:30–18:00) so that every due
// time is exact, and computes the state at a chosen `now` through the use case.

let usta: TestUsta;
let desk: Record<string, string>;
let deskActor: Actor;
let customerId: string;

const at = (local: string) => Date.parse(`2026-11-16T${local}:00+03:00`);
const HOUR = 3_600_000;

const call = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) =>
  usta.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  usta = await createTestUsta();
  desk = await usta.as('cagri@demo.usta');
  deskActor = await actorFor(usta, 'cagri@demo.usta');
  customerId = (await makeCustomer(usta, deskActor, 'Zeynep Arslan')).id;
});
afterAll(() => usta.close());

async function openOrder(): Promise<WorkOrder> {
  const response = await call('POST', '/api/v1/work-orders', desk, {
    customerId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Klima soğutmuyor',
  });
  expect(response.statusCode, response.body).toBe(201);
  const order = response.json<WorkOrder>();
  await usta.db
    .update(workOrders)
    .set({ createdAt: new Date(at('09:00')) })
    .where(eq(workOrders.id, order.id));
  return order;
}

/**
 * Records an activity at a chosen instant (the activity log is append-only, and the use cases
 * stamp the real time): the same row the module writes, with `occurred_at` on the fixed Monday.
 */
async function record(
  workOrderId: string,
  instant: number,
  values: Partial<typeof workOrderActivities.$inferInsert> & { kind: string },
) {
  await usta.db.insert(workOrderActivities).values({
    organizationId: deskActor.organizationId,
    workOrderId,
    actorId: deskActor.userId,
    actorName: deskActor.name,
    occurredAt: new Date(instant),
    ...values,
  });
}

const statusChange = (from: [string, string], to: [string, string]) => ({
  kind: 'status_change',
  fromStatus: from[0],
  toStatus: to[0],
  data: { fromPhase: from[1], toPhase: to[1], kind: 'forward' },
});

async function coreState(events: SlaEvent[], now: number) {
  return slaState(events, createDefaultPolicy(), await loadCalendar(usta.db, deskActor.organizationId), now);
}

describe('GET /api/v1/work-orders/:id/sla', () => {
  it('shows waiting for the customer as a paused interval and moves the due times by it', async () => {
    const order = await openOrder();
    await record(
      order.id,
      at('10:00'),
      statusChange(['new', 'intake'], ['waiting_customer', 'waiting_customer']),
    );
    await record(
      order.id,
      at('11:00'),
      statusChange(['waiting_customer', 'waiting_customer'], ['to_plan', 'planning']),
    );

    const sla = await getWorkOrderSla(usta.db, deskActor, order.id, at('12:00'));
    expect(sla.clock).toBe('running');
    expect(sla.receivedAt).toBe('2026-11-16T09:00:00+03:00');
    const paused = sla.timeline.filter((entry) => entry.clock === 'paused');
    expect(paused).toEqual([
      {
        start: '2026-11-16T10:00:00+03:00',
        end: '2026-11-16T11:00:00+03:00',
        clock: 'paused',
        phase: 'waiting_customer',
        status: 'waiting_customer',
        businessTimeMs: 0,
      },
    ]);
    expect(sla.pausedIntervals).toEqual([
      {
        start: '2026-11-16T10:00:00+03:00',
        end: '2026-11-16T11:00:00+03:00',
        phase: 'waiting_customer',
        status: 'waiting_customer',
      },
    ]);
    // 09:00–10:00 and 11:00–12:00 counted, the hour waiting for the customer not.
    expect(sla.businessTimeUsedMs).toBe(2 * HOUR);
    expect(sla.timeline.at(-1)).toMatchObject({ end: null, clock: 'running', status: 'to_plan' });

    // The same order without the pause is due exactly one working hour earlier.
    const loaded = (await loadSlaEvents(usta.db, deskActor, order.id))!;
    const unpaused = await coreState(
      loaded.events.filter((event) => event.type === 'received'),
      at('12:00'),
    );
    expect(Date.parse(sla.resolution!.dueAt!) - unpaused.resolution!.dueAt!).toBe(HOUR);
    expect(Date.parse(sla.firstResponse!.dueAt!) - unpaused.firstResponse!.dueAt!).toBe(HOUR);

    // The route answers the same state (computed at the real now: the intervals are in the past).
    const response = await call('GET', `/api/v1/work-orders/${order.id}/sla`, desk);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<WorkOrderSla>();
    expect(body).toMatchObject({
      workOrderId: order.id,
      timeZone: 'Europe/Istanbul',
      pausedIntervals: sla.pausedIntervals,
      resolution: { dueAt: sla.resolution!.dueAt },
    });
    expect(body.timeline.filter((entry) => entry.clock === 'paused')).toEqual(paused);
  });

  it('recomputes the targets of a new priority from the original clock start', async () => {
    const order = await openOrder();
    await record(
      order.id,
      at('09:30'),
      statusChange(['new', 'intake'], ['waiting_customer', 'waiting_customer']),
    );
    await record(
      order.id,
      at('10:00'),
      statusChange(['waiting_customer', 'waiting_customer'], ['to_plan', 'planning']),
    );
    const before = await getWorkOrderSla(usta.db, deskActor, order.id, at('11:00'));
    const original = before.priority;
    const raised = original === 'P1' ? 'P2' : 'P1';

    const current = (await call('GET', `/api/v1/work-orders/${order.id}`, desk)).json<WorkOrderDetail>();
    const patch = await call('PATCH', `/api/v1/work-orders/${order.id}`, desk, {
      priority: raised,
      version: current.version,
    });
    expect(patch.statusCode, patch.body).toBe(200);
    // The edit records the old and new priority; the same record at a fixed instant times it
    // (the real one lies after the fixed `now`, so the engine ignores it).
    const [edit] = await usta.db
      .select()
      .from(workOrderActivities)
      .where(and(eq(workOrderActivities.workOrderId, order.id), eq(workOrderActivities.kind, 'edit')));
    expect(edit!.data).toMatchObject({ priority: { from: original, to: raised } });
    await record(order.id, at('10:30'), { kind: 'edit', data: edit!.data });

    const loaded = (await loadSlaEvents(usta.db, deskActor, order.id))!;
    expect(loaded.events[0]).toMatchObject({ type: 'received', at: at('09:00'), priority: original });
    expect(loaded.events).toContainEqual({ type: 'priority-changed', at: at('10:30'), priority: raised });

    const sla = await getWorkOrderSla(usta.db, deskActor, order.id, at('11:00'));
    expect(sla.priority).toBe(raised);
    expect(sla.priorityChanges).toEqual([{ at: '2026-11-16T10:30:00+03:00', priority: raised }]);
    expect(sla.clockStartedAt).toBe(before.clockStartedAt);

    // The core on the same events agrees, and so does the new priority from the start.
    const direct = await coreState(loaded.events, at('11:00'));
    const fromStart = await coreState(
      loaded.events
        .filter((event) => event.type !== 'priority-changed')
        .map((event) => (event.type === 'received' ? { ...event, priority: raised } : event)),
      at('11:00'),
    );
    for (const state of [direct, fromStart]) {
      expect(Date.parse(sla.resolution!.dueAt!)).toBe(state.resolution!.dueAt);
      expect(sla.resolution!.targetMs).toBe(state.resolution!.targetMs);
      expect(sla.firstResponse!.status).toBe(state.firstResponse!.status);
    }
    expect(sla.resolution!.targetMs).not.toBe(before.resolution!.targetMs);
  });

  it('counts a customer-visible note as the first response, an internal one not', async () => {
    const order = await openOrder();
    await record(order.id, at('09:05'), { kind: 'note', visibility: 'internal', description: 'İç not' });
    let sla = await getWorkOrderSla(usta.db, deskActor, order.id, at('09:08'));
    expect(sla.firstResponse).toMatchObject({ status: 'pending', metAt: null });

    await record(order.id, at('09:10'), {
      kind: 'note',
      visibility: 'customer',
      description: 'Teknisyenimiz yarın geliyor',
    });
    sla = await getWorkOrderSla(usta.db, deskActor, order.id, at('12:00'));
    expect(sla.firstResponse).toMatchObject({
      status: 'met',
      metAt: '2026-11-16T09:10:00+03:00',
      breached: false,
    });
  });

  it('answers 404 for another company’s order and a technician’s unassigned one', async () => {
    const order = await openOrder();
    const tech = await usta.as('teknisyen1@demo.usta');
    const byTech = await call('GET', `/api/v1/work-orders/${order.id}/sla`, tech);
    expect(byTech.statusCode).toBe(404);
    expect(byTech.json()).toMatchObject({ code: 'NOT_FOUND' });

    await usta.createOrganization('slaother');
    const other = await usta.as('manager@slaother.test');
    const foreign = await call('GET', `/api/v1/work-orders/${order.id}/sla`, other);
    expect(foreign.statusCode).toBe(404);
    const missing = await call('GET', '/api/v1/work-orders/00000000-0000-4000-8000-00000000abcd/sla', other);
    expect(missing.statusCode).toBe(404);
    expect(foreign.json<{ detail: string }>().detail).toBe(missing.json<{ detail: string }>().detail);
    expect((await call('GET', `/api/v1/work-orders/${order.id}/sla`, desk)).statusCode).toBe(200);
  });
});
