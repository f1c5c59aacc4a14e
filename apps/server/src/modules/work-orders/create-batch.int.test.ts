import { createWorkOrderBodySchema } from '@usta/contracts/work-orders';
import { parseWorkOrderNumber } from '@usta/core/work-orders';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recomputeWorkOrdersSla } from '../sla/recompute-orders-sla.ts';
import { WorkOrderCreateQueue } from './create-queue.ts';
import { type CreateRequest, createWorkOrders } from './create-work-order.ts';
import { actorFor, makeCustomer, makeDevice, userId } from './test-fixtures.ts';

// Group commit of creates (create-queue.ts, createWorkOrders): many requests, one transaction,
// each order exactly what a lone create writes; a refused request takes no number and fails
// no other.

let usta: TestUsta;
let agent: Actor;
let customerId: string;
let representedCustomerId: string;
beforeAll(async () => {
  usta = await createTestUsta();
  agent = await actorFor(usta, 'cagri@demo.usta');
  customerId = (await makeCustomer(usta, agent, 'Toplu Müşteri')).id;
  representedCustomerId = (
    await makeCustomer(usta, agent, 'Temsilcili Müşteri', {
      representativeId: await userId(usta, 'planlama@demo.usta'),
    })
  ).id;
});
afterAll(() => usta.close());

const body = (extra: Record<string, unknown> = {}) =>
  createWorkOrderBodySchema.parse({
    customerId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Toplu açılış',
    impact: 'medium',
    urgency: 'high',
    ...extra,
  });
const request = (extra: Record<string, unknown> = {}): CreateRequest => ({
  actor: agent,
  input: body(extra),
  now: new Date(),
});
const sequenceOf = (number: string) => parseWorkOrderNumber(number)!.sequence;

async function countRows(table: string, column: string, ids: string[]): Promise<number> {
  const { rows } = await usta.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)}::text IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return rows[0]!.n;
}

