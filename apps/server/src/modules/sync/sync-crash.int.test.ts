import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SyncBatchResult } from '@usta/contracts/sync';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { withClient, withDatabase } from '../../../test/global-setup.ts';
import { newTestDatabaseName } from '../../../test/harness.ts';
import { type SpawnedUsta, spawnUsta } from '../../../test/spawn-usta.ts';

const folders: string[] = [];
const running: SpawnedUsta[] = [];
afterAll(async () => {
  for (const usta of running) if (usta.process.exitCode === null) await usta.kill('SIGKILL');
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

async function api<T>(
  url: string,
  method: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function login(url: string, email: string): Promise<string> {
  const { body } = await api<{ accessToken: string }>(`${url}/api/v1/auth/login`, 'POST', null, {
    email,
    password: 'usta-demo',
  });
  return body.accessToken;
}

async function must<T>(promise: Promise<{ status: number; body: T }>, status: number): Promise<T> {
  const result = await promise;
  if (result.status !== status) throw new Error(`${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

describe('a sync batch when the server dies', { timeout: 300_000 }, () => {
  it('loses nothing and doubles nothing: the phone resends the batch after the restart', async () => {
    const { adminUrl, template } = inject('testDatabase');
    const database = newTestDatabaseName(`crash_${Date.now().toString(36)}`);
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
    const dataDir = await mkdtemp(path.join(tmpdir(), 'usta-sync-crash-'));
    folders.push(dataDir);
    await crashAndResend({ DATABASE_URL: withDatabase(adminUrl, database), USTA_DATA_DIR: dataDir }, false);
  });

  it('also when the database dies with it: only answered commands had to be durable', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'usta-sync-crash-pg-'));
    folders.push(dataDir);
    // Always the embedded server, even in the DATABASE_URL run: this test kills the database.
    await crashAndResend({ USTA_DATA_DIR: dataDir, DATABASE_URL: '' }, true);
  });
});

/**
 * Sends a 300-command batch, kills the Usta process (and with `killDatabase` its embedded
 * PostgreSQL too) while it works, restarts, and resends the whole batch as the phone would.
 */
async function crashAndResend(storage: Record<string, string>, killDatabase: boolean) {
  const first = await spawnUsta(storage);
  running.push(first);
  await first.waitReady();
  const url = first.url;
  const desk = await login(url, 'cagri@demo.usta');
  const planner = await login(url, 'planlama@demo.usta');
  const tech = await login(url, 'teknisyen1@demo.usta');
  const me = await must(api<{ id: string }>(`${url}/api/v1/me`, 'GET', tech), 200);
  const customer = await must(
    api<{ id: string }>(`${url}/api/v1/customers`, 'POST', desk, {
      type: 'individual',
      name: 'Kesinti Testi',
      addresses: [{ province: 'İstanbul', district: 'Üsküdar', line: 'Çarşı Sok. 3' }],
    }),
    201,
  );
  const order = await must(
    api<{ id: string }>(`${url}/api/v1/work-orders`, 'POST', desk, {
      customerId: customer.id,
      channel: 'phone',
      type: 'fault',
      complaint: 'Klima soğutmuyor',
    }),
    201,
  );
  for (const to of ['to_plan', 'assigned']) {
    await must(api(`${url}/api/v1/work-orders/${order.id}/transitions`, 'POST', planner, { to }), 200);
  }
  await must(
    api(`${url}/api/v1/work-orders/${order.id}/assignment`, 'PUT', planner, { technicianIds: [me.id] }),
    200,
  );
  const day = await must(
    api<{
      stock: {
        vanWarehouse: { id: string };
        levels: { itemId: string; itemCode: string; quantity: number }[];
      };
    }>(`${url}/api/v1/sync/changes`, 'GET', tech),
    200,
  );
  const cable = day.stock.levels.find((l) => l.itemCode === 'KBL-25')!;

  const NOTES = 200;
  const PARTS = 100;
  const batch: unknown[] = [];
  for (let i = 0; i < NOTES + PARTS; i += 1) {
    const part = i % 3 === 2;
    batch.push({
      commandId: randomUUID(),
      deviceId: 'crash-phone',
      workOrderId: order.id,
      baseVersion: 1,
      createdAt: new Date(Date.parse('2026-12-03T09:00:00Z') + i * 1000).toISOString(),
      ...(part
        ? { type: 'use_part', payload: { itemId: cable.itemId, quantity: 0.1 } }
        : { type: 'add_note', payload: { text: `Not ${i}` } }),
    });
  }
  // How far the server got: the parts on the order (every third command is one).
  const partsSoFar = async (base: string, token: string) =>
    (await must(api<{ items: unknown[] }>(`${base}/api/v1/work-orders/${order.id}/parts`, 'GET', token), 200))
      .items.length;

  // Send the whole batch and kill the server while it works through it.
  const sending = api<SyncBatchResult>(`${url}/api/v1/sync/commands`, 'POST', tech, {
    commands: batch,
  }).catch((error: unknown) => error);
  const deadline = Date.now() + 60_000;
  while ((await partsSoFar(url, tech)) < 7 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20));
  await first.kill('SIGKILL');
  if (killDatabase) {
    // Take the database down just as hard: commits not yet flushed may go, none was answered.
    const pid = Number(
      readFileSync(path.join(storage.USTA_DATA_DIR!, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(pid, 'SIGKILL');
  }
  const answer = await sending;
  expect(answer).toBeInstanceOf(Error); // the phone never got an answer: the batch stays queued

  const second = await spawnUsta(storage);
  running.push(second);
  await second.waitReady();
  const tech2 = await login(second.url, 'teknisyen1@demo.usta');
  const resent = await must(
    api<SyncBatchResult>(`${second.url}/api/v1/sync/commands`, 'POST', tech2, { commands: batch }),
    200,
  );
  expect(
    resent.results.every(
      (r) => r.status === 'applied' || (r.status === 'duplicate' && r.original === 'applied'),
    ),
  ).toBe(true);
  const duplicates = resent.results.filter((r) => r.status === 'duplicate').length;
  // The server got at least 20 commands in before dying (unless the database lost unflushed ones).
  if (!killDatabase) expect(duplicates).toBeGreaterThanOrEqual(20);
  expect(duplicates).toBeLessThan(batch.length);

  const detail = await must(
    api<{ activities: { kind: string; description: string | null }[] }>(
      `${second.url}/api/v1/work-orders/${order.id}`,
      'GET',
      tech2,
    ),
    200,
  );
  const notes = detail.activities.filter((a) => a.kind === 'note').map((a) => a.description);
  const partCommands = batch.filter((c) => (c as { type: string }).type === 'use_part').length;
  expect(notes).toHaveLength(batch.length - partCommands);
  expect(new Set(notes).size).toBe(notes.length);
  const parts = await must(
    api<{ items: unknown[] }>(`${second.url}/api/v1/work-orders/${order.id}/parts`, 'GET', tech2),
    200,
  );
  expect(parts.items).toHaveLength(partCommands);
  const levels = await must(
    api<{ items: { itemId: string; quantity: number }[] }>(
      `${second.url}/api/v1/stock/levels?warehouseId=${day.stock.vanWarehouse.id}`,
      'GET',
      tech2,
    ),
    200,
  );
  const after = levels.items.find((l) => l.itemId === cable.itemId)!.quantity;
  expect(after).toBeCloseTo(cable.quantity - partCommands * 0.1, 3);
  expect(await second.kill('SIGTERM')).toBe(0);
}
