// Helpers for the sync integration tests and the sync bench (not imported by the server).
import { randomUUID } from 'node:crypto';
import type { SyncBatchResult, SyncCommandInput } from '@usta/contracts/sync';
import type { WorkOrder } from '@usta/contracts/work-orders';
import type { TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer, makeDevice } from '../work-orders/test-fixtures.ts';

export type Headers = Record<string, string>;

export interface SyncFixture {
  desk: Headers;
  planner: Headers;
  tech: Headers;
  tech2: Headers;
  manager: Headers;
  techId: string;
  tech2Id: string;
  customerId: string;
  deviceId: string;
}

export async function syncFixture(usta: TestUsta): Promise<SyncFixture> {
  const desk = await actorFor(usta, 'cagri@demo.usta');
  const customer = await makeCustomer(usta, desk, 'Ayşe Kaya', {
    emails: ['ayse.kaya@example.com'],
  });
  const device = await makeDevice(usta, desk, customer.id);
  return {
    desk: await usta.as('cagri@demo.usta'),
    planner: await usta.as('planlama@demo.usta'),
    tech: await usta.as('teknisyen1@demo.usta'),
    tech2: await usta.as('teknisyen2@demo.usta'),
    manager: await usta.as('yonetici@demo.usta'),
    techId: (await actorFor(usta, 'teknisyen1@demo.usta')).userId,
    tech2Id: (await actorFor(usta, 'teknisyen2@demo.usta')).userId,
    customerId: customer.id,
    deviceId: device.id,
  };
}

export async function call(
  usta: TestUsta,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  headers: Headers,
  payload?: unknown,
) {
  return usta.app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** An order opened by the desk, planned and assigned to the given technician (status `assigned`). */
export async function assignedOrder(
  usta: TestUsta,
  f: SyncFixture,
  technicianId = f.techId,
): Promise<WorkOrder> {
  const opened = await call(usta, 'POST', '/api/v1/work-orders', f.desk, {
    customerId: f.customerId,
    deviceId: f.deviceId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Kombi sıcak su vermiyor',
  });
  if (opened.statusCode !== 201) throw new Error(opened.body);
  const id = opened.json<WorkOrder>().id;
  for (const to of ['to_plan', 'assigned']) {
    const moved = await call(usta, 'POST', `/api/v1/work-orders/${id}/transitions`, f.planner, { to });
    if (moved.statusCode !== 200) throw new Error(`${to}: ${moved.body}`);
  }
  const assigned = await call(usta, 'PUT', `/api/v1/work-orders/${id}/assignment`, f.planner, {
    technicianIds: [technicianId],
  });
  if (assigned.statusCode !== 200) throw new Error(assigned.body);
  return assigned.json<WorkOrder>();
}

let clock = Date.parse('2026-12-03T08:00:00Z');

/** A command as the phone makes it: fresh id, the phone's clock a minute later each time. */
export function command(
  workOrderId: string,
  type: SyncCommandInput['type'],
  payload: Record<string, unknown>,
  extra: Partial<{ baseVersion: number; createdAt: string; deviceId: string }> = {},
): SyncCommandInput {
  clock += 60_000;
  return {
    commandId: randomUUID(),
    deviceId: extra.deviceId ?? 'phone-1',
    workOrderId,
    baseVersion: extra.baseVersion ?? 1,
    createdAt: extra.createdAt ?? new Date(clock).toISOString(),
    type,
    payload,
  } as SyncCommandInput;
}

export async function sync(usta: TestUsta, headers: Headers, commands: unknown[]): Promise<SyncBatchResult> {
  const response = await call(usta, 'POST', '/api/v1/sync/commands', headers, { commands });
  if (response.statusCode !== 200) throw new Error(`${response.statusCode} ${response.body}`);
  return response.json<SyncBatchResult>();
}
