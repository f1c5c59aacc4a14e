import type { SlaPolicyResource } from '@usta/contracts/sla';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUsta } from '../../../test/harness.ts';
import { outboxMessages } from '../outbox/tables.ts';
import { workOrderActivities, workOrders } from '../work-orders/tables.ts';
import { startSlaEscalationWorker } from './escalation-worker.ts';
import { slaEscalationSteps, workOrderSla, workOrderWatchers } from './tables.ts';
import {
  call,
  type EscalationWorld,
  escalationWorld,
  mondayOrder as mondayOrderOf,
  openOrder,
} from './test-support.ts';

// The job on the demo company's calendar (Mon–Fri 08:30–12:30, 13:30–18:00, Europe/Istanbul) with
// a fake clock: orders are moved to Monday 16 Nov 2026 and the worker runs at chosen instants.
// The process's own worker is off here, so only the fake clock decides.
process.env.SLA_ESCALATION_WORKER = 'off';

let world: EscalationWorld;
let usta: TestUsta;
let manager: Record<string, string>;
let desk: Record<string, string>;
let customerId: string;
const at = (iso: string) => new Date(iso);
const TEAM = '7e3a2f64-5f0e-4c1a-9d8b-1c2d3e4f5a6b';
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  world = await escalationWorld({
    customerName: 'Kemal Öztürk',
    policyName: 'Eskalasyon',
    priority: 'P2',
    escalationRules: [
      { id: 'half-now', metric: 'resolution', atPercent: 50, action: 'notify', recipients: ['manager'] },
      {
        id: 'half-office',
        metric: 'resolution',
        atPercent: 50,
        action: 'notify',
        recipients: ['manager'],
        waitForWorkingHours: true,
      },
      {
        id: 'watch',
        metric: 'resolution',
        atPercent: 75,
        action: 'add_watcher',
        recipients: ['role:planner'],
      },
      { id: 'handover', metric: 'resolution', atBreach: true, action: 'reassign_team', teamId: TEAM },
    ],
  });
  ({ usta, manager, desk, customerId } = world);
});
afterAll(() => usta?.close());

/** An order received on Monday 16 Nov 2026 at 14:00, stored state computed then. */
const mondayOrder = () => mondayOrderOf(world, 'P2');

const stepsOf = (workOrderId: string) =>
  usta.db
    .select()
    .from(slaEscalationSteps)
    .where(and(eq(slaEscalationSteps.workOrderId, workOrderId), sql`${slaEscalationSteps.action} <> 'check'`))
    .orderBy(slaEscalationSteps.dueAt);
const mailsOf = async (workOrderId: string) =>
  (
    await usta.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.template, 'sla_escalation'),
          sql`${outboxMessages.data}->>'workOrderId' = ${workOrderId}`,
        ),
      )
  )[0]!.n;

