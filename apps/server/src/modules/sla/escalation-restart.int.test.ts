import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { withClient, withDatabase } from '../../../test/global-setup.ts';
import { newTestDatabaseName } from '../../../test/harness.ts';
import { type SpawnedUsta, spawnUsta } from '../../../test/spawn-usta.ts';

// The escalation job in a real process: orders get rules due seconds apart (a 24/7 calendar and
// a 30-second resolution target), the process is killed (SIGKILL, no shutdown) after the first
// rule fired and restarted after all the others fell due. Every effect must exist exactly once:
// the e-mails in the outbox, the watchers, the raised priority with its edit record.

const POLL_MS = 500;
const ORDERS = 3;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function api<T>(url: string, method: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

const allDay = [{ from: '00:00', to: '24:00' }];
const target = {
  firstResponse: { amount: 60, unit: 'minutes' },
  resolution: { amount: 0.5, unit: 'minutes' },
};

describe('the SLA escalation job across a restart', { timeout: 240_000 }, () => {
  it('fires every step on time, exactly once, catching up after a crash', async () => {
    const { adminUrl, template } = inject('testDatabase');
    const database = newTestDatabaseName(`slaesc_${Date.now().toString(36)}`);
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
    const databaseUrl = withDatabase(adminUrl, database);
    const dataDir = await mkdtemp(path.join(tmpdir(), 'usta-sla-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const env = { DATABASE_URL: databaseUrl, USTA_DATA_DIR: dataDir, SLA_POLL_INTERVAL_MS: String(POLL_MS) };
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    cleanups.push(() => pool.end());
    const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
      (await pool.query<R>(sql, params)).rows;

    let server: SpawnedUsta = await spawnUsta(env);
    cleanups.push(() => server.kill());
    await server.waitReady();
    const { accessToken: token } = await api<{ accessToken: string }>(
      `${server.url}/api/v1/auth/login`,
      'POST',
      null,
      {
        email: 'yonetici@demo.usta',
        password: 'usta-demo',
      },
    );
    const calendar = await api<{ id: string }>(`${server.url}/api/v1/calendars`, 'POST', token, {
      name: '7/24',
      weeklyHours: {
        mon: allDay,
        tue: allDay,
        wed: allDay,
        thu: allDay,
        fri: allDay,
        sat: allDay,
        sun: allDay,
      },
      publicHolidays: 'none',
    });
    const policy = await api<{ escalationRules: { id: string }[] }>(
      `${server.url}/api/v1/sla/policies`,
      'POST',
      token,
      {
        name: 'Saniyelik',
        calendarId: calendar.id,
        isDefault: true,
        targets: { P1: target, P2: target, P3: target, P4: target },
        firstResponseMetBy: ['customer_reply'],
        resolvedPhases: ['final_check', 'closed'],
        clockByPhase: { waiting_customer: 'paused', closed: 'stopped', cancelled: 'stopped' },
        escalationRules: [
          { id: 'warn-25', metric: 'resolution', atPercent: 25, action: 'notify', recipients: ['manager'] },
          {
            id: 'watch-50',
            metric: 'resolution',
            atPercent: 50,
            action: 'add_watcher',
            recipients: ['role:planner'],
          },
          { id: 'warn-75', metric: 'resolution', atPercent: 75, action: 'notify', recipients: ['manager'] },
          { id: 'breach', metric: 'resolution', atBreach: true, action: 'raise_priority' },
        ],
      },
    );
    expect(policy.escalationRules.map((r) => r.id)).toEqual(['warn-25', 'watch-50', 'warn-75', 'breach']);
    const customer = await api<{ id: string }>(`${server.url}/api/v1/customers`, 'POST', token, {
      type: 'individual',
      name: 'Selin Aydın',
      addresses: [{ province: 'İstanbul', district: 'Kadıköy', line: 'Moda Cad. 1' }],
    });
    const orderIds: string[] = [];
    for (let i = 0; i < ORDERS; i += 1) {
      const order = await api<{ id: string }>(`${server.url}/api/v1/work-orders`, 'POST', token, {
        customerId: customer.id,
        channel: 'phone',
        type: 'fault',
        complaint: `Eskalasyon denemesi ${i + 1}`,
        priority: 'P3',
      });
      orderIds.push(order.id);
    }
    const steps = () =>
      q<{ work_order_id: string; rule_id: string; due_at: Date; done_at: Date | null }>(
        `SELECT work_order_id, rule_id, due_at, done_at FROM sla_escalation_steps
          WHERE work_order_id = ANY($1::uuid[]) AND action <> 'check' ORDER BY due_at`,
        [orderIds],
      );
    const scheduled = await steps();
    expect(scheduled).toHaveLength(ORDERS * 4);
    const dueOf = (orderId: string, ruleId: string) =>
      scheduled.find((s) => s.work_order_id === orderId && s.rule_id === ruleId)!.due_at.getTime();
    // 25 %, 50 %, 75 %, 100 % of 30 s: 7.5 s apart.
    for (const id of orderIds) {
      expect(dueOf(id, 'watch-50') - dueOf(id, 'warn-25')).toBeCloseTo(7_500, -2);
      expect(dueOf(id, 'breach') - dueOf(id, 'warn-75')).toBeCloseTo(7_500, -2);
    }

    // Wait for the 25 % step of every order, then kill the process before the 50 % one.
    const firstDue = Math.max(...orderIds.map((id) => dueOf(id, 'warn-25')));
    while (Date.now() < firstDue + 3 * POLL_MS) await sleep(100);
    const beforeCrash = await steps();
    const firedBefore = beforeCrash.filter((s) => s.done_at);
    expect(firedBefore.map((s) => s.rule_id).sort()).toEqual(Array(ORDERS).fill('warn-25'));
    // On time: within a poll (and some scheduling slack) of the due time.
    for (const s of firedBefore)
      expect(s.done_at!.getTime() - s.due_at.getTime()).toBeLessThan(POLL_MS + 1_500);
    await server.kill('SIGKILL');

    // Down until every other step is overdue.
    const lastDue = Math.max(...orderIds.map((id) => dueOf(id, 'breach')));
    while (Date.now() < lastDue + 1_000) await sleep(200);
    const restartedAt = Date.now();
    server = await spawnUsta(env);
    await server.waitReady();
    const deadline = Date.now() + 60_000;
    let after = await steps();
    while (after.some((s) => !s.done_at) && Date.now() < deadline) {
      await sleep(250);
      after = await steps();
    }
    expect(after.filter((s) => !s.done_at)).toEqual([]);
    // Caught up at the restart, within a minute of starting; none twice (one row per order and rule).
    for (const s of after.filter((x) => x.rule_id !== 'warn-25')) {
      expect(s.done_at!.getTime()).toBeGreaterThanOrEqual(restartedAt);
      expect(s.done_at!.getTime() - restartedAt).toBeLessThan(60_000);
    }
    expect(after).toHaveLength(ORDERS * 4);
    await sleep(3 * POLL_MS); // a few more polls: nothing may fire again

    const managers = (
      await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE 'manager' = ANY(u.roles) AND u.active AND u.organization_id = (SELECT organization_id FROM work_orders WHERE id = $1)`,
        [orderIds[0]],
      )
    )[0]!.n;
    const planners = (
      await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM users WHERE 'planner' = ANY(roles) AND active
          AND organization_id = (SELECT organization_id FROM work_orders WHERE id = $1)`,
        [orderIds[0]],
      )
    )[0]!.n;
    expect(managers).toBeGreaterThan(0);
    expect(planners).toBeGreaterThan(0);
    for (const id of orderIds) {
      const mails = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE template = 'sla_escalation' AND data->>'workOrderId' = $1`,
        [id],
      );
      expect(mails[0]!.n).toBe(2 * managers);
      const watchers = await q<{ n: number }>(
        'SELECT count(*)::int AS n FROM work_order_watchers WHERE work_order_id = $1',
        [id],
      );
      expect(watchers[0]!.n).toBe(planners);
      const raised = await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM work_order_activities WHERE work_order_id = $1 AND kind = 'edit' AND data->>'escalation' = 'breach'`,
        [id],
      );
      expect(raised[0]!.n).toBe(1);
      const [order] = await q<{ priority: string }>('SELECT priority FROM work_orders WHERE id = $1', [id]);
      expect(order!.priority).toBe('P2');
      const [stored] = await q<{ breached: boolean; warned: boolean }>(
        'SELECT breached, warned FROM work_order_sla WHERE work_order_id = $1',
        [id],
      );
      expect(stored).toMatchObject({ breached: true, warned: true });
    }
    await server.kill('SIGTERM');
  });
});
