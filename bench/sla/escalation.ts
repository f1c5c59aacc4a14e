// The SLA escalation job's cost with 100,000 open orders on PostgreSQL.
//   npm run bench:sla-escalation [-- orders]   (BENCH_SLA_WORKERS=2: two workers side by side)
// Server: BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432 (database usta_bench_sla is
// recreated). Writes bench/results/sla-escalation.json; the figures go to sla-escalation.md.
//
// 1. The demo company, 200 customers, N open orders (INSERT … SELECT generate_series) received
//    over the last 3 days, priorities P1–P4 mixed, on the default policy and calendar.
// 2. Every order's stored SLA state and escalation steps through the real recompute (the same
//    function the work-order hooks call), timed.
// 3. The job: the idle poll (nothing due) repeated; then whole minutes of the job — the real
//    worker draining every step due in a one-minute window — for the average minute of the next
//    working week and its busiest minute (08:30 on a working morning, when every rule that waits
//    for working hours falls due at once). Wall time, process CPU and the database's own time.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { createCustomerBodySchema } from '@usta/contracts/customers';
import type { SlaEvent } from '@usta/core/sla';
import { localYearAt } from '@usta/core/work-orders';
import pg from 'pg';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { migrate } from '../../apps/server/src/db/migrate.ts';
import { loadCalendar } from '../../apps/server/src/modules/calendars/index.ts';
import { createCustomer } from '../../apps/server/src/modules/customers/create-customer.ts';
import { seedDemo } from '../../apps/server/src/modules/demo/seed-demo.ts';
import { startSlaEscalationWorker } from '../../apps/server/src/modules/sla/escalation-worker.ts';
import { planOrderSla } from '../../apps/server/src/modules/sla/plan-order-sla.ts';
import { ensureDefaultPolicy } from '../../apps/server/src/modules/sla/policy-repository.ts';
import { recomputeWorkOrderSla } from '../../apps/server/src/modules/sla/recompute-order-sla.ts';
import { slaEscalationSteps, workOrderSla } from '../../apps/server/src/modules/sla/tables.ts';
import { ensureSettings } from '../../apps/server/src/modules/work-orders/settings-repository.ts';
import { benchActor } from '../work-orders/bench-setup.ts';

const TOTAL = Number(process.argv[2] ?? 100_000);
const CUSTOMERS = 200;
/** Workers draining the measured minutes side by side (SKIP LOCKED), like several processes. */
const WORKERS = Math.max(1, Number(process.env.BENCH_SLA_WORKERS ?? 1));
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const url = new URL(adminUrl);
url.pathname = '/usta_bench_sla';
process.env.SLA_ESCALATION_WORKER = 'off';

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS usta_bench_sla WITH (FORCE)');
await admin.query('CREATE DATABASE usta_bench_sla');
await admin.end();

