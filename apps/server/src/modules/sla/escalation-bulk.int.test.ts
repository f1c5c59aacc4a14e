import type { WorkOrder } from '@usta/contracts/work-orders';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUsta } from '../../../test/harness.ts';
import type { Actor } from '../../http/access.ts';
import { auditEvents } from '../audit/tables.ts';
import { outboxMessages } from '../outbox/tables.ts';
import { escalateWorkOrder, escalateWorkOrders } from '../work-orders/index.ts';
import { workOrderActivities, workOrders } from '../work-orders/tables.ts';
import { startSlaEscalationWorker } from './escalation-worker.ts';
import { recomputeWorkOrderSla } from './recompute-order-sla.ts';
import { recomputeWorkOrdersSla } from './recompute-orders-sla.ts';
import { slaSystemActor } from './system-actor.ts';
import { slaEscalationSteps, workOrderSla } from './tables.ts';
import {
  call,
  type EscalationWorld,
  escalationWorld,
  mondayOrder as mondayOrderOf,
  openOrder,
} from './test-support.ts';

// The escalation job's bulk path (the 08:30 burst: many deferred warnings and priority raises
// at once) against the one-order path it replaces: the same priorities, activities, audit
// events, stored SLA state and schedule, each effect exactly once, with orders that are
// already P1 or were closed in the meantime. The demo calendar (Mon–Fri 08:30–12:30,
// 13:30–18:00, Europe/Istanbul) and a fake clock, like escalation-job.int.test.ts.
process.env.SLA_ESCALATION_WORKER = 'off';

let world: EscalationWorld;
let usta: TestUsta;
let manager: Record<string, string>;
let desk: Record<string, string>;
let organizationId: string;
let customerId: string;
let sla: Actor;
const TUESDAY_0830 = new Date('2026-11-17T08:30:10+03:00');

beforeAll(async () => {
  // Both rules cross 50 % at Monday 18:00 (closing time) and wait for Tuesday 08:30.
  world = await escalationWorld({
    customerName: 'Ayşe Kaya',
    policyName: 'Sabah yığını',
    priority: 'P2',
    escalationRules: [
      {
        id: 'warn',
        metric: 'resolution',
        atPercent: 50,
        action: 'notify',
        recipients: ['manager'],
        waitForWorkingHours: true,
      },
      {
        id: 'raise',
        metric: 'resolution',
        atPercent: 50,
        action: 'raise_priority',
        waitForWorkingHours: true,
      },
    ],
  });
  ({ usta, manager, desk, organizationId, customerId } = world);
  sla = slaSystemActor(organizationId);
});
afterAll(() => usta?.close());

/** An order received on Monday 16 Nov 2026 at 14:00, stored state computed then. */
const mondayOrder = (priority: string) => mondayOrderOf(world, priority);

const orderRow = async (id: string) =>
  (await usta.db.select().from(workOrders).where(eq(workOrders.id, id)))[0]!;
const slaRow = async (id: string) =>
  (await usta.db.select().from(workOrderSla).where(eq(workOrderSla.workOrderId, id)))[0]!;
const stepsOf = async (id: string) =>
  (
    await usta.db
      .select()
      .from(slaEscalationSteps)
      .where(eq(slaEscalationSteps.workOrderId, id))
      .orderBy(asc(slaEscalationSteps.ruleId), asc(slaEscalationSteps.cycle))
  ).map((s) => ({
    ruleId: s.ruleId,
    cycle: s.cycle,
    metric: s.metric,
    action: s.action,
    dueAt: s.dueAt.toISOString(),
    done: s.doneAt !== null,
    outcome: s.outcome,
  }));
const editsOf = async (id: string) =>
  (
    await usta.db
      .select()
      .from(workOrderActivities)
      .where(and(eq(workOrderActivities.workOrderId, id), eq(workOrderActivities.kind, 'edit')))
      .orderBy(asc(workOrderActivities.occurredAt))
  ).map((a) => ({ data: a.data, actorName: a.actorName, actorId: a.actorId }));
