// EXPLAIN ANALYZE of the benchmark's eight list pages (windowed first attempt, exactly the
// statement the API runs), twice (cold, warm). With `generic`, as the prepared statement runs
// after its first five executions (`plan_cache_mode = force_generic_plan`):
//   node --import tsx bench/work-orders/explain-list.ts [generic]
import { listWorkOrdersFullQuerySchema } from '@usta/contracts/work-orders';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { buildListQuery } from '../../apps/server/src/modules/work-orders/list-work-orders.ts';
import { benchActor, benchDatabaseUrl, LIST_QUERIES } from './bench-setup.ts';

const generic = process.argv[2] === 'generic';
const pool = createPool(benchDatabaseUrl().url, 1);
const db = createDatabase(pool);
const actor = await benchActor(db);
if (generic) await pool.query('SET plan_cache_mode = force_generic_plan');
let n = 0;
for (const q of [...LIST_QUERIES, ...LIST_QUERIES]) {
  const parsed = listWorkOrdersFullQuerySchema.parse(Object.fromEntries(new URLSearchParams(q)));
  const { sql, params } = await buildListQuery(db, actor, parsed, true);
  // A server-side prepared statement, so a generic plan is what EXPLAIN shows when forced.
  const name = `explain_${n++}`;
  await pool.query(`PREPARE ${name} AS ${sql}`);
  const args = params.map((p) =>
    typeof p === 'number' ? String(p) : `'${String(p).replaceAll("'", "''")}'`,
  );
  const { rows } = await pool.query(
    `EXPLAIN (ANALYZE, BUFFERS) EXECUTE ${name}${args.length ? `(${args.join(', ')})` : ''}`,
  );
  await pool.query(`DEALLOCATE ${name}`);
  const plan = rows.map((r) => r['QUERY PLAN'] as string);
  const found = /Limit .*actual time=[\d.]+\.\.[\d.]+ rows=(\d+)/u.exec(plan.join('\n'))?.[1];
  console.log(
    q,
    `page rows ${found} of ${parsed.limit + 1}`,
    plan
      .filter((l) => /Execution|Planning Time|Removed|Sort|Bitmap/.test(l))
      .map((l) => l.trim())
      .join(' | ')
      .slice(0, 300),
  );
}
await pool.end();
