import type { WorkOrder, WorkOrderDetail } from '@usta/contracts/work-orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer, makeDevice, userId } from './test-fixtures.ts';

let usta: TestUsta;
let customerId: string;
let deviceId: string;
let h: Record<'desk' | 'planner' | 'tech' | 'tech2' | 'manager' | 'warehouse', Record<string, string>>;
beforeAll(async () => {
  usta = await createTestUsta();
  const actor = await actorFor(usta, 'cagri@demo.usta');
  customerId = (await makeCustomer(usta, actor, 'Ahmet Kılıç')).id;
  deviceId = (await makeDevice(usta, actor, customerId)).id;
  h = {
    desk: await usta.as('cagri@demo.usta'),
    planner: await usta.as('planlama@demo.usta'),
    tech: await usta.as('teknisyen1@demo.usta'),
    tech2: await usta.as('teknisyen2@demo.usta'),
    manager: await usta.as('yonetici@demo.usta'),
    warehouse: await usta.as('depo@demo.usta'),
  };
});
afterAll(() => usta.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  headers: Record<string, string>,
  payload?: unknown,
) =>
  usta.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

async function openOrder(): Promise<WorkOrder> {
  const response = await call('POST', '/api/v1/work-orders', h.desk, {
    customerId,
    deviceId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Kombi su akıtıyor',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WorkOrder>();
}

async function move(id: string, to: string, who: Record<string, string>, note?: string) {
  return call('POST', `/api/v1/work-orders/${id}/transitions`, who, { to, ...(note ? { note } : {}) });
}

async function expectMove(id: string, to: string, who: Record<string, string>, note?: string) {
  const response = await move(id, to, who, note);
  expect(response.statusCode, `${to}: ${response.body}`).toBe(200);
  return response.json<WorkOrder>();
}

describe('the lifecycle through the API', () => {
  it('goes intake → … → closed, with every guard on the way', async () => {
    const order = await openOrder();
    await expectMove(order.id, 'pre_inspection', h.desk);
    await expectMove(order.id, 'to_plan', h.desk);

    // Only planners assign.
    const byDesk = await move(order.id, 'assigned', h.desk);
    expect(byDesk.statusCode).toBe(403);
    expect(byDesk.json()).toMatchObject({ code: 'FORBIDDEN', requiredPermission: 'work_order:assign' });
    const tech1 = await userId(usta, 'teknisyen1@demo.usta');
    expect(
      (await call('PUT', `/api/v1/work-orders/${order.id}/assignment`, h.planner, { technicianIds: [tech1] }))
        .statusCode,
    ).toBe(200);
    await expectMove(order.id, 'assigned', h.planner);

    // The assigned technician works it; the other technician does not even see it.
    expect((await move(order.id, 'en_route', h.tech2)).statusCode).toBe(404);
    await expectMove(order.id, 'en_route', h.tech);
    await expectMove(order.id, 'on_site', h.tech);
    const timed = await call('POST', `/api/v1/work-orders/${order.id}/transitions`, h.tech, {
      to: 'parts_labour',
      note: 'Eşanjör sökülüp değiştirildi',
      startedAt: '2026-11-23T10:00:00+03:00',
      endedAt: '2026-11-23T11:15:00+03:00',
    });
    expect(timed.statusCode, timed.body).toBe(200);
    await expectMove(order.id, 'awaiting_approval', h.tech);

    // customer_approval → final_check: approval, then diagnosis, then work done.
    const noApproval = await move(order.id, 'final_check', h.tech);
    expect(noApproval.statusCode).toBe(409);
    const refused = noApproval.json<{
      code: string;
      detail: string;
      allowedTransitions: { status: string }[];
    }>();
    expect(refused.code).toBe('APPROVAL_REQUIRED');
    expect(refused.detail).toMatch(/müşteri onayı/i);
    expect(refused.allowedTransitions.map((t) => t.status)).toEqual(
      expect.arrayContaining(['parts_labour', 'waiting_customer']),
    );
    const approval = await call('POST', `/api/v1/work-orders/${order.id}/approvals`, h.tech, {
      method: 'signature',
      approvedBy: 'Ahmet Kılıç',
    });
    expect(approval.statusCode, approval.body).toBe(201);
    const noDiagnosis = await call(
      'POST',
      `/api/v1/work-orders/${order.id}/transitions`,
      { ...h.tech, 'accept-language': 'en' },
      { to: 'final_check' },
    );
    expect(noDiagnosis.json()).toMatchObject({ code: 'DIAGNOSIS_REQUIRED', status: 409 });
    expect(noDiagnosis.json<{ detail: string }>().detail).toMatch(/diagnosis/);
    let current = (await call('GET', `/api/v1/work-orders/${order.id}`, h.tech)).json<WorkOrderDetail>();
    await call('PATCH', `/api/v1/work-orders/${order.id}`, h.tech, {
      diagnosis: 'Eşanjör delik',
      version: current.version,
    });
    expect((await move(order.id, 'final_check', h.tech)).json()).toMatchObject({
      code: 'WORK_DONE_REQUIRED',
    });
    current = (await call('GET', `/api/v1/work-orders/${order.id}`, h.tech)).json<WorkOrderDetail>();
    await call('PATCH', `/api/v1/work-orders/${order.id}`, h.tech, {
      workDone: 'Eşanjör değişti',
      version: current.version,
    });
    await expectMove(order.id, 'final_check', h.tech);

    // Only the final-check officer closes.
    expect((await move(order.id, 'closed', h.desk)).statusCode).toBe(403);
    const closed = await expectMove(order.id, 'closed', h.manager, 'Kontrol edildi');
    expect(closed).toMatchObject({ phase: 'closed', status: 'closed' });
    expect(closed.closedAt).not.toBeNull();

    // Reopening needs a reason, and voids the approval.
    expect((await move(order.id, 'to_plan', h.manager)).json()).toMatchObject({ code: 'REASON_REQUIRED' });
    const reopened = await expectMove(order.id, 'to_plan', h.manager, 'Memnuniyet puanı düşük');
    expect(reopened).toMatchObject({ phase: 'planning', approvalId: null, closedAt: null });

    const detail = (await call('GET', `/api/v1/work-orders/${order.id}`, h.manager)).json<WorkOrderDetail>();
    const changes = detail.activities.filter((a) => a.kind === 'status_change').reverse();
    expect(changes.map((a) => a.toStatus)).toEqual([
      'pre_inspection',
      'to_plan',
      'assigned',
      'en_route',
      'on_site',
      'parts_labour',
      'awaiting_approval',
      'final_check',
      'closed',
      'to_plan',
    ]);
    expect(changes.at(-1)).toMatchObject({
      description: 'Memnuniyet puanı düşük',
      actorName: 'Mehmet Öztürk',
    });
    expect(changes.find((a) => a.toStatus === 'parts_labour')).toMatchObject({
      actorName: 'Hasan Çelik',
      startedAt: '2026-11-23T07:00:00.000Z',
      endedAt: '2026-11-23T08:15:00.000Z',
    });
  });

  it('refuses a move the table does not allow, with the allowed statuses', async () => {
    const order = await openOrder();
    const response = await move(order.id, 'closed', h.manager);
    expect(response.statusCode).toBe(409);
    const body = response.json<{ code: string; allowedTransitions: { status: string; colour: string }[] }>();
    expect(body.code).toBe('INVALID_TRANSITION');
    expect(body.allowedTransitions.map((t) => t.status)).toEqual([
      'pre_inspection',
      'to_plan',
      'waiting_customer',
      'cancelled',
    ]);
    expect((await move(order.id, 'no_such_status', h.manager)).json()).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
  });

  it('waits and resumes where it left, and cancels only with a reason', async () => {
    const order = await openOrder();
    await expectMove(order.id, 'pre_inspection', h.desk);
    const waiting = await expectMove(order.id, 'waiting_parts', h.desk);
    expect(waiting.resumePhase).toBe('pre_inspection');
    const resumed = await expectMove(order.id, 'pre_inspection', h.desk);
    expect(resumed.resumePhase).toBeNull();
    expect((await move(order.id, 'cancelled', h.desk)).json()).toMatchObject({ code: 'REASON_REQUIRED' });
    expect((await move(order.id, 'cancelled', h.tech)).statusCode).toBe(404);
    await expectMove(order.id, 'cancelled', h.desk, 'Müşteri vazgeçti');
  });

  it('keeps notes and time entries with who, when, start and end; readers may not write', async () => {
    const order = await openOrder();
    const note = await call('POST', `/api/v1/work-orders/${order.id}/activities`, h.desk, {
      kind: 'note',
      description: 'Müşteri 14:00 sonrası evde',
      visibility: 'customer',
    });
    expect(note.statusCode, note.body).toBe(201);
    const time = await call('POST', `/api/v1/work-orders/${order.id}/activities`, h.desk, {
      kind: 'time_entry',
      description: 'Telefonla ön inceleme',
      startedAt: '2026-11-23T09:00:00+03:00',
      endedAt: '2026-11-23T09:25:00+03:00',
    });
    expect(time.json()).toMatchObject({
      kind: 'time_entry',
      data: { minutes: 25 },
      actorName: 'Çağrı Demir',
    });
    const bad = await call('POST', `/api/v1/work-orders/${order.id}/activities`, h.desk, {
      kind: 'time_entry',
      description: 'x',
      startedAt: '2026-11-23T10:00:00+03:00',
      endedAt: '2026-11-23T09:00:00+03:00',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe('endedAt');
    expect(
      (
        await call('POST', `/api/v1/work-orders/${order.id}/activities`, h.warehouse, {
          kind: 'note',
          description: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const list = await call('GET', `/api/v1/work-orders/${order.id}/activities?limit=2`, h.warehouse);
    const page = list.json<{ items: { kind: string }[]; nextCursor: string | null }>();
    expect(page.items.map((a) => a.kind)).toEqual(['time_entry', 'note']);
    const rest = await call(
      'GET',
      `/api/v1/work-orders/${order.id}/activities?limit=2&cursor=${page.nextCursor}`,
      h.warehouse,
    );
    expect(rest.json<{ items: { kind: string }[] }>().items.map((a) => a.kind)).toEqual(['created']);
  });
});

describe('the technician row rule', () => {
  it('lists, gets and counts only the orders assigned to the technician', async () => {
    const mine = await openOrder();
    const theirs = await openOrder();
    const tech1 = await userId(usta, 'teknisyen1@demo.usta');
    await call('PUT', `/api/v1/work-orders/${mine.id}/assignment`, h.planner, { technicianIds: [tech1] });
    const list = (await call('GET', '/api/v1/work-orders?limit=200', h.tech)).json<{ items: WorkOrder[] }>();
    expect(list.items.map((o) => o.id)).toContain(mine.id);
    expect(list.items.every((o) => o.technicianIds.includes(tech1))).toBe(true);
    expect((await call('GET', `/api/v1/work-orders/${theirs.id}`, h.tech)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/work-orders/${theirs.number}`, h.tech)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/work-orders/${theirs.id}/activities`, h.tech)).statusCode).toBe(404);
    const counts = (await call('GET', '/api/v1/work-orders/counts', h.tech)).json<{ total: number }>();
    expect(counts.total).toBe(list.items.length);
    // Warehouse reads everything but changes nothing.
    expect((await call('GET', `/api/v1/work-orders/${theirs.id}`, h.warehouse)).statusCode).toBe(200);
    expect((await move(theirs.id, 'to_plan', h.warehouse)).statusCode).toBe(403);
  });
});
