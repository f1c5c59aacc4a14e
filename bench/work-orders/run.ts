// Work-order benchmark (issue 3), on the database `generate.ts` made (1,000,000 orders):
//  1. the list's first page with a status filter and a free-text search, 32 connections — p95;
//  2. POST /api/v1/work-orders throughput, 32 connections;
//  3. EXPLAIN (ANALYZE, BUFFERS) of the list query exactly as the API builds it.
//   npm run bench:work-orders            (BENCH_DATABASE_URL to point elsewhere)
// BENCH_WORKERS=N runs the API as N processes on one port (cluster-server.ts); BENCH_SECONDS the
// duration of each measured run; BENCH_ONLY=list|create one scenario. Every run records the CPU
// the API processes, this database's PostgreSQL backends and the whole machine spent, per request.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listWorkOrdersFullQuerySchema } from '@usta/contracts/work-orders';
import autocannon from 'autocannon';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { findFreePort } from '../../apps/server/src/db/embedded-postgres.ts';
import { buildListQuery } from '../../apps/server/src/modules/work-orders/list-work-orders.ts';
import {
  benchActor,
  benchDatabaseUrl,
  LIST_QUERIES,
  postgresCpuSeconds,
  removeBenchCreatedOrders,
  statFields,
} from './bench-setup.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const ONLY = process.env.BENCH_ONLY ?? '';
const { url: databaseUrl } = benchDatabaseUrl();

/** Status filter + free text, as an agent types it: rotated so no single plan is cached hot. */

async function startServer() {
  const port = await findFreePort();
  const entry = WORKERS > 1 ? 'bench/work-orders/cluster-server.ts' : 'apps/server/src/main.ts';
  // The API runs with the flags `npm start` gives it (a larger young generation: fewer scavenges
  // per list page); BENCH_NODE_ARGS adds more, e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`.
  const nodeArgs = [
    '--max-semi-space-size=32',
    ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean),
  ];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd: root,
    env: {
      ...process.env,
      BENCH_WORKERS: String(WORKERS),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      USTA_DEMO: '0',
      USTA_ACCESS_TOKEN_TTL: '3600',
      USTA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'usta-bench-run-')),
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const HZ = 100;

/** CPU seconds (user + system) of the server process and all its descendants (cluster workers). */
function cpuSeconds(pid: number): number {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const fields = statFields(entry);
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {}
  }
  let total = 0;
  for (const [candidate, own] of ticks) {
    for (let p: number | undefined = candidate; p && p > 1; p = parents.get(p)) {
      if (p === pid) {
        total += own;
        break;
      }
    }
  }
  return total / HZ;
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/u);
  const n = values.map(Number);
  const idle = (n[3] ?? 0) + (n[4] ?? 0);
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

async function load(options: autocannon.Options) {
  const cpuBefore = cpuSeconds(serverPid);
  const pgBefore = postgresCpuSeconds();
  const machineBefore = machineTicks();
  const loadBefore = loadAverage();
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  // Without a callback autocannon returns an emitter that is also a promise of the result.
  const instance = autocannon({
    connections: CONNECTIONS,
    duration: DURATION,
    ...options,
  }) as unknown as autocannon.Instance & PromiseLike<autocannon.Result>;
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await instance;
  const cpuAfter = cpuSeconds(serverPid);
  const pgAfter = postgresCpuSeconds();
  const machineAfter = machineTicks();
  latencies.sort((a, b) => a - b);
  const perRequest = (seconds: number) =>
    Number(((seconds * 1000) / Math.max(1, latencies.length)).toFixed(2));
  return {
    requests: latencies.length,
    perSecond: latencies.length / Number(options.duration ?? DURATION),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    statuses: Object.fromEntries(statuses),
    errors: result.errors,
    timeouts: result.timeouts,
    serverCpuMsPerRequest: perRequest(cpuAfter - cpuBefore),
    postgresCpuMsPerRequest: perRequest(pgAfter - pgBefore),
    machineCpuMsPerRequest: perRequest((machineAfter.busy - machineBefore.busy) / HZ),
    machineBusyPercent: Math.round(
      (100 * (machineAfter.busy - machineBefore.busy)) /
        Math.max(1, machineAfter.total - machineBefore.total),
    ),
    loadAverage: { before: loadBefore, after: loadAverage() },
  };
}