// Migrations and the demo company only (no HTTP app: the job is what is measured).
const pgPool = createPool(url.toString(), 10);
await migrate(pgPool);
const db = createDatabase(pgPool);
await seedDemo(db);
const pool = db.$client;
const actor = await benchActor(db);
await ensureSettings(db, actor.organizationId);
const customers: { id: string; name: string }[] = [];
for (let i = 0; i < CUSTOMERS; i++) {
  const name = `Müşteri ${i}`;
  const c = (await createCustomer(
    db,
    actor,
    createCustomerBodySchema.parse({
      type: 'individual',
      name,
      addresses: [{ province: 'İstanbul', district: 'Kadıköy', line: `Sokak ${i}` }],
    }),
  )) as unknown as { id: string };
  customers.push({ id: c.id, name });
}
const year = localYearAt(new Date());
const t0 = performance.now();
await pool.query(
  `INSERT INTO work_orders (organization_id, number, customer_id, customer_name, channel, type, complaint,
     priority, status, phase, technician_ids, tags, created_at, updated_at)
   SELECT $1, 'SLA-' || $2 || '-' || lpad(i::text, 7, '0'),
     ($3::uuid[])[1 + i % $5], ($4::text[])[1 + i % $5], 'phone', 'fault', 'Kombi arızası ' || i,
     (ARRAY['P1','P2','P2','P3','P3','P3','P4','P4'])[1 + (i / 7) % 8],
     s.status, s.phase, '{}'::uuid[], '{}'::text[], created, created
   FROM generate_series(1, $6::int) AS i,
     LATERAL (SELECT date_trunc('milliseconds', now() - (abs(hashint4(i)) % 259200) * interval '1 second') AS created) c,
     LATERAL (SELECT * FROM (VALUES (60, 'new', 'intake'), (80, 'to_plan', 'planning'), (90, 'assigned', 'assignment'),
       (95, 'waiting_customer', 'waiting_customer'), (100, 'on_site', 'on_site')) v(upto, status, phase)
       WHERE abs(hashint4(i * 7)) % 100 < v.upto ORDER BY v.upto LIMIT 1) s`,
  [actor.organizationId, year, customers.map((c) => c.id), customers.map((c) => c.name), CUSTOMERS, TOTAL],
);
// Every order waiting for the customer went there an hour after it arrived (a status change event).
await pool.query(
  `INSERT INTO work_order_activities (organization_id, work_order_id, kind, visibility, occurred_at, from_status, to_status, data)
   SELECT organization_id, id, 'status_change', 'internal', created_at + interval '1 hour', 'new', 'waiting_customer',
     '{"fromPhase":"intake","toPhase":"waiting_customer","kind":"wait"}'::jsonb
   FROM work_orders WHERE phase = 'waiting_customer' AND created_at + interval '1 hour' < now()`,
);
await pool.query('VACUUM ANALYZE work_orders');
const generateS = (performance.now() - t0) / 1000;
console.log(`${TOTAL} orders inserted in ${generateS.toFixed(1)} s`);

// 2. Stored state: the real recompute (what the work-order hooks run) timed on a sample of 500
//    orders; for the rest the same plan (`planOrderSla`) from events built in bulk, bulk-inserted.
const orders = (
  await pool.query<{
    id: string;
    customer_id: string;
    priority: string;
    status: string;
    phase: string;
    created_at: Date;
    waited_at: Date | null;
  }>(
    `SELECT o.id, o.customer_id, o.priority, o.status, o.phase, o.created_at, a.occurred_at AS waited_at
       FROM work_orders o LEFT JOIN work_order_activities a ON a.work_order_id = o.id AND a.kind = 'status_change'
      WHERE o.number LIKE 'SLA-%' ORDER BY o.id`,
  )
).rows;
const SAMPLE = Math.min(500, orders.length);
const tRecompute = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < SAMPLE; i += 50) {
  await db.transaction(async (tx) => {
    for (const o of orders.slice(i, i + 50)) await recomputeWorkOrderSla(tx, actor.organizationId, o.id);
  });
}
const recomputeCpu = process.cpuUsage(cpu0);
const recomputeS = (performance.now() - tRecompute) / 1000;
console.log(`recompute (real hook path): ${((recomputeS * 1000) / SAMPLE).toFixed(1)} ms per order`);

