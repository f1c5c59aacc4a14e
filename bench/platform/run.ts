// Platform benchmark (issue 2): cold start to /readyz on an existing data folder and the Node
// process's resident memory after start — on the embedded PostgreSQL and on a server
// PostgreSQL — and authenticated GET /api/v1/me throughput with autocannon (32 connections).
//   npm run bench:platform
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { findFreePort } from '../../apps/server/src/db/embedded-postgres.ts';

const root = path.resolve(import.meta.dirname, '../..');
const serverEntry = path.join(root, 'apps/server/dist/main.js');
const RUNS = 5;

interface Started {
  readyMs: number;
  rssMb: number;
  url: string;
  stop(): Promise<void>;
}

async function startOnce(env: Record<string, string>): Promise<Started> {
  const port = await findFreePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [serverEntry], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 10));
  }
  const readyMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return {
    readyMs,
    rssMb: rssKb / 1024,
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function coldStarts(label: string, env: Record<string, string>) {
  const first = await startOnce(env); // creates the data / schema / demo users
  await first.stop();
  const ready: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await startOnce(env);
    ready.push(run.readyMs);
    rss.push(run.rssMb);
    await run.stop();
  }
  console.log(
    `${label}: ready median ${median(ready).toFixed(0)} ms, RSS median ${median(rss).toFixed(0)} MB`,
  );
  return {
    label,
    readyMs: ready.map(Math.round),
    rssMb: rss.map(Math.round),
    readyMedianMs: Math.round(median(ready)),
    rssMedianMb: Math.round(median(rss)),
  };
}

async function meThroughput(env: Record<string, string>) {
  const server = await startOnce(env);
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.usta', password: 'usta-demo' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const result = await autocannon({
    url: `${server.url}/api/v1/me`,
    connections: 32,
    duration: 10,
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await server.stop();
  const summary = {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
  console.log('GET /api/v1/me:', summary);
  return summary;
}

async function main() {
  execSync('npm run build -w @usta/server', { cwd: root, stdio: 'inherit' });
  const embeddedDir = mkdtempSync(path.join(tmpdir(), 'usta-bench-'));
  const embedded = await coldStarts('embedded PostgreSQL 18', {
    USTA_DATA_DIR: embeddedDir,
    DATABASE_URL: '',
  });

  const serverUrl = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `usta_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const version = (await admin.query('SHOW server_version')).rows[0].server_version as string;
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${database}`;
  const server = await coldStarts(`server PostgreSQL ${version}`, {
    USTA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'usta-bench-')),
    DATABASE_URL: dbUrl.toString(),
  });
  const throughput = await meThroughput({ USTA_DATA_DIR: embeddedDir, DATABASE_URL: '' });
  await admin.query(`DROP DATABASE ${database} WITH (FORCE)`);
  await admin.end();

  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    load: readFileSync('/proc/loadavg', 'utf8').trim(),
    date: new Date().toISOString(),
  };
  const results = { machine, coldStart: [embedded, server], me: throughput };
  writeFileSync(path.join(root, 'bench/results/platform.json'), `${JSON.stringify(results, null, 2)}\n`);
  const md = `# Platform benchmark

\`npm run bench:platform\` — ${machine.date}

Machine: ${machine.cpus} cores, ${machine.model}, Node ${machine.node}; load average at the end: ${machine.load}
(other work was running on the machine; figures are medians of ${RUNS} runs).

## Cold start to /readyz on an existing data folder, and resident memory of the Node process
Target: under 3 s and under 250 MB.

| database | ready (median) | all runs (ms) | RSS (median) | all runs (MB) |
|---|---|---|---|---|
${[embedded, server].map((r) => `| ${r.label} | ${r.readyMedianMs} ms | ${r.readyMs.join(', ')} | ${r.rssMedianMb} MB | ${r.rssMb.join(', ')} |`).join('\n')}

The embedded figure includes starting PostgreSQL itself (\`pg_ctl start -w\`) and stopping an
earlier server is not needed (clean shutdown before each run).

## Authenticated GET /api/v1/me — autocannon, 32 connections, 10 s, embedded PostgreSQL
Every request verifies the JWT and loads session + user in one query (decision 0004).

| requests/s | p50 | p99 | non-2xx | errors |
|---|---|---|---|---|
| ${throughput.requestsPerSecond} | ${throughput.latencyP50Ms} ms | ${throughput.latencyP99Ms} ms | ${throughput.non2xx} | ${throughput.errors} |
`;
  writeFileSync(path.join(root, 'bench/results/platform.md'), md);
  console.log(md);
}

await main();
