// CPU of the create use case alone (no HTTP), sequential, on the benchmark database:
//   node --import tsx bench/work-orders/create-cpu.ts [count] [batch]
// `batch` > 1 opens the orders `batch` at a time in one transaction (createWorkOrders), as the
// API's create queue does under concurrent load.
import { createWorkOrderBodySchema } from '@usta/contracts/work-orders';
import { createDatabase, createPool } from '../../apps/server/src/db/database.ts';
import {
  createWorkOrder,
  createWorkOrders,
} from '../../apps/server/src/modules/work-orders/create-work-order.ts';
import { benchActor, benchDatabaseUrl, postgresCpuSeconds } from './bench-setup.ts';

const count = Number(process.argv[2] ?? 300);
const batch = Number(process.argv[3] ?? 1);
const pool = createPool(benchDatabaseUrl().url, 4);
const db = createDatabase(pool);
const actor = await benchActor(db);
const customers = (await pool.query<{ id: string }>('SELECT id FROM customers LIMIT 50')).rows.map(
  (r) => r.id,
);
const body = (i: number) =>
  createWorkOrderBodySchema.parse({
    customerId: customers[i % customers.length],
    channel: 'phone',
    type: 'fault',
    complaint: 'Kombi sıcak su vermiyor (cpu)',
    impact: 'medium',
    urgency: 'high',
  });
const batchOf = (first: number, size = batch) =>
  Array.from({ length: size }, (_, j) => ({ actor, input: body(first + j), now: new Date() }));
for (let i = 0; i < 50; i++) await createWorkOrder(db, actor, body(i)); // warm-up
if (process.env.SHOW_SQL) {
  // The statements of one create, as sent.
  const client = await pool.connect();
  const query = client.query.bind(client);
  (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
    const q = args[0] as string | { text: string };
    const text = (typeof q === 'string' ? q : q.text).replace(/\s+/gu, ' ').slice(0, 110);
    const started = performance.now();
    const result = (query as (...a: unknown[]) => Promise<unknown>)(...args);
    void result.then(() =>
      console.log(`  ${(performance.now() - started).toFixed(2).padStart(7)} ms  ${text}`),
    );
    return result;
  };
  client.release();
  const only = createDatabase(
    Object.assign(Object.create(pool), {
      connect: async () => client,
      query: client.query.bind(client),
    }) as typeof pool,
  );
  for (let i = 0; i < 3; i++) {
    if (batch > 1) await createWorkOrders(only, batchOf(i * batch));
    else await createWorkOrder(only, actor, body(i));
    console.log('--');
  }
  await pool.end();
  process.exit(0);
}
const cpu = process.cpuUsage();
const postgresBefore = postgresCpuSeconds();
const started = performance.now();
for (let i = 0; i < count; i += batch) {
  for (const outcome of await createWorkOrders(db, batchOf(i, Math.min(batch, count - i))))
    if (!outcome.ok) throw outcome.error;
}
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    creates: count,
    batch,
    cpuMsPerCreate: Number(((used.user + used.system) / 1000 / count).toFixed(2)),
    postgresCpuMsPerCreate: Number((((postgresCpuSeconds() - postgresBefore) * 1000) / count).toFixed(2)),
    wallMsPerCreate: Number(((performance.now() - started) / count).toFixed(2)),
  }),
);
await pool.end();
