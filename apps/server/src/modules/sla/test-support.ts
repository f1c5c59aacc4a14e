import type { CreateSlaPolicyBody, SlaPolicyResource } from '@usta/contracts/sla';
import type { WorkOrder } from '@usta/contracts/work-orders';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { workOrders } from '../work-orders/tables.ts';
import { actorFor, makeCustomer, userId } from '../work-orders/test-fixtures.ts';
import { recomputeWorkOrderSla } from './recompute-order-sla.ts';

type Headers = Record<string, string>;

export const call = (
  usta: TestUsta,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  headers: Headers,
  payload?: unknown,
) =>
  usta.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

const t = (amount: number, unit: 'minutes' | 'hours' | 'businessDays' = 'hours') => ({ amount, unit });

/** A valid policy body (seed-003 targets) to vary per test. */
export function policyBody(overrides: Partial<CreateSlaPolicyBody> = {}): CreateSlaPolicyBody {
  return {
    name: `Sözleşme ${Math.random().toString(36).slice(2, 8)}`,
    targets: {
      P1: { firstResponse: t(15, 'minutes'), resolution: t(4) },
      P2: { firstResponse: t(1), resolution: t(8) },
      P3: { firstResponse: t(4), resolution: t(2, 'businessDays') },
      P4: { firstResponse: t(1, 'businessDays'), resolution: t(5, 'businessDays') },
    },
    firstResponseMetBy: ['customer_reply', 'assignment'],
    resolvedPhases: ['final_check', 'closed'],
    clockByPhase: {
      waiting_customer: 'paused',
      final_check: 'stopped',
      closed: 'stopped',
      cancelled: 'stopped',
    },
    ...overrides,
  };
}

export async function openOrder(usta: TestUsta, headers: Headers, customerId: string, priority?: string) {
  const response = await call(usta, 'POST', '/api/v1/work-orders', headers, {
    customerId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Klima soğutmuyor',
    ...(priority ? { priority } : {}),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<WorkOrder>();
}

/** Walks an order to final check as the manager (assigning teknisyen1 on the way). */
export async function toFinalCheck(usta: TestUsta, id: string) {
  const manager = await usta.as('yonetici@demo.usta');
  const move = async (to: string) => {
    const r = await call(usta, 'POST', `/api/v1/work-orders/${id}/transitions`, manager, { to });
    expect(r.statusCode, `${to}: ${r.body}`).toBe(200);
  };
  await move('pre_inspection');
  await move('to_plan');
  const tech = await userId(usta, 'teknisyen1@demo.usta');
  const assigned = await call(usta, 'PUT', `/api/v1/work-orders/${id}/assignment`, manager, {
    technicianIds: [tech],
  });
  expect(assigned.statusCode, assigned.body).toBe(200);
  for (const to of ['assigned', 'en_route', 'on_site', 'parts_labour', 'awaiting_approval']) await move(to);
  const approval = await call(usta, 'POST', `/api/v1/work-orders/${id}/approvals`, manager, {
    method: 'signature',
    approvedBy: 'Müşteri',
  });
  expect(approval.statusCode, approval.body).toBe(201);
  for (const [field, value] of [
    ['diagnosis', 'Gaz kaçağı'],
    ['workDone', 'Gaz dolumu yapıldı'],
  ] as const) {
    const current = (await call(usta, 'GET', `/api/v1/work-orders/${id}`, manager)).json<{
      version: number;
    }>();
    const patched = await call(usta, 'PATCH', `/api/v1/work-orders/${id}`, manager, {
      [field]: value,
      version: current.version,
    });
    expect(patched.statusCode, patched.body).toBe(200);
  }
  await move('final_check');
  return manager;
}

/** What the escalation tests (job, bulk path, routes) build once per file. */
export interface EscalationWorld {
  usta: TestUsta;
  /** yonetici@demo.usta's headers. */
  manager: Headers;
  /** cagri@demo.usta's headers (the desk, which opens the orders). */
  desk: Headers;
  organizationId: string;
  customerId: string;
  policyId: string;
}

/**
 * A fresh Usta on the demo company's calendar (Mon–Fri 08:30–12:30, 13:30–18:00,
 * Europe/Istanbul) whose new customer has a policy with the given escalation rules, its
 * `priority` target 8 working hours for both first response and resolution.
 */
export async function escalationWorld(options: {
  customerName: string;
  policyName: string;
  priority: keyof CreateSlaPolicyBody['targets'];
  escalationRules: CreateSlaPolicyBody['escalationRules'];
}): Promise<EscalationWorld> {
  const usta = await createTestUsta();
  try {
    const manager = await usta.as('yonetici@demo.usta');
    const desk = await usta.as('cagri@demo.usta');
    const actor = await actorFor(usta, 'cagri@demo.usta');
    const customerId = (await makeCustomer(usta, actor, options.customerName)).id;
    const body = policyBody({ name: options.policyName, escalationRules: options.escalationRules });
    body.targets[options.priority] = {
      firstResponse: { amount: 8, unit: 'hours' },
      resolution: { amount: 8, unit: 'hours' },
    };
    const policy = await call(usta, 'POST', '/api/v1/sla/policies', manager, body);
    expect(policy.statusCode, policy.body).toBe(201);
    const policyId = policy.json<SlaPolicyResource>().id;
    const put = await call(usta, 'PUT', `/api/v1/sla/customer-policies/${customerId}`, manager, { policyId });
    expect(put.statusCode, put.body).toBe(200);
    return { usta, manager, desk, organizationId: actor.organizationId, customerId, policyId };
  } catch (error) {
    await usta.close();
    throw error;
  }
}

/** Monday 16 Nov 2026, 14:00 in İstanbul: when the escalation tests' orders are received. */
export const MONDAY_1400 = Date.parse('2026-11-16T14:00:00+03:00');

/** An order of the world's customer received on Monday 16 Nov 2026 at 14:00, stored state computed then. */
export async function mondayOrder(world: EscalationWorld, priority: string): Promise<WorkOrder> {
  const { usta } = world;
  const order = await openOrder(usta, world.desk, world.customerId, priority);
  await usta.db
    .update(workOrders)
    .set({ createdAt: new Date(MONDAY_1400) })
    .where(eq(workOrders.id, order.id));
  await usta.db.transaction((tx) => recomputeWorkOrderSla(tx, world.organizationId, order.id, MONDAY_1400));
  return order;
}
