import type { WorkOrder } from '@usta/contracts/work-orders';
import { formatWorkOrderNumber, localYearAt, parseWorkOrderNumber } from '@usta/core/work-orders';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer } from './test-fixtures.ts';

// The counter is taken in SQL (work-order-repository.ts reserveWorkOrderSequences) and the
// number formatted by @usta/core: past six digits it grows, never cut, and still resolves.

let usta: TestUsta;
let desk: Record<string, string>;
let customerId: string;
let organizationId: string;
beforeAll(async () => {
  usta = await createTestUsta();
  desk = await usta.as('cagri@demo.usta');
  const actor = await actorFor(usta, 'cagri@demo.usta');
  organizationId = actor.organizationId;
  customerId = (await makeCustomer(usta, actor, 'Numara Müşteri')).id;
});
afterAll(() => usta.close());

const open = async () => {
  const response = await usta.app.inject({
    method: 'POST',
    url: '/api/v1/work-orders',
    headers: desk,
    payload: { customerId, channel: 'phone', type: 'fault', complaint: 'Numara denemesi' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WorkOrder>();
};

describe('work-order numbers', () => {
  it.each([0, 8, 998_999, 999_998, 999_999, 12_345_677])(
    'after sequence %i reads as formatWorkOrderNumber of the next',
    async (last) => {
      const year = localYearAt(new Date());
      await usta.db.execute(sql`
        INSERT INTO work_order_counters (organization_id, year, last_sequence) VALUES (${organizationId}, ${year}, ${last})
        ON CONFLICT (organization_id, year) DO UPDATE SET last_sequence = EXCLUDED.last_sequence`);
      const order = await open();
      expect(order.number).toBe(formatWorkOrderNumber('SRV', year, last + 1));
      expect(parseWorkOrderNumber(order.number)?.sequence).toBe(last + 1);
      const detail = await usta.app.inject({ url: `/api/v1/work-orders/${order.number}`, headers: desk });
      expect(detail.statusCode).toBe(200);
    },
  );

  it('answers the order as stored (dates, arrays, codes) after numbering', async () => {
    const order = await open();
    const again = await usta.app.inject({ url: `/api/v1/work-orders/${order.id}`, headers: desk });
    const stored = again.json<WorkOrder>();
    for (const key of [
      'number',
      'createdAt',
      'updatedAt',
      'technicianIds',
      'tags',
      'customCodes',
      'version',
    ] as const) {
      expect(order[key], key).toEqual(stored[key]);
    }
  });
});
