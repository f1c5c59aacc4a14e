// Applying a proposal is all-or-nothing, also when its LAST write fails after the others ran.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { ADMIN, buildWorld, call, ist, ok, PLANNER, waitForJob } from './test-support.ts';

let usta: TestUsta;
let world: Awaited<ReturnType<typeof buildWorld>>;
const DAY = '2027-03-02';

beforeAll(async () => {
  usta = await createTestUsta();
  world = await buildWorld(usta);
});
afterAll(() => usta?.close());

interface Changes {
  updates: { visitId: string; technicianId: string; start: number; end: number }[];
  creates: { workOrderId: string; technicianId: string; start: number; end: number }[];
}

const snapshot = async () =>
  (
    await usta.db.$client.query(
      `SELECT id, technician_id, planned_start, planned_end, status, version
         FROM visits WHERE organization_id = $1 ORDER BY id`,
      [world.organizationId],
    )
  ).rows;

describe('apply: a failure halfway leaves the board as it was', () => {
  it('a visit committed while the apply runs overlaps only its last new visit → 409, nothing changed', async () => {
    // Two visits already on the board (the optimiser may move them) and four orders waiting.
    for (const [time, end] of [
      ['10:00', '11:00'],
      ['14:00', '15:00'],
    ] as const) {
      await ok(usta, PLANNER, 'POST', '/api/v1/visits', {
        workOrderId: await world.order(world.kadikoy.id),
        technicianId: world.tech1,
        plannedStart: ist(DAY, time),
        plannedEnd: ist(DAY, end),
      });
    }
    for (const customer of [world.kadikoy.id, world.besiktas.id, world.kadikoy.id, world.besiktas.id])
      await world.order(customer);
    const start = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: DAY,
      technicianIds: [world.tech1, world.tech2],
      timeLimitSeconds: 0.3,
    });
    expect(start.statusCode, start.body).toBe(202);
    const job = (await waitForJob(usta, start.json().jobId)) as { status: string; proposal: { id: string } };
    expect(job.status).toBe('done');
    const planId = job.proposal.id;
    const changes = (
      await usta.db.$client.query('SELECT changes FROM planning_plans WHERE id = $1', [planId])
    ).rows[0].changes as Changes;
    // Writes run updates first, then creates: the last create is the last write.
    expect(changes.creates.length).toBeGreaterThanOrEqual(2);
    const last = changes.creates.at(-1)!;
    const others = [...changes.updates, ...changes.creates.slice(0, -1)];
    const blockerOrder = await world.order(world.besiktas.id, 'P3', null);
    const before = await snapshot();
    // A quarter hour inside the last new visit that no visit of the board holds now (the proposal
    // may put the last new visit where a visit it moves away sits today).
    const busy = before
      .filter((r) => r.technician_id === last.technicianId && !['cancelled', 'no_show'].includes(r.status))
      .map((r) => [r.planned_start.getTime(), r.planned_end.getTime()] as const);
    let slot: number | undefined;
    for (let t = last.start; t + 15 * 60_000 <= last.end; t += 5 * 60_000) {
      if (busy.every(([s, e]) => t + 15 * 60_000 <= s || t >= e)) {
        slot = t;
        break;
      }
    }
    expect(slot, 'a free quarter hour inside the last new visit').toBeDefined();

    // Another writer holds a visit of the same technician over exactly that slot, uncommitted: the
    // apply's stale check cannot see it, its writes run, and the deferred constraint waits for it.
    const client = await usta.db.$client.connect();
    let response: Awaited<ReturnType<typeof call>>;
    let waited = false;
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO visits (id, organization_id, work_order_id, technician_id, planned_start, planned_end, status)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 'planned')`,
        [
          world.organizationId,
          blockerOrder,
          last.technicianId,
          new Date(slot!),
          new Date(slot! + 15 * 60_000),
        ],
      );
      const pending = call(usta, PLANNER, 'POST', `/api/v1/plans/${planId}/apply`);
      // Wait until the apply is blocked on our row (it has written everything else by then).
      for (let i = 0; i < 200 && !waited; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const blocked = await usta.db.$client.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE pid <> $1 AND wait_event_type = 'Lock' AND datname = current_database()`,
          [(await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid],
        );
        waited = blocked.rows[0].n > 0;
      }
      await client.query('COMMIT');
      response = await pending;
    } finally {
      client.release();
    }
    expect(waited, 'the apply reached its last write and waited for the other writer').toBe(true);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'VISIT_OVERLAP',
      errors: [{ path: 'plannedStart', code: 'overlap' }],
    });
    expect(response.json().detail).toBeTruthy();

    // Not one of the proposal's visits changed: same rows, starts, technicians and versions.
    const blocker = await usta.db.$client.query('SELECT id FROM visits WHERE work_order_id = $1', [
      blockerOrder,
    ]);
    const after = (await snapshot()).filter((r) => r.id !== blocker.rows[0].id);
    expect(after).toEqual(before);
    const createdOrders = await usta.db.$client.query(
      'SELECT count(*)::int AS n FROM visits WHERE work_order_id = ANY($1::uuid[])',
      [changes.creates.map((c) => c.workOrderId)],
    );
    expect(createdOrders.rows[0].n).toBe(0);
    for (const u of others.filter((o): o is Changes['updates'][number] => 'visitId' in o)) {
      const row = before.find((r) => r.id === u.visitId)!;
      expect(after.find((r) => r.id === u.visitId)).toEqual(row);
    }
    const plan = await usta.db.$client.query('SELECT applied_at FROM planning_plans WHERE id = $1', [planId]);
    expect(plan.rows[0].applied_at).toBeNull();
  });

  it('an order of the proposal that left planning meanwhile → 409 PLAN_STALE naming it, nothing written', async () => {
    const DAY2 = '2027-03-03';
    for (const customer of [world.kadikoy.id, world.besiktas.id]) await world.order(customer);
    const start = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: DAY2,
      technicianIds: [world.tech1, world.tech2],
      timeLimitSeconds: 0.3,
    });
    const job = (await waitForJob(usta, start.json().jobId)) as { proposal: { id: string } };
    const changes = (
      await usta.db.$client.query('SELECT changes FROM planning_plans WHERE id = $1', [job.proposal.id])
    ).rows[0].changes as Changes;
    expect(changes.creates.length).toBeGreaterThan(0);
    const gone = changes.creates.at(-1)!.workOrderId;
    await usta.db.$client.query(`UPDATE work_orders SET phase = 'execution' WHERE id = $1`, [gone]);
    const before = await snapshot();
    const response = await call(usta, PLANNER, 'POST', `/api/v1/plans/${job.proposal.id}/apply`);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json()).toMatchObject({ code: 'PLAN_STALE', closedOrderIds: [gone] });
    expect(await snapshot()).toEqual(before);
  });
  /** Optimise a day for both technicians with two kombi orders waiting; the proposal's changes. */
  const proposeDay = async (date: string) => {
    for (const customer of [world.kadikoy.id, world.besiktas.id]) await world.order(customer);
    const start = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date,
      technicianIds: [world.tech1, world.tech2],
      timeLimitSeconds: 0.3,
    });
    const job = (await waitForJob(usta, start.json().jobId)) as { proposal: { id: string } };
    const changes = (
      await usta.db.$client.query('SELECT changes FROM planning_plans WHERE id = $1', [job.proposal.id])
    ).rows[0].changes as Changes;
    // Only tech1 has the skill at level 2: every new kombi visit is theirs.
    expect(changes.creates.filter((c) => c.technicianId === world.tech1).length).toBeGreaterThan(0);
    return { planId: job.proposal.id, changes };
  };
  const putTech1 = async (extra: Record<string, unknown>) => {
    const current = await ok<{ skills: unknown[]; calendarId: string | null; version: number }>(
      usta,
      PLANNER,
      'GET',
      `/api/v1/technicians/${world.tech1}`,
    );
    await ok(usta, PLANNER, 'PUT', `/api/v1/technicians/${world.tech1}`, {
      skills: current.skills,
      startLocation: { lat: 40.99, lng: 29.03 },
      calendarId: current.calendarId,
      version: current.version,
      ...extra,
    });
  };

  it('a technician who lost the skill after the proposal → 409 PLAN_STALE naming the visits, nothing written', async () => {
    const { planId, changes } = await proposeDay('2027-03-04');
    await putTech1({ skills: [{ skillId: world.skill, level: 1 }] });
    const before = await snapshot();
    const response = await call(usta, PLANNER, 'POST', `/api/v1/plans/${planId}/apply`);
    expect(response.statusCode, response.body).toBe(409);
    const body = response.json();
    expect(body.code).toBe('PLAN_STALE');
    expect(body.detail).toContain('teknisyen');
    const tech1Creates = changes.creates.filter((c) => c.technicianId === world.tech1);
    expect(body.refusedVisits).toEqual(
      expect.arrayContaining(
        tech1Creates.map((c) => ({
          workOrderId: c.workOrderId,
          technicianId: world.tech1,
          reasons: ['missing_skill'],
        })),
      ),
    );
    expect(await snapshot()).toEqual(before);
    await putTech1({ skills: [{ skillId: world.skill, level: 3 }] });
  });

  it("a holiday put on the technician's shift calendar after the proposal → 409 PLAN_STALE, nothing written", async () => {
    const DAY5 = '2027-03-05';
    const { planId, changes } = await proposeDay(DAY5);
    const office = [{ from: '08:30', to: '18:00' }];
    const calendar = await ok<{ id: string }>(usta, ADMIN, 'POST', '/api/v1/calendars', {
      name: 'Tatilli vardiya',
      weeklyHours: { mon: office, tue: office, wed: office, thu: office, fri: office },
      days: [{ date: DAY5, kind: 'holiday', name: 'Şirket tatili' }],
      publicHolidays: 'none',
    });
    await putTech1({ calendarId: calendar.id });
    const before = await snapshot();
    const response = await call(usta, PLANNER, 'POST', `/api/v1/plans/${planId}/apply`);
    expect(response.statusCode, response.body).toBe(409);
    const refused = response.json().refusedVisits as { workOrderId: string; reasons: string[] }[];
    const tech1Creates = changes.creates.filter((c) => c.technicianId === world.tech1);
    expect(refused.map((r) => r.workOrderId).sort()).toEqual(
      expect.arrayContaining(tech1Creates.map((c) => c.workOrderId).sort()),
    );
    expect(refused.every((r) => r.reasons.includes('holiday'))).toBe(true);
    expect(await snapshot()).toEqual(before);
    // Back on the company calendar the same proposal applies: the refusal was only the holiday.
    await putTech1({ calendarId: null });
    const retried = await call(usta, PLANNER, 'POST', `/api/v1/plans/${planId}/apply`);
    expect(retried.statusCode, retried.body).toBe(200);
    expect(retried.json()).toMatchObject({ created: changes.creates.length });
  });
});
