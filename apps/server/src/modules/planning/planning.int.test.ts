import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { recordSlaChange } from '../sla/index.ts';
import { buildWorld, call, ist, ok, PLANNER, waitForJob } from './test-support.ts';

let usta: TestUsta;
let world: Awaited<ReturnType<typeof buildWorld>>;
const MONDAY = '2027-03-01';
const HOLIDAY = '2027-04-23';

beforeAll(async () => {
  usta = await createTestUsta();
  world = await buildWorld(usta);
});
afterAll(() => usta?.close());

interface Suggestions {
  candidates: {
    technicianId: string;
    start: string;
    end: string;
    latenessMinutes: number;
    windowStart: string;
  }[];
  rejected: { technicianId: string; reason: string }[];
  dueAt: string | null;
}

const suggest = (orderId: string, body: Record<string, unknown>) =>
  ok<Suggestions>(usta, PLANNER, 'POST', `/api/v1/work-orders/${orderId}/slot-suggestions`, body);

/** Makes the order look received at that instant (the SLA clock counts from its creation). */
const receivedAt = async (orderId: string, iso: string) => {
  await usta.db.$client.query('UPDATE work_orders SET created_at = $2 WHERE id = $1', [orderId, iso]);
  // The SLA module recomputes its stored due times from the order's events.
  await recordSlaChange(usta.db, { organizationId: world.organizationId }, orderId);
};

