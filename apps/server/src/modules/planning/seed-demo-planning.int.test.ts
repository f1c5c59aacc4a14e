import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor } from '../work-orders/test-fixtures.ts';
import { seedDemoPlanning } from './seed-demo-planning.ts';
import { ok, PLANNER } from './test-support.ts';

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta();
});
afterAll(() => usta?.close());

it('the demo seed gives the board technicians, a team, visits and unassigned orders', async () => {
  const { organizationId } = await actorFor(usta, PLANNER);
  const vitest = process.env.VITEST;
  delete process.env.VITEST; // the seed skips itself under Vitest
  try {
    await seedDemoPlanning(usta.db, organizationId, Date.parse('2027-03-01T07:00:00Z'));
  } finally {
    process.env.VITEST = vitest;
  }
  const teams = await ok<{ items: { id: string; memberIds: string[] }[] }>(
    usta,
    PLANNER,
    'GET',
    '/api/v1/teams',
  );
  expect(teams.items).toHaveLength(1);
  const board = await ok<{
    technicians: { name: string; visits: { workOrder: { location: unknown } }[]; startLocation: unknown }[];
    unassigned: { number: string; location: unknown; requiredSkillId: string | null }[];
  }>(usta, PLANNER, 'GET', `/api/v1/plans/board?date=2027-03-01&teamId=${teams.items[0]!.id}`);
  expect(board.technicians.map((t) => t.visits.length)).toEqual([2, 2]);
  expect(board.technicians.every((t) => t.startLocation !== null)).toBe(true);
  expect(board.unassigned.length).toBeGreaterThanOrEqual(2);
  expect(board.unassigned.every((o) => o.location !== null && o.requiredSkillId !== null)).toBe(true);
});