describe('the escalation job', () => {
  it('schedules thresholds on working time and defers a waiting rule to the next working moment', async () => {
    const order = await mondayOrder();
    const steps = await stepsOf(order.id);
    // 8 working hours from Mon 14:00: 50 % at 18:00 (closing) — the waiting rule at Tue 08:30 —,
    // 75 % at Tue 10:30, the breach at Tue 12:30 (lunch is not counted).
    expect(steps.map((s) => [s.ruleId, s.dueAt.toISOString()])).toEqual([
      ['half-now', '2026-11-16T15:00:00.000Z'],
      ['half-office', '2026-11-17T05:30:00.000Z'],
      ['watch', '2026-11-17T07:30:00.000Z'],
      ['handover', '2026-11-17T09:30:00.000Z'],
    ]);
    const [stored] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(stored).toMatchObject({ state: 'on_track', nextCheckAt: at('2026-11-16T18:00:00+03:00') });

    const workerAt = (iso: string) =>
      startSlaEscalationWorker({
        db: usta.db,
        logger: silent,
        pollIntervalMs: 3_600_000,
        now: () => at(iso),
      });

    // Monday 18:00:30: the rule that does not wait fires, the one that waits for working hours not.
    let worker = workerAt('2026-11-16T18:00:30+03:00');
    await worker.drain();
    await worker.stop();
    const managers = await mailsOf(order.id);
    expect(managers).toBeGreaterThan(0);
    expect((await stepsOf(order.id)).filter((s) => s.doneAt).map((s) => s.ruleId)).toEqual(['half-now']);

    // Midnight and 08:29 the next morning: nothing.
    for (const iso of ['2026-11-17T00:00:00+03:00', '2026-11-17T08:29:00+03:00']) {
      worker = workerAt(iso);
      expect(await worker.drain()).toBe(0);
      await worker.stop();
    }
    // 08:30: the deferred one; two workers at once still fire it once.
    const a = workerAt('2026-11-17T08:30:10+03:00');
    const b = workerAt('2026-11-17T08:30:10+03:00');
    const fired = (await Promise.all([a.drain(), b.drain()])).reduce((x, y) => x + y, 0);
    await Promise.all([a.stop(), b.stop()]);
    expect(fired).toBe(1);
    expect(await mailsOf(order.id)).toBe(2 * managers);
    const [warned] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(warned).toMatchObject({ warned: true });

    // Tuesday 12:35: watchers and the new team, each once; the stored state says breached.
    worker = workerAt('2026-11-17T12:35:00+03:00');
    await worker.drain();
    await worker.drain();
    await worker.stop();
    const watchers = await usta.db
      .select()
      .from(workOrderWatchers)
      .where(eq(workOrderWatchers.workOrderId, order.id));
    expect(watchers.length).toBeGreaterThan(0);
    const [row] = await usta.db.select().from(workOrders).where(eq(workOrders.id, order.id));
    expect(row!.teamId).toBe(TEAM);
    const edits = await usta.db
      .select()
      .from(workOrderActivities)
      .where(and(eq(workOrderActivities.workOrderId, order.id), eq(workOrderActivities.kind, 'edit')));
    expect(edits.map((e) => e.data)).toEqual([
      expect.objectContaining({ escalation: 'handover', fields: ['teamId'] }),
    ]);
    const [after] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(after).toMatchObject({ breached: true, state: 'breached' });
    expect((await stepsOf(order.id)).every((s) => s.doneAt)).toBe(true);
    expect(await mailsOf(order.id)).toBe(2 * managers);
  });

  it('drops the steps while the clock is paused and schedules them again on resume', async () => {
    // Received now: no threshold is crossed yet when it starts to wait.
    const order = await openOrder(usta, desk, customerId, 'P2');
    expect((await stepsOf(order.id)).length).toBeGreaterThan(0);
    const move = async (to: string) => {
      const r = await call(usta, 'POST', `/api/v1/work-orders/${order.id}/transitions`, manager, { to });
      expect(r.statusCode, r.body).toBe(200);
    };
    await move('waiting_customer');
    // Paused: no threshold has a time, nothing is scheduled.
    expect(await stepsOf(order.id)).toEqual([]);
    const [paused] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(paused).toMatchObject({ paused: true, state: 'paused', nextCheckAt: null });
    await move('new');
    expect((await stepsOf(order.id)).length).toBeGreaterThan(0);
  });

  it('recomputes the open orders of an edited policy in the job', async () => {
    const order = await mondayOrder();
    const policies = (await call(usta, 'GET', '/api/v1/sla/policies', manager)).json<{
      items: SlaPolicyResource[];
    }>();
    const policy = policies.items.find((p) => p.name === 'Eskalasyon')!;
    const edited = await call(usta, 'PATCH', `/api/v1/sla/policies/${policy.id}`, manager, {
      escalationRules: [
        { id: 'late', metric: 'resolution', atPercent: 90, action: 'notify', recipients: ['manager'] },
      ],
      version: policy.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const [stale] = await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, order.id));
    expect(stale!.stale).toBe(true);
    const worker = startSlaEscalationWorker({
      db: usta.db,
      logger: silent,
      pollIntervalMs: 3_600_000,
      now: () => at('2026-11-16T14:30:00+03:00'),
    });
    await worker.drain();
    await worker.stop();
    expect((await stepsOf(order.id)).map((s) => s.ruleId)).toEqual(['late']);
  });
});