const policy = await ensureDefaultPolicy(db, actor.organizationId);
const calendar = await loadCalendar(db, actor.organizationId, policy.calendarId ?? undefined);
const tBulk = performance.now();
const nowMs = Date.now();
let slaRows: (typeof workOrderSla.$inferInsert)[] = [];
let stepRows: (typeof slaEscalationSteps.$inferInsert)[] = [];
const flush = async () => {
  if (slaRows.length) await db.insert(workOrderSla).values(slaRows);
  for (let i = 0; i < stepRows.length; i += 5_000)
    await db.insert(slaEscalationSteps).values(stepRows.slice(i, i + 5_000));
  slaRows = [];
  stepRows = [];
};
for (const o of orders.slice(SAMPLE)) {
  const waited = o.waited_at !== null;
  const events: SlaEvent[] = [
    {
      type: 'received',
      at: o.created_at.getTime(),
      priority: o.priority as 'P1',
      phase: waited ? 'intake' : o.phase,
      status: waited ? 'new' : o.status,
    },
  ];
  if (o.waited_at)
    events.push({ type: 'status-changed', at: o.waited_at.getTime(), phase: o.phase, status: o.status });
  const plan = planOrderSla({
    subject: { organizationId: actor.organizationId, customerId: o.customer_id, phase: o.phase },
    events,
    policy,
    calendar,
    existing: null,
    fired: [],
    nowMs,
  });
  slaRows.push({ workOrderId: o.id, ...plan.values });
  for (const d of plan.desired) {
    stepRows.push({
      organizationId: actor.organizationId,
      workOrderId: o.id,
      ruleId: d.ruleId,
      cycle: plan.cycle,
      metric: d.metric,
      action: d.action,
      dueAt: new Date(d.dueAt),
    });
  }
  if (slaRows.length >= 2_000) await flush();
}
await flush();
const bulkS = (performance.now() - tBulk) / 1000;
console.log(`bulk plan + insert of ${orders.length - SAMPLE} orders: ${bulkS.toFixed(1)} s`);
await pool.query('VACUUM ANALYZE work_order_sla');
await pool.query('VACUUM ANALYZE sla_escalation_steps');
const counts = (
  await pool.query<{ steps: number; pending: number; overdue: number }>(
    `SELECT count(*)::int AS steps, count(*) FILTER (WHERE done_at IS NULL)::int AS pending,
            count(*) FILTER (WHERE done_at IS NULL AND due_at <= now())::int AS overdue FROM sla_escalation_steps`,
  )
).rows[0]!;
console.log(`steps ${JSON.stringify(counts)}`);

/** Batches that failed and were retried step by step (a deadlock between workers, say). */
let batchProblems = 0;
const silent = {
  info: () => undefined,
  warn: () => {
    batchProblems += 1;
  },
  error: () => {
    batchProblems += 1;
  },
};
/** Fires everything due up to `at` with the real worker; wall, CPU and steps fired. */
async function runJob(at: Date, batchSize = 1_000_000, workers = 1) {
  const started = Array.from({ length: workers }, () =>
    startSlaEscalationWorker({
      db,
      logger: silent,
      pollIntervalMs: 3_600_000,
      now: () => at,
      batchSize,
    }),
  );
  const cpu = process.cpuUsage();
  const t = performance.now();
  const fired = (await Promise.all(started.map((w) => w.drain()))).reduce((a, b) => a + b, 0);
  const wallMs = performance.now() - t;
  const { user, system } = process.cpuUsage(cpu);
  await Promise.all(started.map((w) => w.stop()));
  return { fired, wallMs, cpuMs: (user + system) / 1000 };
}

// 3a. Steps already overdue belong to the past (a running job fired them then): marked done,
//     not measured.
const backlog = (
  await pool.query(
    `UPDATE sla_escalation_steps SET done_at = due_at, outcome = 'bench: before the measurement'
      WHERE done_at IS NULL AND due_at <= now()`,
  )
).rowCount;
await pool.query('VACUUM ANALYZE sla_escalation_steps');
console.log(`overdue steps marked done: ${backlog}`);

