// The board is read with a fixed handful of set-based queries, however many orders and customers.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { buildWorld, DESK, ist, ok, PLANNER } from './test-support.ts';

let usta: TestUsta;
let world: Awaited<ReturnType<typeof buildWorld>>;
const DAY = '2027-03-02';
// Working hours of the demo calendar, around the lunch break.
const HOURS = ['10', '14'];

beforeAll(async () => {
  usta = await createTestUsta();
  world = await buildWorld(usta);
});
afterAll(() => usta?.close());

/** Runs `work` and counts the SQL statements sent meanwhile (all connections of this process). */
async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let queries = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    queries++;
    return original.apply(this, args);
  };
  try {
    return { result: await work(), queries };
  } finally {
    proto.query = original;
  }
}

type BoardAnswer = {
  technicians: { id: string; visits: { workOrder: { customerName: string } }[] }[];
  unassigned: { id: string; customerName: string }[];
};

const board = () => ok<BoardAnswer>(usta, PLANNER, 'GET', `/api/v1/plans/board?date=${DAY}`);

describe('board queries', () => {
  it('do not grow with the number of orders, customers or visits', async () => {
    const desk = await actorFor(usta, DESK);
    const addOrders = async (n: number, from: number) => {
      for (let i = from; i < from + n; i++) {
        const customer = await makeCustomer(usta, desk, `Müşteri ${i}`, {
          addresses: [{ province: 'İstanbul', district: i % 2 ? 'Kadıköy' : 'Beşiktaş', line: `Cad. ${i}` }],
        });
        await world.order(customer.id);
      }
    };
    await addOrders(3, 0);
    await board(); // warm: the default calendar and the session exist
    const small = await countQueries(board);
    await addOrders(12, 3);
    // Some of them planned: visits on both technicians.
    const waiting = (await board()).unassigned;
    for (const [i, order] of waiting.slice(0, HOURS.length).entries()) {
      await ok(usta, PLANNER, 'POST', '/api/v1/visits', {
        workOrderId: order.id,
        technicianId: world.tech1,
        plannedStart: ist(DAY, `${HOURS[i]}:00`),
        plannedEnd: ist(DAY, `${HOURS[i]}:45`),
      });
    }
    const large = await countQueries(board);
    const answer = large.result;
    expect(answer.technicians.flatMap((t) => t.visits)).toHaveLength(HOURS.length);
    expect(answer.unassigned.length).toBeGreaterThanOrEqual(9);
    expect(answer.unassigned.every((o) => o.customerName.length > 0)).toBe(true);
    // A fixed few queries: 15 orders with visits cost only the visits' one facts load (requirements,
    // SLA, calendar, customers, addresses) more than 3 orders without (was one pair per customer).
    expect(large.queries).toBeLessThanOrEqual(small.queries + 5);
    expect(large.queries).toBeLessThan(25);
  });
});