describe('slot suggestions', () => {
  it('respect skill, region and customer authorisation', async () => {
    const order = await world.order(world.kadikoy.id);
    const all = await suggest(order, { from: MONDAY, days: 1 });
    expect(new Set(all.candidates.map((c) => c.technicianId))).toEqual(new Set([world.tech1]));
    expect(all.rejected).toContainEqual(
      expect.objectContaining({ technicianId: world.tech2, reason: 'missing_skill' }),
    );
    // The call centre may ask too (to offer slots to the caller), with the same answer.
    const forAgent = await ok<Suggestions>(
      usta,
      'cagri@demo.usta',
      'GET',
      `/api/v1/work-orders/${order}/slot-suggestions?from=${MONDAY}&days=1`,
    );
    expect(forAgent.candidates.map((c) => c.start)).toEqual(all.candidates.map((c) => c.start));

    // Region: tech1 covers only Beşiktaş now → not offered for a Kadıköy address.
    const tech = await ok<{ version: number; skills: unknown[] }>(
      usta,
      PLANNER,
      'GET',
      `/api/v1/technicians/${world.tech1}`,
    );
    const profile = { skills: tech.skills, startLocation: { lat: 40.99, lng: 29.03 } };
    const regionOnly = await ok<{ version: number }>(
      usta,
      PLANNER,
      'PUT',
      `/api/v1/technicians/${world.tech1}`,
      {
        ...profile,
        regions: [{ province: 'İstanbul', district: 'Beşiktaş' }],
        version: tech.version,
      },
    );
    const byRegion = await suggest(order, { from: MONDAY, days: 1 });
    expect(byRegion.candidates).toEqual([]);
    expect(byRegion.rejected).toContainEqual(
      expect.objectContaining({ technicianId: world.tech1, reason: 'outside_region' }),
    );

    // Authorisation: restricted to the hotel → not offered for Ayşe's order.
    const restricted = await ok<{ version: number }>(
      usta,
      PLANNER,
      'PUT',
      `/api/v1/technicians/${world.tech1}`,
      {
        ...profile,
        regions: [],
        authorisedCustomerIds: [world.besiktas.id],
        version: regionOnly.version,
      },
    );
    const byCustomer = await suggest(order, { from: MONDAY, days: 1 });
    expect(byCustomer.candidates).toEqual([]);
    expect(byCustomer.rejected).toContainEqual(
      expect.objectContaining({ technicianId: world.tech1, reason: 'not_authorised_customer' }),
    );
    // …and that technician now sees only the hotel among customers.
    const hidden = await call(usta, 'teknisyen1@demo.usta', 'GET', `/api/v1/customers/${world.kadikoy.id}`);
    expect(hidden.statusCode).toBe(404);
    const shown = await call(usta, 'teknisyen1@demo.usta', 'GET', `/api/v1/customers/${world.besiktas.id}`);
    expect(shown.statusCode).toBe(200);
    await ok(usta, PLANNER, 'PUT', `/api/v1/technicians/${world.tech1}`, {
      ...profile,
      version: restricted.version,
    });
  });

  it('respect the shift and holidays', async () => {
    const order = await world.order(world.kadikoy.id);
    const holiday = await suggest(order, { from: HOLIDAY, days: 1 });
    expect(holiday.candidates).toEqual([]);
    expect(holiday.rejected).toContainEqual(
      expect.objectContaining({ technicianId: world.tech1, reason: 'no_shift' }),
    );
    const monday = await suggest(order, { from: MONDAY, days: 1, limit: 50 });
    for (const c of monday.candidates) {
      expect(c.start >= ist(MONDAY, '08:30')).toBe(true);
      expect(c.end <= ist(MONDAY, '18:00')).toBe(true);
    }
    expect(monday.candidates.length).toBeGreaterThan(0);
  });

  it('rank in-time slots before ones that breach the SLA due time', async () => {
    const order = await world.order(world.kadikoy.id, 'P1');
    await receivedAt(order, ist(MONDAY, '08:30'));
    // tech1's morning is taken until 12:00, so the only in-time place is before it… none; the
    // afternoon one is late. Then free the morning: the early slot comes first and is in time.
    const filler = await world.order(world.besiktas.id);
    const busy = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/visits', {
      workOrderId: filler,
      technicianId: world.tech1,
      plannedStart: ist(MONDAY, '08:30'),
      plannedEnd: ist(MONDAY, '12:00'),
    });
    const stored = await usta.db.$client.query(
      'SELECT resolution_due_at FROM work_order_sla WHERE work_order_id = $1',
      [order],
    );
    expect(stored.rows[0]?.resolution_due_at.toISOString()).toBe('2027-03-01T09:30:00.000Z');
    const late = await suggest(order, { from: MONDAY, days: 1 });
    expect(late.dueAt).toBe(ist(MONDAY, '12:30'));
    expect(late.candidates[0]!.latenessMinutes).toBeGreaterThan(0);
    await ok(usta, PLANNER, 'PATCH', `/api/v1/visits/${busy.id}`, { status: 'cancelled', version: 1 });
    const free = await suggest(order, { from: MONDAY, days: 2 });
    expect(free.candidates[0]).toMatchObject({ technicianId: world.tech1, latenessMinutes: 0 });
    expect(free.candidates[0]!.end <= ist(MONDAY, '12:30')).toBe(true);
    const lateOnes = free.candidates.filter((c) => c.latenessMinutes > 0);
    expect(lateOnes.length).toBeGreaterThan(0);
  });
});