// 3b. The idle poll: nothing due (the steps' own clock: now).
const idle = await runJob(new Date());
const idleRuns: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  await runJob(new Date());
  idleRuns.push(performance.now() - t);
}
idleRuns.sort((a, b) => a - b);
const explain = (
  await pool.query(
    `EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM sla_escalation_steps WHERE done_at IS NULL AND due_at <= now()
     ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
  )
).rows
  .map((r: Record<string, string>) => r['QUERY PLAN'])
  .join('\n');

// 3c. Whole minutes: per-minute counts of pending steps over the next 7 days.
const minutes = (
  await pool.query<{ minute: Date; n: number }>(
    `SELECT date_trunc('minute', due_at) AS minute, count(*)::int AS n FROM sla_escalation_steps
      WHERE done_at IS NULL AND due_at > now() AND due_at < now() + interval '7 days' GROUP BY 1 ORDER BY 1`,
  )
).rows;
const pendingTotal = minutes.reduce((s, m) => s + m.n, 0);
const busiest = [...minutes].sort((a, b) => b.n - a.n)[0]!;
const sorted = [...minutes].sort((a, b) => a.n - b.n);
const median = sorted[Math.floor(sorted.length / 2)]!;
// Replay: minutes in time order up to (and including) the median one, then to the busiest one.
const minuteRuns: {
  label: string;
  minute: string;
  dueInMinute: number;
  fired: number;
  wallMs: number;
  cpuMs: number;
  outcomes: Record<string, number>;
  failedBatchesOrSteps: number;
  loadBefore: number[];
  loadAfter: number[];
}[] = [];
for (const [label, m] of (
  [
    ['median minute with steps', median],
    ['busiest minute', busiest],
  ] as const
)
  .slice()
  .sort((x, y) => x[1].minute.getTime() - y[1].minute.getTime())) {
  // Fire everything before that minute first (not measured), then the minute itself.
  const before = (
    await pool.query(
      `UPDATE sla_escalation_steps SET done_at = due_at, outcome = 'bench: before the measurement'
        WHERE done_at IS NULL AND due_at < $1`,
      [m.minute],
    )
  ).rowCount;
  console.log(`${label}: ${before} earlier steps marked done`);
  // The whole minute is fired (batched claims, the worker's default claim size).
  const loadBefore = loadavg();
  const at = new Date(m.minute.getTime() + 59_999);
  batchProblems = 0;
  // BENCH_CPU_PROFILE=file: a V8 CPU profile of the busiest minute only (open in Chrome DevTools).
  const profile = label === 'busiest minute' && process.env.BENCH_CPU_PROFILE ? new Session() : null;
  if (profile) {
    profile.connect();
    await profile.post('Profiler.enable');
    await profile.post('Profiler.start');
  }
  const run = await runJob(at, 1_000_000, WORKERS);
  if (profile) {
    const { profile: data } = await profile.post('Profiler.stop');
    writeFileSync(process.env.BENCH_CPU_PROFILE!, JSON.stringify(data));
    profile.disconnect();
  }
  // What the fired steps did (the worker stamps done_at with its clock): notified, priority, …
  const outcomes = Object.fromEntries(
    (
      await pool.query<{ kind: string; n: number }>(
        `SELECT split_part(outcome, ' ', 1) AS kind, count(*)::int AS n FROM sla_escalation_steps
          WHERE done_at = $1 GROUP BY 1 ORDER BY 2 DESC`,
        [at],
      )
    ).rows.map((r) => [r.kind, r.n]),
  );
  minuteRuns.push({
    label,
    minute: m.minute.toISOString(),
    dueInMinute: m.n,
    ...run,
    outcomes,
    failedBatchesOrSteps: batchProblems,
    loadBefore,
    loadAfter: loadavg(),
  });
  console.log(label, minuteRuns.at(-1));
}
const perStep = minuteRuns
  .filter((r) => r.fired > 0)
  .map((r) => ({ label: r.label, wallMs: r.wallMs / r.fired, cpuMs: r.cpuMs / r.fired }));
const result = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg() },
  orders: TOTAL,
  workers: WORKERS,
  claimSize: Number(process.env.SLA_CLAIM_SIZE) || 250,
  generateS,
  recompute: {
    sample: SAMPLE,
    perOrderMs: (recomputeS * 1000) / SAMPLE,
    cpuMsPerOrder: (recomputeCpu.user + recomputeCpu.system) / 1000 / SAMPLE,
  },
  bulkPlanAndInsertS: bulkS,
  steps: counts,
  overdueMarkedDone: backlog,
  idle: { first: idle, p50Ms: idleRuns[100], p95Ms: idleRuns[190], maxMs: idleRuns.at(-1) },
  pendingNext7Days: pendingTotal,
  minutesWithSteps: minutes.length,
  averagePerMinuteOverWeek: pendingTotal / (7 * 24 * 60),
  minuteRuns,
  wallMsPerStep: perStep,
  explain,
};
writeFileSync(
  path.resolve(import.meta.dirname, '../results/sla-escalation.json'),
  `${JSON.stringify(result, null, 2)}\n`,
);
console.log(JSON.stringify(result, null, 2));
await pgPool.end();
