// An order's team is a planning team of the same company: create, edit and assignment refuse an
// unknown or another company's team on `teamId` (404 like any unknown id) and write nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { call, ok, PLANNER } from '../planning/test-support.ts';
import { actorFor, makeCustomer } from './test-fixtures.ts';

const DESK = 'cagri@demo.usta';
let usta: TestUsta;
let customerId: string;
let ownTeam: string;
let foreignTeam: string;

beforeAll(async () => {
  usta = await createTestUsta();
  customerId = (await makeCustomer(usta, await actorFor(usta, DESK), 'Ekip Testi A.Ş.')).id;
  ownTeam = (await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/teams', { name: 'Anadolu yakası' })).id;
  await usta.createOrganization('other');
  foreignTeam = (
    await ok<{ id: string }>(usta, 'planner@other.test', 'POST', '/api/v1/teams', { name: 'B ekibi' })
  ).id;
});
afterAll(() => usta?.close());

const orderCount = async () =>
  (await usta.db.$client.query('SELECT count(*)::int AS n FROM work_orders')).rows[0].n as number;

const expectTeamNotFound = (response: Awaited<ReturnType<typeof call>>) => {
  expect(response.statusCode, response.body).toBe(404);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json()).toMatchObject({
    code: 'NOT_FOUND',
    errors: [{ path: 'teamId', code: 'not_found' }],
  });
};

describe('work order teamId', () => {
  it('create: own team accepted; unknown or foreign team → 404 on teamId, no order written', async () => {
    const body = { customerId, channel: 'phone', type: 'fault', complaint: 'Klima su akıtıyor' };
    const created = await ok<{ teamId: string | null }>(usta, DESK, 'POST', '/api/v1/work-orders', {
      ...body,
      teamId: ownTeam,
    });
    expect(created.teamId).toBe(ownTeam);
    const before = await orderCount();
    for (const teamId of [foreignTeam, '00000000-0000-4000-8000-000000000000']) {
      expectTeamNotFound(await call(usta, DESK, 'POST', '/api/v1/work-orders', { ...body, teamId }));
    }
    expect(await orderCount()).toBe(before);
  });

  it('edit and assignment refuse a foreign team and leave the order as it was', async () => {
    const order = await ok<{ id: string; version: number; teamId: string | null }>(
      usta,
      DESK,
      'POST',
      '/api/v1/work-orders',
      { customerId, channel: 'phone', type: 'fault', complaint: 'Kombi basınç düşürüyor', teamId: ownTeam },
    );
    expectTeamNotFound(
      await call(usta, PLANNER, 'PATCH', `/api/v1/work-orders/${order.id}`, {
        teamId: foreignTeam,
        version: order.version,
      }),
    );
    expectTeamNotFound(
      await call(usta, PLANNER, 'PUT', `/api/v1/work-orders/${order.id}/assignment`, {
        technicianIds: [],
        teamId: foreignTeam,
      }),
    );
    const after = await ok<{ version: number; teamId: string | null }>(
      usta,
      PLANNER,
      'GET',
      `/api/v1/work-orders/${order.id}`,
    );
    expect(after).toMatchObject({ version: order.version, teamId: ownTeam });
    // Clearing the team is always allowed.
    const cleared = await ok<{ teamId: string | null }>(
      usta,
      PLANNER,
      'PATCH',
      `/api/v1/work-orders/${order.id}`,
      {
        teamId: null,
        version: order.version,
      },
    );
    expect(cleared.teamId).toBeNull();
  });
});