describe('creating work orders in one batch', () => {
  it('gives 40 requests 40 consecutive numbers, each with its activity, audit event, SLA state and mail', async () => {
    const requests = Array.from({ length: 40 }, (_, i) =>
      request({ complaint: `Toplu ${i}`, customerId: i % 2 ? representedCustomerId : customerId }),
    );
    const outcomes = await createWorkOrders(usta.db, requests);
    const orders = outcomes.map((o) => {
      if (!o.ok) throw o.error;
      return o.value;
    });
    const sequences = orders.map((o) => sequenceOf(o.number));
    expect(sequences).toEqual(sequences.map((_, i) => sequences[0]! + i));
    expect(orders.map((o) => o.complaint)).toEqual(requests.map((r) => r.input.complaint));
    expect(new Set(orders.map((o) => o.priority))).toEqual(new Set(['P2']));
    const ids = orders.map((o) => o.id);
    expect(await countRows('work_order_activities', 'work_order_id', ids)).toBe(40);
    expect(await countRows('audit_events', 'entity_id', ids)).toBe(40);
    expect(await countRows('work_order_sla', 'work_order_id', ids)).toBe(40);
    const { rows: mails } = await usta.db.execute<{ key: string }>(
      sql`SELECT dedupe_key AS key FROM outbox_messages WHERE template = 'work_order_opened_for_representative'`,
    );
    const mailed = new Set(mails.map((m) => m.key));
    for (const [i, order] of orders.entries())
      expect(mailed.has(`work_order_opened:${order.id}`), order.number).toBe(i % 2 === 1);
  });

  it('writes the SLA state and schedule a recompute from the stored history would write', async () => {
    const outcomes = await createWorkOrders(usta.db, [
      request({ complaint: 'sla 1' }),
      request({ complaint: 'sla 2', impact: 'high', urgency: 'high' }),
      request({ complaint: 'sla 3', impact: 'low', urgency: 'low' }),
    ]);
    const ids = outcomes.map((o) => (o.ok ? o.value.id : ''));
    const snapshot = async () => {
      const list = sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const state = await usta.db.execute(
        sql`SELECT * FROM work_order_sla WHERE work_order_id IN (${list}) ORDER BY work_order_id`,
      );
      const steps = await usta.db.execute(
        sql`SELECT work_order_id, rule_id, cycle, metric, action, due_at FROM sla_escalation_steps
            WHERE work_order_id IN (${list}) ORDER BY work_order_id, rule_id, cycle`,
      );
      // Everything but what depends on when it was computed (the clock used so far, the stamp).
      const timeless = state.rows.map(({ computed_at: _at, business_ms_used: _used, ...rest }) => rest);
      return { state: timeless, steps: steps.rows };
    };
    const written = await snapshot();
    expect(written.state).toHaveLength(3);
    await usta.db.transaction((tx) => recomputeWorkOrdersSla(tx, agent.organizationId, ids));
    expect(await snapshot()).toEqual(written);
  });

  it('refuses a bad request on its own: no number, nothing written, the others open', async () => {
    const device = await makeDevice(usta, agent, customerId, { serialNumber: 'TOPLU-1' });
    const outcomes = await createWorkOrders(usta.db, [
      request({ complaint: 'birinci' }),
      request({ customerId: '00000000-0000-4000-8000-000000000000' }),
      request({
        complaint: 'aynı seri',
        newDevice: { brand: 'Vaillant', model: 'ecoTEC plus', deviceType: 'Kombi', serialNumber: 'TOPLU-1' },
      }),
      request({ deviceId: device.id, complaint: 'cihazlı' }),
      request({ deviceId: device.id, complaint: 'aynı cihaz yine' }),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, false, true, true]);
    const refused = outcomes.filter((o) => !o.ok).map((o) => o.error as AppError);
    expect(refused[0]).toBeInstanceOf(AppError);
    expect(refused[0]!.fieldErrors).toEqual([{ path: 'customerId', code: 'not_found' }]);
    expect(refused[1]!.fieldErrors?.[0]?.path).toBe('newDevice.serialNumber');
    const opened = outcomes.flatMap((o) => (o.ok ? [o.value] : []));
    const sequences = opened.map((o) => sequenceOf(o.number));
    expect(sequences).toEqual([sequences[0]!, sequences[0]! + 1, sequences[0]! + 2]);
    // The second order for the device hears of the first, opened earlier in the same batch.
    expect(opened[1]!.warnings).toEqual([]);
    expect(opened[2]!.warnings).toEqual([
      { code: 'OPEN_ORDER_FOR_DEVICE', workOrderId: opened[1]!.id, number: opened[1]!.number },
    ]);
    const { rows } = await usta.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM devices WHERE serial_number = 'TOPLU-1'`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('runs every request alone when a write fails, so only the failing one fails', async () => {
    // A NUL character passes no PostgreSQL text column: the batch's insert fails in the database.
    const outcomes = await createWorkOrders(usta.db, [
      request({ complaint: 'önce' }),
      { ...request(), input: { ...body(), complaint: 'bozuk \u0000 metin' } },
      request({ complaint: 'sonra' }),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    const opened = outcomes.flatMap((o) => (o.ok ? [o.value] : []));
    expect(sequenceOf(opened[1]!.number)).toBe(sequenceOf(opened[0]!.number) + 1);
    const { rows } = await usta.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM work_orders WHERE number LIKE '~%'`,
    );
    expect(rows[0]!.n).toBe(0);
  });
});

describe('the create queue', () => {
  it('batches 50 concurrent creates into fewer transactions, numbers consecutive and distinct', async () => {
    // Counts the transactions the queue opens (a wrapper around the real one, nothing stubbed).
    let transactions = 0;
    const db = Object.create(usta.db) as typeof usta.db;
    db.transaction = ((...args: Parameters<typeof usta.db.transaction>) => {
      transactions++;
      return usta.db.transaction(...args);
    }) as typeof usta.db.transaction;
    const queue = new WorkOrderCreateQueue(db);
    const orders = await Promise.all(
      Array.from({ length: 50 }, (_, i) => queue.create(agent, body({ complaint: `Kuyruk ${i}` }))),
    );
    expect(transactions).toBeLessThanOrEqual(3);
    const sequences = orders.map((o) => sequenceOf(o.number)).sort((a, b) => a - b);
    expect(new Set(sequences).size).toBe(50);
    expect(sequences.at(-1)! - sequences[0]!).toBe(49);
  });

  it('rejects only the refused request of a batch', async () => {
    const queue = new WorkOrderCreateQueue(usta.db);
    const results = await Promise.allSettled([
      queue.create(agent, body()),
      queue.create(agent, body({ categoryId: '00000000-0000-4000-8000-000000000001' })),
      queue.create(agent, body()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const reason = (results[1] as PromiseRejectedResult).reason as AppError;
    expect(reason.fieldErrors).toEqual([{ path: 'categoryId', code: 'not_found' }]);
  });
});
