import type { WorkOrderEscalations, WorkOrderSlaSummary } from '@usta/contracts/sla';
import type { WorkOrder, WorkOrderListItem } from '@usta/contracts/work-orders';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUsta } from '../../../test/harness.ts';
import { startSlaEscalationWorker } from './escalation-worker.ts';
import { call, type EscalationWorld, escalationWorld, mondayOrder as mondayOrderOf } from './test-support.ts';

// `GET /work-orders/{id}/sla/escalations` on the demo calendar (Mon–Fri 08:30–12:30, 13:30–18:00,
// Europe/Istanbul) with a fake clock; the process's own worker is off, so only the test fires steps.
process.env.SLA_ESCALATION_WORKER = 'off';

let world: EscalationWorld;
let usta: TestUsta;
let manager: Record<string, string>;
let desk: Record<string, string>;
let customerId: string;
let policyId: string;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  world = await escalationWorld({
    customerName: 'Nermin Aksoy',
    policyName: 'Altın sözleşme',
    priority: 'P3',
    escalationRules: [
      {
        id: 'watch',
        metric: 'resolution',
        atPercent: 25,
        action: 'add_watcher',
        recipients: ['role:planner'],
      },
      { id: 'raise', metric: 'resolution', atPercent: 50, action: 'raise_priority' },
      { id: 'tell-lead', metric: 'resolution', atBreach: true, action: 'notify', recipients: ['team_lead'] },
    ],
  });
  ({ usta, manager, desk, customerId, policyId } = world);
});
afterAll(() => usta?.close());

/** A P3 order received on Monday 16 Nov 2026 at 14:00, its stored state computed then. */
const mondayOrder = () => mondayOrderOf(world, 'P3');

async function runWorkerAt(iso: string) {
  const worker = startSlaEscalationWorker({
    db: usta.db,
    logger: silent,
    pollIntervalMs: 3_600_000,
    now: () => new Date(iso),
  });
  await worker.drain();
  await worker.drain();
  await worker.stop();
}

const escalationsOf = async (id: string, headers = manager) => {
  const response = await call(usta, 'GET', `/api/v1/work-orders/${id}/sla/escalations`, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<WorkOrderEscalations>();
};

describe('GET /api/v1/work-orders/{id}/sla/escalations', () => {
  it('lists the scheduled steps with their rules, due times in the calendar’s offset', async () => {
    const order = await mondayOrder();
    const view = await escalationsOf(order.id, desk);
    expect(view).toMatchObject({
      policyId,
      policyName: 'Altın sözleşme',
      timeZone: 'Europe/Istanbul',
      watchers: [],
    });
    // 8 working hours from Mon 14:00: 25 % at 16:00, 50 % at 18:00, the breach Tue 12:30.
    expect(view.steps).toEqual([
      {
        ruleId: 'watch',
        cycle: 0,
        metric: 'resolution',
        action: 'add_watcher',
        rule: {
          atPercent: 25,
          atBreach: false,
          recipients: [{ value: 'role:planner', name: null }],
          levels: 1,
          teamId: null,
          waitForWorkingHours: false,
        },
        state: 'scheduled',
        dueAt: '2026-11-16T16:00:00+03:00',
        firedAt: null,
        effect: null,
      },
      expect.objectContaining({ ruleId: 'raise', state: 'scheduled', dueAt: '2026-11-16T18:00:00+03:00' }),
      expect.objectContaining({
        ruleId: 'tell-lead',
        state: 'scheduled',
        dueAt: '2026-11-17T12:30:00+03:00',
        rule: expect.objectContaining({ atPercent: null, atBreach: true }),
      }),
    ]);
  });

  it('shows what fired steps did: watchers added with their names, the priority raised', async () => {
    const order = await mondayOrder();
    await runWorkerAt('2026-11-16T18:00:30+03:00');
    const view = await escalationsOf(order.id);
    const watch = view.steps.find((s) => s.ruleId === 'watch' && s.cycle === 0);
    expect(watch).toMatchObject({
      state: 'fired',
      firedAt: '2026-11-16T18:00:30+03:00',
      effect: { kind: 'watchers_added', count: expect.any(Number) },
    });
    const raise = view.steps.find((s) => s.ruleId === 'raise' && s.state === 'fired');
    expect(raise).toMatchObject({
      dueAt: '2026-11-16T18:00:00+03:00',
      firedAt: '2026-11-16T18:00:30+03:00',
      effect: { kind: 'priority_raised', from: 'P3', to: 'P2' },
    });
    const planners = watch!.effect!.kind === 'watchers_added' ? watch!.effect!.count : 0;
    expect(planners).toBeGreaterThan(0);
    expect(view.watchers).toHaveLength(planners);
    expect(view.watchers[0]).toMatchObject({ ruleId: 'watch', name: expect.any(String) });
    expect(view.watchers[0]!.addedAt).toMatch(/\+03:00$/u);
    const detail = await call(usta, 'GET', `/api/v1/work-orders/${order.id}`, manager);
    expect(detail.json<WorkOrder>().priority).toBe('P2');
  });

  it('answers 404 for a technician’s unassigned order, another company’s and an unknown one', async () => {
    const order = await mondayOrder();
    const tech = await usta.as('teknisyen1@demo.usta');
    const byTech = await call(usta, 'GET', `/api/v1/work-orders/${order.id}/sla/escalations`, tech);
    expect(byTech.statusCode).toBe(404);
    expect(byTech.json()).toMatchObject({ code: 'NOT_FOUND' });

    await usta.createOrganization('escother');
    const other = await usta.as('manager@escother.test');
    const foreign = await call(usta, 'GET', `/api/v1/work-orders/${order.id}/sla/escalations`, other);
    const missing = await call(
      usta,
      'GET',
      '/api/v1/work-orders/00000000-0000-4000-8000-00000000abcd/sla/escalations',
      other,
    );
    expect([foreign.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(foreign.json<{ detail: string }>().detail).toBe(missing.json<{ detail: string }>().detail);
  });
});

describe('stored SLA summaries of the work-order detail and list', () => {
  it('carry the calendar’s offset, like /sla/preview', async () => {
    const order = await mondayOrder();
    const detail = await call(usta, 'GET', `/api/v1/work-orders/${order.id}`, desk);
    expect(detail.statusCode, detail.body).toBe(200);
    const sla = detail.json<{ sla: WorkOrderSlaSummary | null }>().sla!;
    expect(sla).toMatchObject({
      policyId,
      responseDueAt: '2026-11-17T12:30:00+03:00',
      resolutionDueAt: '2026-11-17T12:30:00+03:00',
      nextDueAt: '2026-11-17T12:30:00+03:00',
    });
    const list = await call(usta, 'GET', `/api/v1/work-orders?customerId=${customerId}&limit=50`, desk);
    expect(sla.computedAt).toMatch(/^2026-11-16T14:00:00(\.\d{3})?\+03:00$/u);
    const item = list.json<{ items: WorkOrderListItem[] }>().items.find((i) => i.id === order.id);
    // The row carries what its SLA cell shows, with the same offsets; the rest is on the detail.
    expect(item?.sla).toEqual({
      state: sla.state,
      responseDueAt: '2026-11-17T12:30:00+03:00',
      resolutionDueAt: '2026-11-17T12:30:00+03:00',
      nextDueAt: '2026-11-17T12:30:00+03:00',
      percentUsed: sla.percentUsed,
      closedOutcome: null,
    });
  });
});
