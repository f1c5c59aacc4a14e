// EXPLAIN ANALYZE of the benchmark's eight list pages (windowed first attempt), twice (cold, warm).
//   node --import tsx bench/work-orders/explain-list.ts
import { listWorkOrdersFullQuerySchema } from '@usta/contracts/work-orders';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { buildListQuery } from '../../apps/server/src/modules/work-orders/list-work-orders.ts';
import { benchActor, benchDatabaseUrl } from './bench-setup.ts';

const pool = createPool(benchDatabaseUrl().url, 2);
const db = createDatabase(pool);
const actor = await benchActor(db);
const Q = [
  'status=to_plan&q=kombi',
  'status=new&q=klima',
  'status=assigned&q=su',
  'status=to_plan&q=buzdolabı soğutmuyor',
  'status=new&q=Işık',
  'status=on_site&q=çamaşır',
  'status=waiting_parts&q=bakım',
  'status=new&q=Ayşe',
];
for (const q of [...Q, ...Q]) {
  const parsed = listWorkOrdersFullQuerySchema.parse(Object.fromEntries(new URLSearchParams(q)));
  const { sql, params } = await buildListQuery(db, actor, parsed, true);
  const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
  const plan = rows.map((r) => r['QUERY PLAN']);
  console.log(
    q,
    plan
      .filter((l) => /Execution|^Limit|Removed/.test(l))
      .join(' | ')
      .slice(0, 300),
  );
}
await pool.end();