{
  // Earlier create runs' orders out first, so the list measures the generated data (bench-setup.ts).
  const cleanup = createPool(databaseUrl, 1);
  console.log('removed earlier bench orders:', await removeBenchCreatedOrders(cleanup));
  await cleanup.end();
}
const server = await startServer();
const serverPid = server.pid;
const login = await fetch(`${server.url}/api/v1/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'cagri@demo.usta', password: 'usta-demo' }),
});
const { accessToken } = (await login.json()) as { accessToken: string };
const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };

const pool = createPool(databaseUrl, 4);
const db = createDatabase(pool);
const actor = await benchActor(db);
const { rows: counts } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM work_orders');
const customerIds = (
  await pool.query<{ customer_id: string }>('SELECT DISTINCT customer_id FROM work_orders LIMIT 500')
).rows.map((r) => r.customer_id);

let next = 0;
const listRequest = [
  {
    setupRequest: (req: autocannon.Request) => ({
      ...req,
      path: `/api/v1/work-orders?${new URLSearchParams(LIST_QUERIES[next++ % LIST_QUERIES.length])}`,
    }),
  },
];
const skip = (scenario: string) => ONLY !== '' && ONLY !== scenario;
// Warm-up: the first requests compile plans and fill caches; not measured.
await load({ url: server.url, headers, duration: 3, requests: listRequest } as autocannon.Options).catch(
  () => undefined,
);
const list = skip('list') ? null : await load({ url: server.url, headers, requests: listRequest });
console.log('list', list);
// The same list from one client at a time: the latency of a request that does not queue.
const listSingle = skip('list')
  ? null
  : await load({ url: server.url, headers, connections: 1, duration: 10, requests: listRequest });
console.log('list, one connection', listSingle);
// The tab bar without filters (maintained counts), 32 connections.
const tabCounts = skip('counts')
  ? null
  : await load({
      url: server.url,
      headers,
      duration: Math.min(DURATION, 10),
      requests: [{ path: '/api/v1/work-orders/counts' }],
    });
console.log('tab counts', tabCounts);

const createRequests: autocannon.Request[] = [
  {
    setupRequest: (req) => ({
      ...req,
      method: 'POST',
      path: '/api/v1/work-orders',
      body: JSON.stringify({
        customerId: customerIds[next++ % customerIds.length],
        channel: 'phone',
        type: 'fault',
        complaint: 'Kombi sıcak su vermiyor (bench)',
        impact: 'medium',
        urgency: 'high',
      }),
    }),
  },
];
// Warm-up of the create path (first compilations), not measured.
if (!skip('create')) {
  await load({ url: server.url, headers, method: 'POST', duration: 3, requests: createRequests });
}
const create = skip('create')
  ? null
  : await load({
      url: server.url,
      headers,
      method: 'POST',
      requests: createRequests,
    });
console.log('create', create);
await server.stop();

const explain = async (query: Record<string, string>, windowed = false) => {
  const { sql, params } = await buildListQuery(
    db,
    actor,
    listWorkOrdersFullQuerySchema.parse(query),
    windowed,
  );
  const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  return { sql, plan: rows.map((r) => r['QUERY PLAN']).join('\n') };
};
const plans = [
  { label: 'windowed: status=to_plan&q=kombi', ...(await explain({ status: 'to_plan', q: 'kombi' }, true)) },
  {
    label: 'windowed: status=waiting_parts&q=bakım',
    ...(await explain({ status: 'waiting_parts', q: 'bakım' }, true)),
  },
  {
    label: 'windowed: status=new&q=Ayşe (customer name)',
    ...(await explain({ status: 'new', q: 'Ayşe' }, true)),
  },
  {
    label: 'plain: status=waiting_parts&q=bakım',
    ...(await explain({ status: 'waiting_parts', q: 'bakım' })),
  },
  { label: 'plain, rare term: status=closed&q=zzzq', ...(await explain({ status: 'closed', q: 'zzzq' })) },
];
const counterPlan = (
  await pool.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) INSERT INTO work_order_counters (organization_id, year, last_sequence)
     VALUES ($1, 2026, 1) ON CONFLICT (organization_id, year)
     DO UPDATE SET last_sequence = work_order_counters.last_sequence + 1 RETURNING last_sequence`,
    [actor.organizationId],
  )
).rows
  .map((r) => r['QUERY PLAN'])
  .join('\n');
await pool.query(
  'UPDATE work_order_counters SET last_sequence = last_sequence - 1 WHERE organization_id = $1 AND year = 2026',
  [actor.organizationId],
);
await pool.end();

const machine = {
  nproc: execSync('nproc').toString().trim(),
  cpu: execSync("lscpu | grep 'Model name'").toString().replace('Model name:', '').trim(),
  memory: execSync('free -g | awk \'/Mem:/ {print $2 " GB"}\'').toString().trim(),
  postgres: execSync(`psql "${databaseUrl}" -Atc 'SELECT version()'`).toString().trim(),
  node: process.version,
};
const result = {
  date: new Date().toISOString(),
  apiProcesses: WORKERS,
  machine,
  workOrders: counts[0]!.n,
  durationSeconds: DURATION,
  connections: CONNECTIONS,
  list,
  listSingle,
  tabCounts,
  create,
  plans,
  counterPlan,
};
const file = `bench/results/work-orders${WORKERS > 1 ? `-${WORKERS}-processes` : ''}${ONLY ? `-${ONLY}` : ''}.json`;
writeFileSync(path.join(root, file), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  JSON.stringify({
    list: list && { p95: list.p95, perSecond: list.perSecond },
    create: create && { perSecond: create.perSecond },
  }),
);