describe('optimise and apply', () => {
  const DAY = '2027-03-02';

  it('no technicians → 422 naming the reason', async () => {
    const team = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/teams', { name: 'Boş ekip' });
    const response = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: DAY,
      teamId: team.id,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'NO_TECHNICIANS', errors: [{ path: 'teamId' }] });
  });

  it('proposes, applies all at once, and refuses a proposal the board has moved past (409)', async () => {
    const team = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/teams', {
      name: 'Anadolu',
      leadId: world.tech1,
      memberIds: [world.tech1, world.tech2],
    });
    for (const customer of [world.kadikoy.id, world.besiktas.id, world.kadikoy.id])
      await world.order(customer);
    const confirmedOrder = await world.order(world.besiktas.id, 'P3', null);
    const confirmed = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/visits', {
      workOrderId: confirmedOrder,
      technicianId: world.tech2,
      plannedStart: ist(DAY, '15:00'),
      plannedEnd: ist(DAY, '16:00'),
      status: 'confirmed',
    });
    const start = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: DAY,
      teamId: team.id,
      timeLimitSeconds: 0.5,
    });
    expect(start.statusCode, start.body).toBe(202);
    const job = (await waitForJob(usta, start.json().jobId)) as {
      status: string;
      proposal: {
        id: string;
        routes: {
          technicianId: string;
          stops: { visitId: string | null; workOrderId: string; start: string; fixed: boolean }[];
        }[];
        unassigned: { workOrderId: string; reason: string }[];
      };
    };
    expect(job.status).toBe('done');
    const stops = job.proposal.routes.flatMap((r) =>
      r.stops.map((s) => ({ ...s, technicianId: r.technicianId })),
    );
    // The confirmed visit stays where it is.
    expect(stops.find((s) => s.visitId === confirmed.id)).toMatchObject({
      technicianId: world.tech2,
      fixed: true,
      start: ist(DAY, '15:00'),
    });
    const created = stops.filter((s) => s.visitId === null);
    expect(created.length).toBeGreaterThan(0);
    // Skill respected: every order of the category needs level 2, which only tech1 has.
    expect(created.every((s) => s.technicianId === world.tech1)).toBe(true);
    const before0 = job.proposal as unknown as { before: { visits: number }; after: { visits: number } };
    expect(before0.after.visits).toBeGreaterThan(before0.before.visits);

    // A second proposal, then the board changes: applying it is refused and nothing moves.
    const second = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: DAY,
      teamId: team.id,
      timeLimitSeconds: 0.3,
    });
    const stale = (await waitForJob(usta, second.json().jobId)) as { proposal: { id: string } };
    await ok(usta, PLANNER, 'PATCH', `/api/v1/visits/${confirmed.id}`, { pinned: true, version: 1 });
    const before = await usta.db.$client.query('SELECT count(*)::int AS n FROM visits');
    const refused = await call(usta, PLANNER, 'POST', `/api/v1/plans/${stale.proposal.id}/apply`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'PLAN_STALE', changedVisitIds: [confirmed.id] });
    const after = await usta.db.$client.query('SELECT count(*)::int AS n FROM visits');
    expect(after.rows[0].n).toBe(before.rows[0].n);

    // The first proposal is stale too (the pin changed a version) → optimise again and apply.
    const third = await call(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: DAY,
      technicianIds: [world.tech1, world.tech2],
      timeLimitSeconds: 0.3,
    });
    const fresh = (await waitForJob(usta, third.json().jobId)) as typeof job;
    const applied = await ok<{ created: number; updated: number }>(
      usta,
      PLANNER,
      'POST',
      `/api/v1/plans/${fresh.proposal.id}/apply`,
    );
    const newStops = fresh.proposal.routes.flatMap((r) => r.stops.filter((s) => s.visitId === null));
    expect(applied.created).toBe(newStops.length);
    const board = await ok<{
      technicians: { id: string; visits: { workOrderId: string; plannedStart: string }[] }[];
    }>(usta, PLANNER, 'GET', `/api/v1/plans/board?date=${DAY}&teamId=${team.id}`);
    const boardVisits = board.technicians.flatMap((t) => t.visits);
    for (const s of newStops) expect(boardVisits.map((v) => v.workOrderId)).toContain(s.workOrderId);
    // Applying twice is refused.
    const twice = await call(usta, PLANNER, 'POST', `/api/v1/plans/${fresh.proposal.id}/apply`);
    expect(twice.statusCode).toBe(409);
  });

  it('urgent insertion proposes a place for a P1 order in seconds, keeping the others’ times', async () => {
    const DAY3 = '2027-03-03';
    const existingOrder = await world.order(world.besiktas.id);
    const existing = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/visits', {
      workOrderId: existingOrder,
      technicianId: world.tech1,
      plannedStart: ist(DAY3, '14:00'),
      plannedEnd: ist(DAY3, '15:00'),
    });
    const urgent = await world.order(world.kadikoy.id, 'P1');
    const started = Date.now();
    const result = await ok<{
      placement: { technicianId: string; start: string; end: string } | null;
      proposal: { id: string; routes: { stops: { visitId: string | null; start: string }[] }[] };
    }>(usta, PLANNER, 'POST', '/api/v1/plans/insert', {
      workOrderId: urgent,
      date: DAY3,
      technicianIds: [world.tech1, world.tech2],
      timeLimitSeconds: 0.2,
    });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.placement?.technicianId).toBe(world.tech1);
    const kept = result.proposal.routes.flatMap((r) => r.stops).find((s) => s.visitId === existing.id);
    expect(kept?.start).toBe(ist(DAY3, '14:00'));
    const applied = await ok<{ created: number; updated: number }>(
      usta,
      PLANNER,
      'POST',
      `/api/v1/plans/${result.proposal.id}/apply`,
    );
    expect(applied).toMatchObject({ created: 1, updated: 0 });
    const visits = await ok<{ items: { workOrderId: string; plannedStart: string }[] }>(
      usta,
      PLANNER,
      'GET',
      `/api/v1/visits?technicianId=${world.tech1}&from=${encodeURIComponent(ist(DAY3, '00:00'))}&to=${encodeURIComponent(ist(DAY3, '23:59'))}`,
    );
    expect(visits.items.map((v) => v.workOrderId).sort()).toEqual([existingOrder, urgent].sort());
    // A second insertion of the same order is refused: it has a visit now.
    const again = await call(usta, PLANNER, 'POST', '/api/v1/plans/insert', {
      workOrderId: urgent,
      date: DAY3,
    });
    expect(again.statusCode).toBe(422);
  });
});

