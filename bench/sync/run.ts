// Field sync benchmark (issue 7), against a real Usta process on a server PostgreSQL:
//  1. one device sends 1,000 queued commands (batches of BENCH_BATCH, default 100) — wall time,
//     target < 5 s; then the same 1,000 again (all duplicates);
//  2. 50 devices (50 technicians, an order each) send 40 commands each at once — throughput.
// Besides wall time it records the CPU the Usta process spent per command (less load-dependent).
//   npm run bench:sync            (BENCH_DATABASE_URL: an admin URL of the PostgreSQL server)
// Results go to bench/results/sync.json and bench/results/sync.md.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { SyncBatchResult } from '@usta/contracts/sync';
import pg from 'pg';
import { findFreePort } from '../../apps/server/src/db/embedded-postgres.ts';

const root = path.resolve(import.meta.dirname, '../..');
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const DEVICES = Number(process.env.BENCH_DEVICES ?? 50);
const PER_DEVICE = Number(process.env.BENCH_PER_DEVICE ?? 40);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = '/usta_bench_sync';
  return url.toString();
})();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function startServer() {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/server/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      USTA_ACCESS_TOKEN_TTL: '3600',
      USTA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'usta-bench-sync-')),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => child.on('exit', () => resolve()).kill('SIGTERM')),
  };
}

let base = '';
async function api<T>(method: string, url: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}
const login = async (email: string, password = 'usta-demo') =>
  (await api<{ accessToken: string }>('POST', '/api/v1/auth/login', null, { email, password })).accessToken;

async function orderFor(desk: string, planner: string, customerId: string, technicianId: string) {
  const order = await api<{ id: string }>('POST', '/api/v1/work-orders', desk, {
    customerId,
    channel: 'phone',
    type: 'fault',
    complaint: 'Kombi sıcak su vermiyor',
  });
  for (const to of ['to_plan', 'assigned'])
    await api('POST', `/api/v1/work-orders/${order.id}/transitions`, planner, { to });
  await api('PUT', `/api/v1/work-orders/${order.id}/assignment`, planner, { technicianIds: [technicianId] });
  return order.id;
}

/** A realistic queue for one visit: the four steps, notes, time entries, parts and diagnosis edits. */
function queue(workOrderId: string, deviceId: string, n: number, itemId: string | null): unknown[] {
  const start = Date.parse('2026-12-03T08:00:00Z');
  const commands: unknown[] = [];
  const steps = ['en_route', 'arrived', 'work_started'];
  for (let i = 0; i < n; i += 1) {
    const envelope = {
      commandId: randomUUID(),
      deviceId,
      workOrderId,
      baseVersion: 1,
      createdAt: new Date(start + i * 1000).toISOString(),
    };
    let body: { type: string; payload: Record<string, unknown> };
    if (i < steps.length) body = { type: 'set_status', payload: { step: steps[i] } };
    else if (i === n - 1) body = { type: 'set_status', payload: { step: 'work_finished' } };
    else if (i % 10 === 0 && itemId) body = { type: 'use_part', payload: { itemId, quantity: 0.1 } };
    else if (i % 10 === 1)
      body = {
        type: 'add_time_entry',
        payload: {
          startedAt: new Date(start).toISOString(),
          endedAt: new Date(start + 600_000).toISOString(),
        },
      };
    else if (i % 25 === 2)
      body = { type: 'record_diagnosis', payload: { diagnosis: `Tespit ${i}`, workDone: `İş ${i}` } };
    else body = { type: 'add_note', payload: { text: `Saha notu ${i}: kontrol edildi` } };
    commands.push({ ...envelope, ...body });
  }
  return commands;
}

