import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { buildWorld, call, ist, ok, PLANNER } from './test-support.ts';

let usta: TestUsta;
let world: Awaited<ReturnType<typeof buildWorld>>;
const MONDAY = '2027-03-01';

beforeAll(async () => {
  usta = await createTestUsta();
  world = await buildWorld(usta);
});
afterAll(() => usta?.close());

const visit = (workOrderId: string, technicianId: string, from: string, to: string, extra = {}) => ({
  workOrderId,
  technicianId,
  plannedStart: ist(MONDAY, from),
  plannedEnd: ist(MONDAY, to),
  ...extra,
});

describe('visits', () => {
  it('plans a visit, e-mails the technician and the customer, and refuses an overlapping one (409)', async () => {
    const a = await world.order(world.kadikoy.id);
    const b = await world.order(world.kadikoy.id);
    const created = await call(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(a, world.tech1, '09:00', '10:00', {
        windowStart: ist(MONDAY, '09:00'),
        windowEnd: ist(MONDAY, '11:00'),
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'planned', version: 1, technicianId: world.tech1 });
    const outbox = await usta.db.$client.query(
      `SELECT template FROM outbox_messages WHERE dedupe_key LIKE $1 ORDER BY template`,
      [`visit:${created.json().id}:%`],
    );
    expect(outbox.rows.map((r) => r.template)).toEqual([
      'visit_changed_for_technician',
      'visit_window_for_customer',
    ]);

    const overlapping = await call(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(b, world.tech1, '09:30', '10:30'),
    );
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({
      code: 'VISIT_OVERLAP',
      errors: [{ path: 'plannedStart', code: 'overlap' }],
    });
    // Back to back is fine ([start, end) ranges).
    const next = await call(usta, PLANNER, 'POST', '/api/v1/visits', visit(b, world.tech1, '10:00', '11:00'));
    expect(next.statusCode, next.body).toBe(201);
  });

  it('the database itself refuses overlaps, even for concurrent inserts', async () => {
    const orders = [await world.order(world.kadikoy.id), await world.order(world.kadikoy.id)];
    const responses = await Promise.all(
      orders.map((o) =>
        call(usta, PLANNER, 'POST', '/api/v1/visits', visit(o, world.tech1, '14:00', '15:00')),
      ),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    // Straight SQL, bypassing every check in code.
    const raw = usta.db.$client.query(
      `INSERT INTO visits (organization_id, work_order_id, technician_id, planned_start, planned_end)
       SELECT organization_id, work_order_id, technician_id, planned_start + interval '10 minutes', planned_end
       FROM visits WHERE technician_id = $1 AND status = 'planned' LIMIT 1`,
      [world.tech1],
    );
    await expect(raw).rejects.toMatchObject({ code: '23P01' });
    // A cancelled visit frees the time.
    const winner = responses.find((r) => r.statusCode === 201)!.json();
    await ok(usta, PLANNER, 'PATCH', `/api/v1/visits/${winner.id}`, { status: 'cancelled', version: 1 });
    const loser = orders.find((o) => o !== winner.workOrderId)!;
    const again = await call(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(loser, world.tech1, '14:00', '15:00'),
    );
    expect(again.statusCode, again.body).toBe(201);
  });

  it('names the reason for bad input: window end before start, outside shift, holiday, missing skill', async () => {
    const o = await world.order(world.kadikoy.id);
    const window = await call(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(o, world.tech1, '16:00', '17:00', {
        windowStart: ist(MONDAY, '16:00'),
        windowEnd: ist(MONDAY, '15:00'),
      }),
    );
    expect(window.statusCode).toBe(422);
    expect(window.json()).toMatchObject({
      code: 'VISIT_REJECTED',
      errors: [{ path: 'windowEnd', code: 'window_end_before_start' }],
    });
    expect(window.json().detail).toMatch(/aralığının bitişi/);

    const early = await call(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(o, world.tech1, '06:00', '07:00'),
    );
    expect(early.statusCode).toBe(422);
    expect(early.json().errors).toEqual([
      expect.objectContaining({ path: 'plannedStart', code: 'outside_shift' }),
    ]);

    const holiday = await call(usta, PLANNER, 'POST', '/api/v1/visits', {
      ...visit(o, world.tech1, '10:00', '11:00'),
      plannedStart: ist('2027-04-23', '10:00'),
      plannedEnd: ist('2027-04-23', '11:00'),
    });
    expect(holiday.statusCode).toBe(422);
    expect(holiday.json().errors).toEqual([expect.objectContaining({ code: 'holiday' })]);

    // tech2 has the skill at level 1; the category needs level 2.
    const unskilled = await call(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(o, world.tech2, '16:00', '17:00'),
    );
    expect(unskilled.statusCode).toBe(422);
    expect(unskilled.json().errors).toEqual([
      expect.objectContaining({ path: 'technicianId', code: 'missing_skill' }),
    ]);

    const check = await ok<{ ok: boolean; issues: { code: string; message: string }[] }>(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits/check',
      visit(o, world.tech2, '06:00', '07:00'),
    );
    expect(check.ok).toBe(false);
    expect(check.issues.map((i) => i.code).sort()).toEqual(['missing_skill', 'outside_shift', 'sla_breach']);
    const visits = await ok<{ items: unknown[] }>(usta, PLANNER, 'GET', `/api/v1/visits?workOrderId=${o}`);
    expect(visits.items).toEqual([]);
  });

  it('a move changes the promised window → the customer hears; a stale version → 409 CONFLICT', async () => {
    const o = await world.order(world.kadikoy.id);
    const created = await ok<{ id: string }>(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(o, world.tech1, '16:00', '17:00'),
    );
    const moved = await ok<{ version: number }>(usta, PLANNER, 'PATCH', `/api/v1/visits/${created.id}`, {
      plannedStart: ist(MONDAY, '16:30'),
      plannedEnd: ist(MONDAY, '17:30'),
      windowStart: ist(MONDAY, '16:00'),
      windowEnd: ist(MONDAY, '18:00'),
      version: 1,
    });
    expect(moved.version).toBe(2);
    const outbox = await usta.db.$client.query(
      `SELECT template, recipient FROM outbox_messages WHERE dedupe_key LIKE $1 ORDER BY template`,
      [`visit:${created.id}:v2:%`],
    );
    expect(outbox.rows).toEqual([
      { template: 'visit_changed_for_technician', recipient: 'teknisyen1@demo.usta' },
      { template: 'visit_window_for_customer', recipient: 'ayse@example.com' },
    ]);
    // Handing a visit to another technician tells both of them.
    const plain = await world.order(world.besiktas.id, 'P3', null);
    const handed = await ok<{ id: string }>(
      usta,
      PLANNER,
      'POST',
      '/api/v1/visits',
      visit(plain, world.tech1, '08:30', '09:00'),
    );
    await ok(usta, PLANNER, 'PATCH', `/api/v1/visits/${handed.id}`, {
      technicianId: world.tech2,
      version: 1,
    });
    const told = await usta.db.$client.query(
      `SELECT recipient, data->>'change' AS change FROM outbox_messages WHERE dedupe_key LIKE $1 ORDER BY recipient`,
      [`visit:${handed.id}:v2:%`],
    );
    expect(told.rows).toEqual([
      { recipient: 'teknisyen1@demo.usta', change: 'cancelled' },
      { recipient: 'teknisyen2@demo.usta', change: 'moved' },
    ]);
    // The technician reports progress on their own visit; another technician's is a 404.
    const notMine = await call(usta, 'teknisyen1@demo.usta', 'POST', `/api/v1/visits/${handed.id}/status`, {
      status: 'en_route',
      version: 2,
    });
    expect(notMine.statusCode).toBe(404);
    const progressed = await ok<{ status: string; version: number }>(
      usta,
      'teknisyen2@demo.usta',
      'POST',
      `/api/v1/visits/${handed.id}/status`,
      { status: 'en_route', version: 2 },
    );
    expect(progressed).toMatchObject({ status: 'en_route', version: 3 });
    const stale = await call(usta, PLANNER, 'PATCH', `/api/v1/visits/${created.id}`, {
      pinned: true,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const plan = await ok<{
      days: { visits: { id: string; workOrder: { id: string; location: unknown } }[] }[];
    }>(
      usta,
      'teknisyen1@demo.usta',
      'GET',
      `/api/v1/technicians/${world.tech1}/plan?from=${MONDAY}&to=${MONDAY}`,
    );
    const mine = plan.days[0]!.visits.find((v) => v.id === created.id)!;
    expect(mine.workOrder.location).toEqual({ lat: 40.9903, lng: 29.029 });
    // Another technician's plan is not theirs to read.
    const other = await call(
      usta,
      'teknisyen1@demo.usta',
      'GET',
      `/api/v1/technicians/${world.tech2}/plan?from=${MONDAY}&to=${MONDAY}`,
    );
    expect(other.statusCode).toBe(404);
  });
});