describe('organisation isolation', () => {
  it("company B gets 404 for company A's technicians, visits, orders and plans", async () => {
    await usta.createOrganization('other');
    const visitOrder = await world.order(world.kadikoy.id);
    const visit = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/visits', {
      workOrderId: visitOrder,
      technicianId: world.tech1,
      plannedStart: ist('2027-03-04', '09:00'),
      plannedEnd: ist('2027-03-04', '10:00'),
    });
    const job = await ok<{ jobId: string }>(usta, PLANNER, 'POST', '/api/v1/plans/optimise', {
      date: '2027-03-04',
      technicianIds: [world.tech1],
      timeLimitSeconds: 0.2,
    });
    await waitForJob(usta, job.jobId);
    const b = 'planner@other.test';
    const checks = [
      await call(usta, b, 'GET', `/api/v1/technicians/${world.tech1}`),
      await call(usta, b, 'PUT', `/api/v1/technicians/${world.tech1}`, {
        skills: [],
        regions: [],
        startLocation: null,
        version: 0,
      }),
      await call(usta, b, 'GET', `/api/v1/technicians/${world.tech1}/plan?from=2027-03-04&to=2027-03-04`),
      await call(usta, b, 'PATCH', `/api/v1/visits/${visit.id}`, { pinned: true, version: 1 }),
      await call(usta, b, 'GET', `/api/v1/work-orders/${visitOrder}/slot-suggestions`),
      await call(usta, b, 'GET', `/api/v1/plans/optimise/${job.jobId}`),
      await call(usta, b, 'POST', `/api/v1/plans/${job.jobId}/apply`),
      await call(usta, b, 'PATCH', `/api/v1/skills/${world.skill}`, { nameTr: 'x', version: 1 }),
    ];
    for (const response of checks) {
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json().code).toBe('NOT_FOUND');
    }
    const list = await ok<{ items: unknown[] }>(usta, b, 'GET', '/api/v1/visits');
    expect(list.items).toEqual([]);
  });
});