async function send(token: string, commands: unknown[], batch: number, latencies: number[]) {
  const counts: Record<string, number> = {};
  for (let i = 0; i < commands.length; i += batch) {
    const t0 = performance.now();
    const { results } = await api<SyncBatchResult>('POST', '/api/v1/sync/commands', token, {
      commands: commands.slice(i, i + batch),
    });
    latencies.push(performance.now() - t0);
    for (const r of results) {
      const key = r.reason ? `${r.status}:${r.reason.code}` : r.status;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

/** CPU milliseconds (user + system) the process has used. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

async function main() {
  await admin('DROP DATABASE IF EXISTS usta_bench_sync WITH (FORCE)');
  await admin('CREATE DATABASE usta_bench_sync');
  const server = await startServer();
  base = server.url;
  const load = loadavg();
  try {
    const adminToken = await login('admin@demo.usta');
    const desk = await login('cagri@demo.usta');
    const planner = await login('planlama@demo.usta');
    const customer = await api<{ id: string }>('POST', '/api/v1/customers', desk, {
      type: 'individual',
      name: 'Bench Müşteri',
      addresses: [{ province: 'İstanbul', district: 'Kadıköy', line: 'Moda Cad. 1' }],
    });
    const tech1 = await login('teknisyen1@demo.usta');
    const me = await api<{ id: string }>('GET', '/api/v1/me', tech1);
    const day = await api<{ stock: { levels: { itemId: string; itemCode: string }[] } }>(
      'GET',
      '/api/v1/sync/changes',
      tech1,
    );
    const cable = day.stock.levels.find((l) => l.itemCode === 'KBL-25')!.itemId;

    // 1. One device, 1,000 commands.
    const single = queue(await orderFor(desk, planner, customer.id, me.id), 'bench-phone-1', 1000, cable);
    const singleLatencies: number[] = [];
    let cpu0 = cpuMs(server.pid);
    let t0 = performance.now();
    const singleCounts = await send(tech1, single, BATCH, singleLatencies);
    const singleMs = performance.now() - t0;
    const singleCpu = cpuMs(server.pid) - cpu0;
    const replayLatencies: number[] = [];
    t0 = performance.now();
    const replayCounts = await send(tech1, single, BATCH, replayLatencies);
    const replayMs = performance.now() - t0;
    console.log(`1 device, 1000 commands in batches of ${BATCH}: ${singleMs.toFixed(0)} ms`, singleCounts);
    console.log(`  replayed: ${replayMs.toFixed(0)} ms`, replayCounts);

    // 2. 50 devices at once, each with its own technician and order (no van: parts only for demo vans).
    const devices: { token: string; commands: unknown[] }[] = [];
    for (let d = 0; d < DEVICES; d += 1) {
      const email = `bench-tech-${d}@demo.usta`;
      const user = await api<{ id: string }>('POST', '/api/v1/users', adminToken, {
        email,
        name: `Bench Teknisyen ${d}`,
        password: 'bench-password-1',
        roles: ['technician'],
      });
      const token = await login(email, 'bench-password-1');
      const orderId = await orderFor(desk, planner, customer.id, user.id);
      devices.push({ token, commands: queue(orderId, `bench-phone-${d}`, PER_DEVICE, null) });
    }
    const manyLatencies: number[] = [];
    cpu0 = cpuMs(server.pid);
    t0 = performance.now();
    const manyCounts = await Promise.all(devices.map((d) => send(d.token, d.commands, 20, manyLatencies)));
    const manyMs = performance.now() - t0;
    const manyCpu = cpuMs(server.pid) - cpu0;
    const total = DEVICES * PER_DEVICE;
    const merged: Record<string, number> = {};
    for (const c of manyCounts) for (const [k, v] of Object.entries(c)) merged[k] = (merged[k] ?? 0) + v;
    console.log(
      `${DEVICES} devices × ${PER_DEVICE}: ${manyMs.toFixed(0)} ms, ${((total / manyMs) * 1000).toFixed(0)} commands/s`,
      merged,
    );

    const result = {
      date: new Date().toISOString(),
      loadavgBefore: load,
      loadavgAfter: loadavg(),
      single: {
        commands: single.length,
        batch: BATCH,
        ms: Math.round(singleMs),
        commandsPerSecond: Math.round((single.length / singleMs) * 1000),
        serverCpuMsPerCommand: Number((singleCpu / single.length).toFixed(2)),
        batchP50Ms: Math.round(pct(singleLatencies, 50)),
        batchP95Ms: Math.round(pct(singleLatencies, 95)),
        counts: singleCounts,
        replayMs: Math.round(replayMs),
        replayCounts,
      },
      concurrent: {
        devices: DEVICES,
        perDevice: PER_DEVICE,
        batch: 20,
        ms: Math.round(manyMs),
        commandsPerSecond: Math.round((total / manyMs) * 1000),
        serverCpuMsPerCommand: Number((manyCpu / total).toFixed(2)),
        batchP50Ms: Math.round(pct(manyLatencies, 50)),
        batchP95Ms: Math.round(pct(manyLatencies, 95)),
        counts: merged,
      },
    };
    writeFileSync(path.join(root, 'bench/results/sync.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await server.stop();
    await admin('DROP DATABASE IF EXISTS usta_bench_sync WITH (FORCE)');
  }
}

await main();
