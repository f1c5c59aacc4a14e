import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { startPushWorker } from './index.ts';
import { browserKeys, decryptAes128gcm, startPushService, verifyVapid } from './test-support/push-service.ts';

let usta: TestUsta;
let service: Awaited<ReturnType<typeof startPushService>>;
const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  [usta, service] = await Promise.all([createTestUsta(), startPushService()]);
});
afterAll(async () => {
  await Promise.all([usta?.close(), service?.close()]);
});

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const { rows } = await usta.db.execute(query);
  return rows[0] as T;
}

describe('Web Push (issue 7)', () => {
  it('gives one VAPID public key per installation', async () => {
    const headers = await usta.as('teknisyen1@demo.usta');
    const a = await usta.app.inject({ method: 'GET', url: '/api/v1/push/vapid-public-key', headers });
    const b = await usta.app.inject({ method: 'GET', url: '/api/v1/push/vapid-public-key', headers });
    expect(a.statusCode).toBe(200);
    expect(Buffer.from(a.json().publicKey, 'base64url')).toHaveLength(65);
    expect(b.json().publicKey).toBe(a.json().publicKey);
  });

  it('rejects a subscription without keys as problem+json', async () => {
    const headers = await usta.as('teknisyen1@demo.usta');
    const res = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers,
      payload: { endpoint: `${service.origin}/push/x` },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('delivers an encrypted, VAPID-signed push on assignment; a 410 deletes the subscription', async () => {
    const tech = await one<{ id: string }>(sql`SELECT id FROM users WHERE email = 'teknisyen1@demo.usta'`);
    const desk = await usta.as('cagri@demo.usta');
    const customer = await makeCustomer(usta, await actorFor(usta, 'cagri@demo.usta'), 'Push Müşteri');
    const created = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/work-orders',
      headers: desk,
      payload: { customerId: customer.id, channel: 'phone', type: 'fault', complaint: 'Soğutmuyor' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const order = created.json<{ id: string; number: string }>();
    const techHeaders = await usta.as('teknisyen1@demo.usta');
    const keys = browserKeys();
    const endpoint = `${service.origin}/push/${crypto.randomUUID()}`;
    const sub = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers: techHeaders,
      payload: { endpoint, expirationTime: null, keys: keys.json },
    });
    expect(sub.statusCode).toBe(201);
    const vapidKey = (
      await usta.app.inject({ method: 'GET', url: '/api/v1/push/vapid-public-key', headers: techHeaders })
    ).json().publicKey;

    const assign = await usta.app.inject({
      method: 'PUT',
      url: `/api/v1/work-orders/${order.id}/assignment`,
      headers: await usta.as('planlama@demo.usta'),
      payload: { technicianIds: [tech.id] },
    });
    expect(assign.statusCode, assign.body).toBe(200);

    const worker = startPushWorker({ db: usta.db, logger, pollIntervalMs: 60_000 });
    try {
      await worker.drain();
      const mine = service.received.filter((r) => endpoint.endsWith(r.path));
      expect(mine.length).toBeGreaterThanOrEqual(1);
      const push = mine[0]!;
      expect(push.headers['content-encoding']).toBe('aes128gcm');
      expect(Number(push.headers.ttl)).toBeGreaterThan(0);
      const vapid = verifyVapid(push.headers, service.origin);
      expect(vapid).toMatchObject({ ok: true, alg: 'ES256', publicKey: vapidKey, audOk: true, expOk: true });
      const payload = JSON.parse(decryptAes128gcm(push.body, keys));
      expect(payload).toMatchObject({
        kind: 'work_order_assigned',
        number: order.number,
        workOrderId: order.id,
        url: `/field/#/job/${order.id}/info`,
      });
      expect(payload.title).toContain(order.number);
      const logged = await one<{ status: string }>(
        sql`SELECT status FROM outbox_messages WHERE channel = 'push' AND data->>'workOrderId' = ${order.id}`,
      );
      expect(logged.status).toBe('sent');

      // The browser unsubscribed at the push service: 410 Gone removes our row.
      service.answer(410);
      const again = await usta.app.inject({
        method: 'PUT',
        url: `/api/v1/work-orders/${order.id}/assignment`,
        headers: await usta.as('planlama@demo.usta'),
        payload: { technicianIds: [] },
      });
      expect(again.statusCode).toBe(200);
      await usta.app.inject({
        method: 'PUT',
        url: `/api/v1/work-orders/${order.id}/assignment`,
        headers: await usta.as('planlama@demo.usta'),
        payload: { technicianIds: [tech.id] },
      });
      const before = service.received.length;
      await worker.drain();
      expect(service.received.length).toBeGreaterThan(before);
      const left = await one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM push_subscriptions WHERE endpoint = ${endpoint}`,
      );
      expect(left.n).toBe(0);
    } finally {
      service.answer(201);
      await worker.stop();
    }
  });

  it('lets the user delete their own subscription', async () => {
    const headers = await usta.as('teknisyen2@demo.usta');
    const endpoint = `${service.origin}/push/${crypto.randomUUID()}`;
    await usta.app.inject({
      method: 'POST',
      url: '/api/v1/push/subscriptions',
      headers,
      payload: { endpoint, keys: browserKeys().json },
    });
    const res = await usta.app.inject({
      method: 'DELETE',
      url: '/api/v1/push/subscriptions',
      headers,
      payload: { endpoint },
    });
    expect(res.statusCode).toBe(204);
    const left = await one<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM push_subscriptions WHERE endpoint = ${endpoint}`,
    );
    expect(left.n).toBe(0);
  });
});
