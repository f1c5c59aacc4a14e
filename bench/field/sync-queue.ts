// Field sync (issue 7): 1,000 commands queued on one phone while offline, then sent when it comes
// back online — measured end to end in Chromium: the field app reads its IndexedDB queue, sends
// it in batches of 100 to POST /api/v1/sync/commands, and the server applies every command.
// Target: < 5 s on this machine. Runs the API from source on an embedded PostgreSQL with demo data.
//   npm run bench:field:sync      (BENCH_COMMANDS=N to change the count, BENCH_RUNS=N the repeats)
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findFreePort } from '../../apps/server/src/db/embedded-postgres.ts';

const root = path.resolve(import.meta.dirname, '../..');
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TECHNICIAN = 'teknisyen1@demo.usta';

async function startServer() {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      USTA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'usta-bench-field-')),
      USTA_WEB_DIST: path.join(root, 'apps/web/dist'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

async function json<T>(url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const response = await fetch(url, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** An order for today, assigned to the technician (the office side, over the API). */
async function assignedOrder(url: string): Promise<string> {
  const login = (email: string) =>
    json<{ accessToken: string; user: { id: string } }>(`${url}/api/v1/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email, password: 'usta-demo' }),
    });
  const office = await login('admin@demo.usta');
  const technician = await login(TECHNICIAN);
  const customer = await json<{ id: string }>(`${url}/api/v1/customers`, {
    method: 'POST',
    token: office.accessToken,
    body: JSON.stringify({ type: 'individual', name: 'Bench Müşteri' }),
  });
  const created = await json<{ id: string }>(`${url}/api/v1/work-orders`, {
    method: 'POST',
    token: office.accessToken,
    body: JSON.stringify({
      customerId: customer.id,
      channel: 'phone',
      type: 'fault',
      complaint: 'Bench',
      status: 'to_plan',
      technicianIds: [technician.user.id],
    }),
  });
  await json(`${url}/api/v1/work-orders/${created.id}/transitions`, {
    method: 'POST',
    token: office.accessToken,
    body: JSON.stringify({ to: 'assigned' }),
  });
  return created.id;
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
const timings: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const orderId = await assignedOrder(server.url);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/field/`);
    await page.getByTestId('login-email').fill(TECHNICIAN);
    await page.getByTestId('login-password').fill('usta-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('jobs').waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="sync-last"]')?.textContent?.includes(':'),
    );
    await context.setOffline(true);
    // The queue rows exactly as the app writes them (src/sync/queue.ts), straight into IndexedDB.
    await page.evaluate(
      async ({ orderId, count }) => {
        const db: IDBDatabase = await new Promise((resolve, reject) => {
          const request = indexedDB.open('usta-field');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const order = await new Promise<{ version: number }>((resolve) => {
          const request = db.transaction('orders').objectStore('orders').get(orderId);
          request.onsuccess = () => resolve(request.result);
        });
        const tx = db.transaction('queue', 'readwrite');
        for (let i = 0; i < count; i++) {
          const commandId = crypto.randomUUID();
          tx.objectStore('queue').add({
            commandId,
            workOrderId: orderId,
            type: 'add_note',
            attempts: 0,
            command: {
              commandId,
              deviceId: 'field-bench',
              workOrderId: orderId,
              baseVersion: order.version,
              createdAt: new Date().toISOString(),
              type: 'add_note',
              payload: { text: `Not ${i + 1}`, visibility: 'internal' },
            },
          });
        }
        await new Promise((resolve) => {
          tx.oncomplete = resolve;
        });
        db.close();
      },
      { orderId, count: COMMANDS },
    );
    await page.reload();
    await page.waitForFunction(
      (count) =>
        document.querySelector('[data-testid="sync-badge"]')?.getAttribute('data-pending') === String(count),
      COMMANDS,
    );
    // Server time per batch (request sent → response end), to tell the API's share from the phone's.
    const serverMs: number[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().endsWith('/api/v1/sync/commands')) return;
      const timing = request.timing();
      serverMs.push(timing.responseEnd - timing.requestStart);
    });
    const started = performance.now();
    await context.setOffline(false); // the app's 'online' handler starts the sync
    await page.waitForFunction(
      () => document.querySelector('[data-testid="sync-badge"]')?.getAttribute('data-pending') === '0',
      undefined,
      { timeout: 120_000, polling: 20 },
    );
    const ms = performance.now() - started;
    timings.push(ms);
    const rejected = await page.evaluate(
      () => document.querySelector('[data-testid="banner-rejected"]')?.textContent ?? 'none',
    );
    const inServer = serverMs.reduce((sum, x) => sum + x, 0);
    console.log(
      `run ${run + 1}: ${COMMANDS} commands sent and applied in ${(ms / 1000).toFixed(2)} s ` +
        `(${serverMs.length} batches, ${(inServer / 1000).toFixed(2)} s waiting on the API; rejected: ${rejected})`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
const sorted = [...timings].sort((a, b) => a - b);
console.log(
  `median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(2)} s over ${RUNS} runs (target < 5 s) — ${
    sorted[Math.floor(sorted.length / 2)]! < 5000 ? 'MET' : 'NOT MET'
  }`,
);