const auditsOf = async (id: string) =>
  (
    await usta.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.actorName, 'SLA')))
      .orderBy(asc(auditEvents.occurredAt))
  ).map((e) => ({ action: e.action, changes: e.changes, actorId: e.actorId }));
const mailsOf = async (id: string) =>
  (
    await usta.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.template, 'sla_escalation'),
          sql`${outboxMessages.data}->>'workOrderId' = ${id}`,
        ),
      )
  )[0]!.n;
/** The stored state without the columns a recompute stamps with its own clock. */
const comparable = (row: typeof workOrderSla.$inferSelect) => ({ ...row, computedAt: undefined });

describe('the escalation job in bulk', () => {
  it('fires a burst of warnings and priority raises once each, like the one-order path', async () => {
    const burst = [];
    for (let i = 0; i < 12; i += 1) burst.push(await mondayOrder('P2'));
    const alreadyP1 = await mondayOrder('P1');
    const closedMeanwhile = await mondayOrder('P2');
    // Closed after its steps were scheduled and before they fire (the stored state still open).
    await usta.db
      .update(workOrders)
      .set({ phase: 'closed', status: 'closed' })
      .where(eq(workOrders.id, closedMeanwhile.id));
    const versions = new Map(
      await Promise.all(burst.map(async (o) => [o.id, (await orderRow(o.id)).version] as const)),
    );

    // Two workers, small batches: the steps of one order land in different batches and workers.
    // No batch may fail (a deadlock between the workers would roll one back and retry it).
    const problems: unknown[] = [];
    const logger = {
      info: () => undefined,
      warn: (e: unknown) => problems.push(e),
      error: (e: unknown) => problems.push(e),
    };
    const worker = () =>
      startSlaEscalationWorker({
        db: usta.db,
        logger,
        pollIntervalMs: 3_600_000,
        claimSize: 5,
        now: () => TUESDAY_0830,
      });
    const [a, b] = [worker(), worker()];
    await Promise.all([a.drain(), b.drain()]);
    expect(await a.drain()).toBe(0);
    await Promise.all([a.stop(), b.stop()]);
    expect(problems).toEqual([]);

    const managers = await mailsOf(burst[0]!.id);
    expect(managers).toBeGreaterThan(0);
    for (const order of burst) {
      const row = await orderRow(order.id);
      expect(row).toMatchObject({ priority: 'P1', priorityOverridden: true });
      expect(row.version).toBe(versions.get(order.id)! + 1);
      expect(await editsOf(order.id)).toEqual([
        {
          data: { fields: ['priority'], escalation: 'raise', priority: { from: 'P2', to: 'P1' } },
          actorName: 'SLA',
          actorId: null,
        },
      ]);
      expect(await auditsOf(order.id)).toEqual([
        { action: 'update', changes: { priority: { before: 'P2', after: 'P1' } }, actorId: null },
      ]);
      expect(await mailsOf(order.id)).toBe(managers);
      const fired = (await stepsOf(order.id)).filter((s) => s.done);
      expect(fired.map((s) => [s.ruleId, s.outcome])).toEqual([
        ['raise', 'priority P2 → P1'],
        ['warn', `notified ${managers}`],
      ]);
      // Stored state at the job's (fake) clock: warned. The raise's edit is stamped with the real
      // time, after that clock, so the P1 targets show from the next recompute on (as in one-order path).
      const stored = await slaRow(order.id);
      expect(stored).toMatchObject({ warned: true, state: 'warning', stale: false });
      // The one-order recompute on the same inputs changes nothing the batch wrote.
      const steps = await stepsOf(order.id);
      await usta.db.transaction((tx) =>
        recomputeWorkOrderSla(tx, organizationId, order.id, TUESDAY_0830.getTime()),
      );
      expect(comparable(await slaRow(order.id))).toEqual(comparable(stored));
      expect(await stepsOf(order.id)).toEqual(steps);
    }

    // Already P1: the raise changes nothing and writes nothing; the warning still goes out.
    expect(await editsOf(alreadyP1.id)).toEqual([]);
    expect((await orderRow(alreadyP1.id)).priority).toBe('P1');
    const p1Steps = await stepsOf(alreadyP1.id);
    expect(p1Steps.find((s) => s.ruleId === 'raise')).toMatchObject({
      done: true,
      outcome: 'priority unchanged',
    });
    expect(p1Steps.find((s) => s.ruleId === 'warn')).toMatchObject({ done: true });

    // Closed in the meantime: nothing escalates, each step is done once as skipped.
    expect(await editsOf(closedMeanwhile.id)).toEqual([]);
    expect(await mailsOf(closedMeanwhile.id)).toBe(0);
    expect((await orderRow(closedMeanwhile.id)).priority).toBe('P2');
    const closedSteps = (await stepsOf(closedMeanwhile.id)).filter((s) => s.action !== 'check');
    expect(closedSteps.map((s) => [s.ruleId, s.outcome])).toEqual([
      ['raise', 'skipped: order finished'],
      ['warn', 'skipped: order finished'],
    ]);
  });

  it('escalates many orders in one call exactly as one call per order does', async () => {
    // Twin orders: the left one through the bulk entry, the right one through the one-order entry.
    const twins = async (priority: string) =>
      [
        await openOrder(usta, desk, customerId, priority),
        await openOrder(usta, desk, customerId, priority),
      ] as const;
    const p3 = await twins('P3');
    const p1 = await twins('P1');
    const p4Twice = await twins('P4');
    const team = await twins('P2');
    const closed = await twins('P3');
    await usta.db
      .update(workOrders)
      .set({ phase: 'closed', status: 'closed' })
      .where(inArray(workOrders.id, [closed[0].id, closed[1].id]));
    const TEAM = '7e3a2f64-5f0e-4c1a-9d8b-1c2d3e4f5a6b';
    const unknown = '00000000-0000-4000-8000-000000000000';
    const change = (o: WorkOrder, c: { raiseLevels?: number; teamId?: string }, ruleId = 'r') => ({
      workOrderId: o.id,
      ruleId,
      ...c,
    });
    const pairs = [
      [p3, { raiseLevels: 1 }],
      [p1, { raiseLevels: 1 }],
      [p4Twice, { raiseLevels: 1 }],
      [p4Twice, { raiseLevels: 1 }],
      [team, { teamId: TEAM }],
      [team, { teamId: TEAM }],
      [closed, { raiseLevels: 2 }],
    ] as const;
    const before = new Map<string, number>();
    for (const [pair] of pairs) for (const o of pair) before.set(o.id, (await orderRow(o.id)).version);

    const bulk = await usta.db.transaction((tx) =>
      escalateWorkOrders(tx, sla, [
        ...pairs.map(([pair, c], i) => change(pair[0], c, `r${i}`)),
        { workOrderId: unknown, ruleId: 'x', raiseLevels: 1 },
      ]),
    );
    const single = await usta.db.transaction(async (tx) => {
      const results = [];
      for (const [i, [pair, c]] of pairs.entries())
        results.push(await escalateWorkOrder(tx, sla, pair[1].id, c, `r${i}`));
      results.push(await escalateWorkOrder(tx, sla, unknown, { raiseLevels: 1 }, 'x'));
      return results;
    });
    expect(bulk).toEqual(single);
    expect(bulk).toEqual([
      { priority: { from: 'P3', to: 'P2' } },
      null,
      { priority: { from: 'P4', to: 'P3' } },
      { priority: { from: 'P3', to: 'P2' } },
      { teamId: { from: null, to: TEAM } },
      null,
      null,
      null,
    ]);
    for (const [[left, right]] of pairs) {
      const [l, r] = [await orderRow(left.id), await orderRow(right.id)];
      for (const key of ['priority', 'priorityOverridden', 'teamId', 'phase'] as const)
        expect(l[key]).toBe(r[key]);
      expect(l.version - before.get(left.id)!).toBe(r.version - before.get(right.id)!);
      expect(await editsOf(left.id)).toEqual(await editsOf(right.id));
      expect(await auditsOf(left.id)).toEqual(await auditsOf(right.id));
    }
    expect((await orderRow(p4Twice[0].id)).version - before.get(p4Twice[0].id)!).toBe(2);
    expect(await editsOf(p1[0].id)).toEqual([]);
    expect(await editsOf(closed[0].id)).toEqual([]);
  });

  it('recomputes many orders in one call to the state the one-order recompute stores', async () => {
    const plain = await openOrder(usta, desk, customerId, 'P3');
    const paused = await openOrder(usta, desk, customerId, 'P2');
    const move = await call(usta, 'POST', `/api/v1/work-orders/${paused.id}/transitions`, manager, {
      to: 'waiting_customer',
    });
    expect(move.statusCode, move.body).toBe(200);
    const raised = await openOrder(usta, desk, customerId, 'P4');
    const patch = await call(usta, 'PATCH', `/api/v1/work-orders/${raised.id}`, manager, {
      priority: 'P1',
      version: raised.version,
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const monday = await mondayOrder('P2');
    const ids = [plain.id, paused.id, raised.id, monday.id];
    // The transitions and edits above are stamped with the real time.
    const nowMs = Date.now();

    const snapshot = async () =>
      Promise.all(ids.map(async (id) => ({ row: await slaRow(id), steps: await stepsOf(id) })));
    await usta.db.transaction(async (tx) => {
      for (const id of ids) await recomputeWorkOrderSla(tx, organizationId, id, nowMs);
    });
    const one = await snapshot();
    // Spoil the stored state and schedule, then rebuild it in one call.
    await usta.db
      .update(workOrderSla)
      .set({ state: 'on_track', priority: 'P4', responseDueAt: null, resolutionDueAt: null, percentUsed: 0 })
      .where(inArray(workOrderSla.workOrderId, ids));
    await usta.db
      .delete(slaEscalationSteps)
      .where(and(inArray(slaEscalationSteps.workOrderId, ids), isNull(slaEscalationSteps.doneAt)));
    const done = await usta.db.transaction((tx) =>
      recomputeWorkOrdersSla(tx, organizationId, [...ids, '00000000-0000-4000-8000-000000000000'], nowMs),
    );
    expect(done.sort()).toEqual([...ids].sort());
    expect(await snapshot()).toEqual(one);
    expect(one.find((o) => o.row.workOrderId === paused.id)!.row).toMatchObject({ paused: true });
    expect(one.find((o) => o.row.workOrderId === raised.id)!.row).toMatchObject({ priority: 'P1' });
  });

  it('refreshes both orders of a merge in its transaction', async () => {
    const survivor = await openOrder(usta, desk, customerId, 'P2');
    const duplicate = await openOrder(usta, desk, customerId, 'P2');
    expect((await stepsOf(duplicate.id)).some((s) => !s.done)).toBe(true);
    const computedBefore = (await slaRow(survivor.id)).computedAt;
    const merged = await call(usta, 'POST', `/api/v1/work-orders/${duplicate.id}/merge`, manager, {
      survivorId: survivor.id,
    });
    expect(merged.statusCode, merged.body).toBe(200);
    // The duplicate is cancelled: its clock stops and nothing is left to escalate.
    expect(await slaRow(duplicate.id)).toMatchObject({
      state: 'stopped',
      nextDueAt: null,
      nextCheckAt: null,
    });
    expect((await stepsOf(duplicate.id)).filter((s) => !s.done)).toEqual([]);
    // The survivor's stored state is recomputed, its schedule still there.
    expect((await slaRow(survivor.id)).computedAt.getTime()).toBeGreaterThan(computedBefore.getTime());
    expect((await stepsOf(survivor.id)).some((s) => !s.done)).toBe(true);
  });
});
