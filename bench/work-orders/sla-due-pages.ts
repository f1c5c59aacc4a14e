// "Due soonest" pages of the work-order list on the benchmark's 1,000,000 orders (generate.ts
// first): each page read through `listWorkOrders` as the API reads it, one connection, the
// median of five reads after one unmeasured. Writes bench/results/work-orders-sla-due.json.
//   npm run bench:work-orders:sla-due
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listWorkOrdersFullQuerySchema } from '@usta/contracts/work-orders';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import { listWorkOrders } from '../../apps/server/src/modules/work-orders/list-work-orders.ts';
import { benchActor, benchDatabaseUrl } from './bench-setup.ts';

const pool = createPool(benchDatabaseUrl().url, 1);
const db = createDatabase(pool);
const actor = await benchActor(db);
const {
  rows: [newest],
} = await pool.query<{ customer_id: string }>(
  'SELECT customer_id FROM work_orders WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1',
  [actor.organizationId],
);
// The first page past every pending due time: the orders without one.
const pastDue = Buffer.from(
  JSON.stringify({ v: 'infinity', id: '00000000-0000-0000-0000-000000000000' }),
).toString('base64url');

const PAGES: [label: string, query: string][] = [
  ['all orders', ''],
  ['open orders', 'open=true'],
  ['one status (to_plan)', 'status=to_plan'],
  ['one priority (P1)', 'priority=P1'],
  ['free text (kombi)', 'q=kombi'],
  ['rare text in one status (new, Işık)', 'status=new&q=Işık'],
  ['one customer', `customerId=${newest!.customer_id}`],
  ['past the due times: all orders', `cursor=${pastDue}`],
  ['past the due times: one status (to_plan)', `status=to_plan&cursor=${pastDue}`],
  ['finished orders (open=false)', 'open=false'],
];

const results = [];
for (const [label, query] of PAGES) {
  const parsed = listWorkOrdersFullQuerySchema.parse(
    Object.fromEntries(new URLSearchParams(`sort=slaDue&${query}`)),
  );
  const times: number[] = [];
  let items = 0;
  for (let run = 0; run < 6; run++) {
    const started = performance.now();
    const page = await listWorkOrders(db, actor, parsed);
    if (run > 0) times.push(performance.now() - started);
    items = page.items.length;
  }
  times.sort((a, b) => a - b);
  const medianMs = Math.round(times[2]! * 10) / 10;
  results.push({ label, query: `sort=slaDue&${query}`, items, medianMs });
  console.log(`${label.padEnd(44)} ${String(items).padStart(3)} rows ${medianMs} ms`);
}
await pool.end();

writeFileSync(
  path.resolve(import.meta.dirname, '../results/work-orders-sla-due.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        model: os.cpus()[0]?.model,
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
      },
      node: process.version,
      pages: results,
    },
    null,
    2,
  )}\n`,
);
