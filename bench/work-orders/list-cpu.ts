// CPU of one list page in-process, split into its steps (no HTTP, no autocannon), sequential,
// plus the CPU of the pool's PostgreSQL backends (from /proc, same machine only):
//   [LIST_QUERIES='status=new&q=kombi;…'] node --import tsx bench/work-orders/list-cpu.ts [pages]
import { readFileSync } from 'node:fs';
import { listWorkOrdersFullQuerySchema, workOrderListPageSchema } from '@usta/contracts/work-orders';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { compileFastSerializer } from '../../apps/server/src/http/fast-serializer.ts';
import { listWorkOrders } from '../../apps/server/src/modules/work-orders/list-work-orders.ts';
import { benchActor, benchDatabaseUrl, LIST_QUERIES } from './bench-setup.ts';

const pages = Number(process.argv[2] ?? 400);
const APP = `list-cpu-${process.pid}`;
const url = new URL(benchDatabaseUrl().url);
url.searchParams.set('application_name', APP);
const pool = createPool(url.toString(), 4);
const db = createDatabase(pool);
const actor = await benchActor(db);
const serialize = compileFastSerializer(workOrderListPageSchema);
// LIST_QUERIES='status=new&q=kombi;…' replaces the benchmark's eight pages.
const QUERIES = (process.env.LIST_QUERIES?.split(';') ?? LIST_QUERIES).map((q) =>
  Object.fromEntries(new URLSearchParams(q)),
);

/** utime + stime of this pool's backends, in ms (null when /proc cannot be read). */
async function backendCpuMs(): Promise<number | null> {
  const { rows } = await pool.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [APP],
  );
  try {
    let ticks = 0;
    for (const { pid } of rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * 10; // USER_HZ = 100
  } catch {
    return null;
  }
}

async function run(n: number) {
  const split = { parse: 0, list: 0, serialize: 0, bytes: 0 };
  const pg0 = await backendCpuMs();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    let t = process.cpuUsage();
    const query = listWorkOrdersFullQuerySchema.parse(QUERIES[i % QUERIES.length]);
    split.parse += process.cpuUsage(t).user + process.cpuUsage(t).system;
    t = process.cpuUsage();
    const page = await listWorkOrders(db, actor, query);
    const u1 = process.cpuUsage(t);
    split.list += u1.user + u1.system;
    t = process.cpuUsage();
    const body = serialize(page);
    const u2 = process.cpuUsage(t);
    split.serialize += u2.user + u2.system;
    split.bytes += body.length;
  }
  const used = process.cpuUsage(cpu);
  const pg1 = await backendCpuMs();
  const per = (us: number) => Number((us / 1000 / n).toFixed(3));
  return {
    pages: n,
    cpuMsPerPage: per(used.user + used.system),
    pgCpuMsPerPage: pg0 === null || pg1 === null ? null : per((pg1 - pg0) * 1000),
    parseMs: per(split.parse),
    listMs: per(split.list),
    serializeMs: per(split.serialize),
    bytesPerPage: Math.round(split.bytes / n),
  };
}
await run(100); // warm-up
console.log(JSON.stringify(await run(pages)));
await pool.end();
