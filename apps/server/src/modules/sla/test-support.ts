import type { CreateSlaPolicyBody } from '@usta/contracts/sla';
import type { WorkOrder } from '@usta/contracts/work-orders';
import { expect } from 'vitest';
import type { TestUsta } from '../../../test/harness.ts';
import { userId } from '../work-orders/test-fixtures.ts';

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
