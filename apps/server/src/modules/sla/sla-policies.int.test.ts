import type { SlaPolicyResource, WorkOrderSlaSummary } from '@usta/contracts/sla';
import type { WorkOrderDetail, WorkOrderListItem } from '@usta/contracts/work-orders';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { workOrders } from '../work-orders/tables.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { recomputeWorkOrderSla } from './recompute-order-sla.ts';
import { workOrderSla } from './tables.ts';
import { call, openOrder, policyBody, toFinalCheck } from './test-support.ts';

let usta: TestUsta;
let manager: Record<string, string>;
let desk: Record<string, string>;
let organizationId: string;
let customerId: string;

beforeAll(async () => {
  usta = await createTestUsta();
  manager = await usta.as('yonetici@demo.usta');
  desk = await usta.as('cagri@demo.usta');
  const actor = await actorFor(usta, 'cagri@demo.usta');
  organizationId = actor.organizationId;
  customerId = (await makeCustomer(usta, actor, 'Deniz Yılmaz')).id;
});
afterAll(() => usta.close());

const fieldPaths = (body: string) => (JSON.parse(body).errors ?? []).map((e: { path: string }) => e.path);

describe('SLA policies', () => {
  it('lists the seeded default with the seed-003 targets; desk users may not read settings', async () => {
    const list = await call(usta, 'GET', '/api/v1/sla/policies', manager);
    expect(list.statusCode, list.body).toBe(200);
    const [first] = list.json<{ items: SlaPolicyResource[] }>().items;
    expect(first).toMatchObject({
      isDefault: true,
      targets: {
        P1: { firstResponse: { amount: 15, unit: 'minutes' }, resolution: { amount: 4, unit: 'hours' } },
        P3: { resolution: { amount: 2, unit: 'businessDays' } },
        P4: {
          firstResponse: { amount: 1, unit: 'businessDays' },
          resolution: { amount: 5, unit: 'businessDays' },
        },
      },
    });
    expect(first!.escalationRules.map((r) => r.id)).toContain('resolution-75');
    expect((await call(usta, 'GET', '/api/v1/sla/policies', desk)).statusCode).toBe(403);
    expect((await call(usta, 'POST', '/api/v1/sla/policies', desk, policyBody())).statusCode).toBe(403);
  });

  it('refuses bad input with the field path and writes nothing', async () => {
    const zero = policyBody();
    zero.targets.P2.firstResponse = { amount: 0, unit: 'hours' };
    zero.targets.P3.resolution = { amount: -2, unit: 'businessDays' };
    const r1 = await call(usta, 'POST', '/api/v1/sla/policies', manager, zero);
    expect(r1.statusCode).toBe(400);
    expect(r1.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(fieldPaths(r1.body)).toEqual(
      expect.arrayContaining(['targets.P2.firstResponse.amount', 'targets.P3.resolution.amount']),
    );

    const noP4 = policyBody() as unknown as { targets: Record<string, unknown> };
    delete noP4.targets.P4;
    const r2 = await call(usta, 'POST', '/api/v1/sla/policies', manager, noP4);
    expect(r2.statusCode).toBe(400);
    expect(fieldPaths(r2.body)).toContain('targets.P4');

    const r3 = await call(usta, 'POST', '/api/v1/sla/policies', manager, {
      ...policyBody(),
      calendarId: '00000000-0000-4000-8000-000000000001',
    });
    expect(r3.statusCode).toBe(400);
    expect(fieldPaths(r3.body)).toEqual(['calendarId']);

    const r4 = await call(usta, 'POST', '/api/v1/sla/policies', manager, {
      ...policyBody(),
      clockByStatus: { waiting_customer: 'paused', no_such_status: 'paused' },
    });
    expect(r4.statusCode).toBe(400);
    expect(fieldPaths(r4.body)).toEqual(['clockByStatus.no_such_status']);

    const r5 = await call(usta, 'POST', '/api/v1/sla/policies', manager, {
      ...policyBody(),
      clockByPhase: { lunch: 'paused' },
    });
    expect(r5.statusCode).toBe(400);
    expect(fieldPaths(r5.body)).toEqual(['clockByPhase.lunch']);

    const r6 = await call(usta, 'POST', '/api/v1/sla/policies', manager, {
      ...policyBody(),
      escalationRules: [{ metric: 'resolution', action: 'notify', recipients: ['manager'] }],
    });
    expect(r6.statusCode).toBe(400);
    expect(fieldPaths(r6.body)).toEqual(['escalationRules.0.atPercent']);

    const after = await call(usta, 'GET', '/api/v1/sla/policies', manager);
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('edits with optimistic concurrency and keeps one default', async () => {
    const created = (
      await call(usta, 'POST', '/api/v1/sla/policies', manager, policyBody())
    ).json<SlaPolicyResource>();
    expect(created.isDefault).toBe(false);
    const stale = await call(usta, 'PATCH', `/api/v1/sla/policies/${created.id}`, manager, {
      name: 'X',
      version: 99,
    });
    expect(stale.statusCode).toBe(409);
    const edited = await call(usta, 'PATCH', `/api/v1/sla/policies/${created.id}`, manager, {
      escalationRules: [
        {
          metric: 'resolution',
          atPercent: 80,
          action: 'notify',
          recipients: ['manager'],
          waitForWorkingHours: true,
        },
        { metric: 'resolution', atBreach: true, action: 'raise_priority' },
      ],
      version: created.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(
      edited.json<SlaPolicyResource>().escalationRules.map((r) => [r.id, r.atPercent, r.atBreach]),
    ).toEqual([
      ['rule-1', 80, false],
      ['rule-2', null, true],
    ]);
    const items = (await call(usta, 'GET', '/api/v1/sla/policies', manager)).json<{
      items: SlaPolicyResource[];
    }>().items;
    expect(items.filter((p) => p.isDefault)).toHaveLength(1);
    // The default cannot be deleted; an unassigned policy can.
    const defaultId = items.find((p) => p.isDefault)!.id;
    expect((await call(usta, 'DELETE', `/api/v1/sla/policies/${defaultId}`, manager)).statusCode).toBe(422);
    expect((await call(usta, 'DELETE', `/api/v1/sla/policies/${created.id}`, manager)).statusCode).toBe(204);
  });

  it('lets a customer’s contract policy win, in the stored state, the preview and the list sort', async () => {
    const body = policyBody({ name: 'Altın' });
    body.targets.P3 = {
      firstResponse: { amount: 30, unit: 'minutes' },
      resolution: { amount: 1, unit: 'hours' },
    };
    const gold = (await call(usta, 'POST', '/api/v1/sla/policies', manager, body)).json<SlaPolicyResource>();
    const put = await call(usta, 'PUT', `/api/v1/sla/customer-policies/${customerId}`, manager, {
      policyId: gold.id,
    });
    expect(put.statusCode, put.body).toBe(200);

    const order = await openOrder(usta, desk, customerId, 'P3');
    const detail = (await call(usta, 'GET', `/api/v1/work-orders/${order.id}`, desk)).json<WorkOrderDetail>();
    const sla = detail.sla as WorkOrderSlaSummary;
    expect(sla).toMatchObject({ policyId: gold.id, breached: false, closedOutcome: null });

    const preview = await call(usta, 'POST', '/api/v1/sla/preview', desk, {
      priority: 'P3',
      policyId: gold.id,
      receivedAt: order.createdAt,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    // The preview prints whole seconds.
    const previewDue = Date.parse(preview.json<{ resolutionDueAt: string }>().resolutionDueAt);
    expect(Math.abs(previewDue - Date.parse(sla.resolutionDueAt!))).toBeLessThan(1000);
    const byCustomer = await call(usta, 'POST', '/api/v1/sla/preview', desk, {
      priority: 'P3',
      customerId,
      receivedAt: order.createdAt,
    });
    expect(byCustomer.json()).toMatchObject({ policyId: gold.id });
    const unknown = await call(usta, 'POST', '/api/v1/sla/preview', desk, {
      priority: 'P3',
      policyId: '00000000-0000-4000-8000-000000000002',
      receivedAt: order.createdAt,
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown.body)).toEqual(['policyId']);

    // Another customer's P3 order under the default (2 business days) is due later: sorted after.
    const other = (await makeCustomer(usta, await actorFor(usta, 'cagri@demo.usta'), 'Ece Kaya')).id;
    const slow = await openOrder(usta, desk, other, 'P3');
    const page = await call(usta, 'GET', '/api/v1/work-orders?sort=slaDue&limit=200&open=true', desk);
    expect(page.statusCode, page.body).toBe(200);
    const ids = page.json<{ items: WorkOrderListItem[] }>().items.map((i) => i.id);
    expect(ids.indexOf(order.id)).toBeLessThan(ids.indexOf(slow.id));
    const items = page.json<{ items: WorkOrderListItem[] }>().items;
    // The list rows carry what the SLA cell shows of the stored summary (the gold policy's due
    // times), written by the list's compiled serializer.
    expect(items.find((i) => i.id === order.id)?.sla).toEqual({
      state: 'on_track',
      responseDueAt: sla.responseDueAt,
      resolutionDueAt: sla.resolutionDueAt,
      nextDueAt: sla.nextDueAt,
      percentUsed: sla.percentUsed,
      closedOutcome: null,
    });
    expect(items.find((i) => i.id === slow.id)?.sla?.resolutionDueAt).toBeTruthy();
    const dues = items
      .map((i) => i.sla?.nextDueAt ?? null)
      .filter((d): d is string => d !== null)
      .map(Date.parse);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));

    // Keyset pagination under the due sort walks every order once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/work-orders?sort=slaDue&limit=1&open=true${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const r = (await call(usta, 'GET', url, desk)).json<{
        items: WorkOrderListItem[];
        nextCursor: string | null;
      }>();
      seen.push(...r.items.map((i) => i.id));
      cursor = r.nextCursor;
    } while (cursor && seen.length < 500);
    expect(seen).toEqual(ids);
  });

  it('needs a root cause and a CAPA to close a breached order, and freezes its outcome', async () => {
    const order = await openOrder(usta, desk, customerId, 'P1');
    // Received a week ago: every target is long breached.
    const weekAgo = new Date(Date.now() - 7 * 24 * 3_600_000);
    await usta.db.update(workOrders).set({ createdAt: weekAgo }).where(eq(workOrders.id, order.id));
    await usta.db.transaction((tx) => recomputeWorkOrderSla(tx, organizationId, order.id));

    await toFinalCheck(usta, order.id);
    const refused = await call(usta, 'POST', `/api/v1/work-orders/${order.id}/transitions`, manager, {
      to: 'closed',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'SLA_REVIEW_REQUIRED' });
    expect(fieldPaths(refused.body)).toEqual(['rootCause', 'capa']);

    const cause = await call(usta, 'POST', `/api/v1/work-orders/${order.id}/sla/root-cause`, manager, {
      code: 'capacity',
      text: 'Bayram öncesi ekip eksikti',
    });
    expect(cause.statusCode, cause.body).toBe(200);
    expect(
      fieldPaths(
        (await call(usta, 'POST', `/api/v1/work-orders/${order.id}/transitions`, manager, { to: 'closed' }))
          .body,
      ),
    ).toEqual(['capa']);

    const ownerId = (await usta.db.query.users.findFirst({
      where: (u, { eq }) => eq(u.email, 'yonetici@demo.usta'),
    }))!.id;
    const capa = await call(usta, 'POST', '/api/v1/capa', manager, {
      workOrderId: order.id,
      action: 'Bayram haftası için yedek ekip planı',
      ownerId,
      dueDate: '2026-12-31',
    });
    expect(capa.statusCode, capa.body).toBe(201);
    const capaId = capa.json<{ id: string; version: number }>().id;
    // A cancelled CAPA does not count.
    const cancelled = await call(usta, 'PATCH', `/api/v1/capa/${capaId}`, manager, {
      status: 'cancelled',
      version: 1,
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(
      (await call(usta, 'POST', `/api/v1/work-orders/${order.id}/transitions`, manager, { to: 'closed' }))
        .statusCode,
    ).toBe(409);
    await call(usta, 'PATCH', `/api/v1/capa/${capaId}`, manager, { status: 'open', version: 2 });

    const closed = await call(usta, 'POST', `/api/v1/work-orders/${order.id}/transitions`, manager, {
      to: 'closed',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const [stored] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(stored).toMatchObject({ closedOutcome: 'breached', breached: true });

    // A generous policy for the customer now: the closed order's recorded outcome stays.
    const lenient = policyBody({ name: 'Cömert' });
    for (const p of ['P1', 'P2', 'P3', 'P4'] as const) {
      lenient.targets[p] = {
        firstResponse: { amount: 100, unit: 'businessDays' },
        resolution: { amount: 200, unit: 'businessDays' },
      };
    }
    const policy = (
      await call(usta, 'POST', '/api/v1/sla/policies', manager, lenient)
    ).json<SlaPolicyResource>();
    await call(usta, 'PUT', `/api/v1/sla/customer-policies/${customerId}`, manager, { policyId: policy.id });
    await usta.db.transaction((tx) => recomputeWorkOrderSla(tx, organizationId, order.id));
    const [after] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(after).toMatchObject({ closedOutcome: 'breached', breached: true, policyId: stored!.policyId });

    const list = await call(usta, 'GET', `/api/v1/capa?workOrderId=${order.id}`, manager);
    expect(list.json<{ items: { status: string; workOrderNumber: string }[] }>().items).toEqual([
      expect.objectContaining({ status: 'open', workOrderNumber: order.number }),
    ]);
    const record = await call(usta, 'GET', `/api/v1/work-orders/${order.id}/sla/record`, manager);
    expect(record.json()).toMatchObject({ capaRequired: true, rootCause: { code: 'capacity' } });
  });

  it('answers another company with 404 for this company’s ids', async () => {
    await usta.createOrganization('slaiso');
    const other = await usta.as('manager@slaiso.test');
    const policies = (await call(usta, 'GET', '/api/v1/sla/policies', manager)).json<{
      items: SlaPolicyResource[];
    }>().items;
    const id = policies[0]!.id;
    const missing = '00000000-0000-4000-8000-00000000beef';
    for (const [method, url, body] of [
      ['GET', `/api/v1/sla/policies/${id}`, undefined],
      ['PATCH', `/api/v1/sla/policies/${id}`, { name: 'Ele geçirildi', version: 1 }],
      ['PUT', `/api/v1/sla/customer-policies/${customerId}`, { policyId: null }],
    ] as const) {
      const foreign = await call(usta, method, url, other, body);
      expect(foreign.statusCode, `${method} ${url}`).toBe(404);
      const unknown = await call(
        usta,
        method,
        url.replace(id, missing).replace(customerId, missing),
        other,
        body,
      );
      expect(foreign.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);
    }
    const order = await openOrder(usta, desk, customerId);
    expect(
      (
        await call(usta, 'POST', `/api/v1/work-orders/${order.id}/sla/root-cause`, other, {
          code: 'other',
          text: 'x',
        })
      ).statusCode,
    ).toBe(404);
    expect((await call(usta, 'GET', `/api/v1/work-orders/${order.id}/sla/record`, other)).statusCode).toBe(
      404,
    );
    const capas = await call(usta, 'GET', `/api/v1/capa?workOrderId=${order.id}`, other);
    expect(capas.json<{ items: unknown[] }>().items).toEqual([]);
    // Its own list shows its own default only.
    const own = (await call(usta, 'GET', '/api/v1/sla/policies', other)).json<{
      items: SlaPolicyResource[];
    }>().items;
    expect(own.map((p) => p.id)).not.toContain(id);
  });
});
