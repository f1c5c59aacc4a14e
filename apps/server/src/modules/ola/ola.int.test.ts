// Internal targets (OLA) on the SLA engine: the warehouse's part shipment and the managers' final
// check run against business-calendar targets while an order sits in their phase.
import type { OlaTarget, OlaTask } from '@usta/contracts/ola';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { recordOlaPhaseChange } from './index.ts';

let usta: TestUsta;
let customerId: string;
let organizationId: string;
let as: Record<'desk' | 'warehouse' | 'manager' | 'tech' | 'admin', Record<string, string>>;

beforeAll(async () => {
  usta = await createTestUsta();
  const desk = await actorFor(usta, 'cagri@demo.usta');
  organizationId = desk.organizationId;
  customerId = (await makeCustomer(usta, desk, 'Depo Bekleyen A.Ş.')).id;
  as = {
    desk: await usta.as('cagri@demo.usta'),
    warehouse: await usta.as('depo@demo.usta'),
    manager: await usta.as('yonetici@demo.usta'),
    tech: await usta.as('teknisyen1@demo.usta'),
    admin: await usta.as('admin@demo.usta'),
  };
});
afterAll(() => usta?.close());

const call = (
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) =>
  usta.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function orderWaitingForParts(): Promise<string> {
  const created = await call('POST', '/api/v1/work-orders', as.desk, {
    customerId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Anakart arızalı, parça bekleniyor',
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  for (const to of ['pre_inspection', 'waiting_parts']) {
    const moved = await call('POST', `/api/v1/work-orders/${id}/transitions`, as.desk, { to });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return id;
}

const tasksOf = async (workOrderId: string, open = true) =>
  (await call('GET', `/api/v1/ola/tasks?workOrderId=${workOrderId}&open=${open}`, as.warehouse)).json<{
    items: OlaTask[];
  }>().items;

describe('OLA targets', () => {
  it('lists the built-in defaults, saves a company target with its version, refuses bad input', async () => {
    const listed = await call('GET', '/api/v1/ola/targets', as.manager);
    expect(listed.statusCode).toBe(200);
    const items = listed.json<{ items: OlaTarget[] }>().items;
    expect(items).toEqual([
      {
        kind: 'part_shipment',
        team: 'warehouse',
        target: { amount: 1, unit: 'businessDays' },
        calendarId: null,
        version: 0,
      },
      {
        kind: 'final_check',
        team: 'manager',
        target: { amount: 4, unit: 'hours' },
        calendarId: null,
        version: 0,
      },
    ]);

    const bad = await call('PUT', '/api/v1/ola/targets/final_check', as.manager, {
      target: { amount: 0, unit: 'hours' },
      version: 0,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'target.amount' })]);
    const unknownKind = await call('PUT', '/api/v1/ola/targets/coffee', as.manager, {
      target: { amount: 1, unit: 'hours' },
      version: 0,
    });
    expect(unknownKind.statusCode).toBe(400);
    const unknownCalendar = await call('PUT', '/api/v1/ola/targets/final_check', as.manager, {
      target: { amount: 2, unit: 'hours' },
      calendarId: '00000000-0000-4000-8000-000000000000',
      version: 0,
    });
    expect(unknownCalendar.statusCode).toBe(404);
    expect(
      (
        await call('PUT', '/api/v1/ola/targets/final_check', as.warehouse, {
          target: { amount: 2, unit: 'hours' },
          version: 0,
        })
      ).statusCode,
    ).toBe(403);

    const saved = await call('PUT', '/api/v1/ola/targets/final_check', as.manager, {
      target: { amount: 2, unit: 'hours' },
      version: 0,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      kind: 'final_check',
      target: { amount: 2, unit: 'hours' },
      version: 1,
    });
    const stale = await call('PUT', '/api/v1/ola/targets/final_check', as.manager, {
      target: { amount: 3, unit: 'hours' },
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const targets = (await call('GET', '/api/v1/ola/targets', as.manager)).json<{ items: OlaTarget[] }>()
      .items;
    expect(targets.find((t) => t.kind === 'final_check')).toMatchObject({
      target: { amount: 2 },
      version: 1,
    });
  });
});

describe('OLA tasks', () => {
  it('waiting for parts starts the shipment clock; the warehouse marks it shipped once', async () => {
    const id = await orderWaitingForParts();
    const [task] = await tasksOf(id);
    expect(task).toMatchObject({
      kind: 'part_shipment',
      workOrderId: id,
      state: 'running',
      completedAt: null,
    });
    expect(task!.workOrderNumber).toMatch(/^SRV-\d{4}-\d{6}$/);
    expect(task!.customerName).toBe('Depo Bekleyen A.Ş.');
    // One business day on the company calendar: due at least 9 working hours later, never inside a night.
    expect(new Date(task!.dueAt).getTime()).toBeGreaterThan(new Date(task!.startedAt).getTime());
    expect(task!.targetMinutes).toBeGreaterThan(0);

    expect((await call('POST', `/api/v1/ola/tasks/${task!.id}/complete`, as.tech)).statusCode).toBe(403);
    const done = await call('POST', `/api/v1/ola/tasks/${task!.id}/complete`, as.warehouse);
    expect(done.statusCode, done.body).toBe(200);
    const again = await call('POST', `/api/v1/ola/tasks/${task!.id}/complete`, as.warehouse);
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ errors: [{ path: 'id', code: 'ola_task_done' }] });
    expect(again.json().detail).toBeTruthy();
    expect(await tasksOf(id)).toEqual([]);
    const [closed] = await tasksOf(id, false);
    expect(closed).toMatchObject({ id: task!.id, state: 'met' });
    expect(closed!.completedBy).not.toBeNull();

    // Leaving the phase after the shipment starts nothing new; entering it again starts a new clock.
    await call('POST', `/api/v1/work-orders/${id}/transitions`, as.desk, { to: 'pre_inspection' });
    expect(await tasksOf(id)).toEqual([]);
    await call('POST', `/api/v1/work-orders/${id}/transitions`, as.desk, { to: 'waiting_parts' });
    expect(await tasksOf(id)).toHaveLength(1);
  });

  it('leaving the phase completes the open task by itself; a past due one reads breached, then missed', async () => {
    const id = await orderWaitingForParts();
    const [task] = await tasksOf(id);
    await usta.db.$client.query(
      `UPDATE ola_tasks SET started_at = now() - interval '3 days', due_at = now() - interval '1 day' WHERE id = $1`,
      [task!.id],
    );
    expect((await tasksOf(id))[0]).toMatchObject({ state: 'breached' });
    const resumed = await call('POST', `/api/v1/work-orders/${id}/transitions`, as.desk, {
      to: 'pre_inspection',
    });
    expect(resumed.statusCode).toBe(200);
    expect(await tasksOf(id)).toEqual([]);
    const [done] = await tasksOf(id, false);
    expect(done).toMatchObject({ id: task!.id, state: 'missed', completedBy: null });
    expect(done!.usedMinutes).toBeGreaterThan(0);
  });

  it('the final check runs from entering the phase to leaving it, and is not closed by hand', async () => {
    const id = await orderWaitingForParts();
    // The long road to final check is the lifecycle test's; here the order is put there directly.
    await usta.db.$client.query(`UPDATE work_orders SET phase = 'final_check' WHERE id = $1`, [id]);
    const at = new Date();
    await usta.db.transaction(async (tx) => {
      await recordOlaPhaseChange(tx, organizationId, {
        workOrderId: id,
        fromPhase: 'customer_approval',
        toPhase: 'final_check',
        at,
      });
    });
    const open = (
      await call('GET', `/api/v1/ola/tasks?kind=final_check&workOrderId=${id}`, as.manager)
    ).json<{
      items: OlaTask[];
    }>().items;
    expect(open).toHaveLength(1);
    const byHand = await call('POST', `/api/v1/ola/tasks/${open[0]!.id}/complete`, as.admin);
    expect(byHand.statusCode).toBe(422);
    expect(byHand.json()).toMatchObject({ errors: [{ code: 'ola_completes_with_phase' }] });
    await usta.db.transaction(async (tx) => {
      await recordOlaPhaseChange(tx, organizationId, {
        workOrderId: id,
        fromPhase: 'final_check',
        toPhase: 'closed',
        at: new Date(at.getTime() + 60_000),
      });
    });
    const done = (
      await call('GET', `/api/v1/ola/tasks?kind=final_check&open=false&workOrderId=${id}`, as.manager)
    ).json<{ items: OlaTask[] }>().items;
    expect(done).toEqual([expect.objectContaining({ kind: 'final_check', state: 'met' })]);
  });

  it('another company sees none of these tasks and cannot complete them', async () => {
    const id = await orderWaitingForParts();
    const [task] = await tasksOf(id);
    await usta.createOrganization('olab');
    const other = await usta.as('warehouse@olab.test');
    const list = await call('GET', '/api/v1/ola/tasks', other);
    expect(list.json().items).toEqual([]);
    const complete = await call('POST', `/api/v1/ola/tasks/${task!.id}/complete`, other);
    expect(complete.statusCode).toBe(404);
  });
});
