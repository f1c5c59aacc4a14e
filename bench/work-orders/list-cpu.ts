// CPU of one list page in-process, split into its steps (no HTTP, no autocannon), sequential:
//   node --import tsx bench/work-orders/list-cpu.ts [pages]
import { listWorkOrdersFullQuerySchema, workOrderListPageSchema } from '@usta/contracts/work-orders';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { compileFastSerializer } from '../../apps/server/src/http/fast-serializer.ts';
import { listWorkOrders } from '../../apps/server/src/modules/work-orders/list-work-orders.ts';
import { benchActor, benchDatabaseUrl } from './bench-setup.ts';

const pages = Number(process.argv[2] ?? 400);
const pool = createPool(benchDatabaseUrl().url, 4);
const db = createDatabase(pool);
const actor = await benchActor(db);
const serialize = compileFastSerializer(workOrderListPageSchema);
const QUERIES = [
  'status=to_plan&q=kombi',
  'status=new&q=klima',
  'status=assigned&q=su',
  'status=to_plan&q=buzdolabı soğutmuyor',
  'status=new&q=Işık',
  'status=on_site&q=çamaşır',
  'status=waiting_parts&q=bakım',
  'status=new&q=Ayşe',
].map((q) => Object.fromEntries(new URLSearchParams(q)));

async function run(n: number) {
  const split = { parse: 0, list: 0, serialize: 0, bytes: 0 };
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
  const per = (us: number) => Number((us / 1000 / n).toFixed(3));
  return {
    pages: n,
    cpuMsPerPage: per(used.user + used.system),
    parseMs: per(split.parse),
    listMs: per(split.list),
    serializeMs: per(split.serialize),
    bytesPerPage: Math.round(split.bytes / n),
  };
}
await run(100); // warm-up
console.log(JSON.stringify(await run(pages)));
await pool.end();
