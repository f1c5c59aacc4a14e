// Generates the work-order benchmark database: the demo company with 1,000 customers and
// devices (through the modules' own use cases) and 1,000,000 work orders (INSERT … SELECT
// generate_series, in chunks), each with a stored SLA state, then VACUUM ANALYZE.
//   node --import tsx bench/work-orders/generate.ts [count]
// Server: BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432 (the database is recreated).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCustomerBodySchema } from '@usta/contracts/customers';
import { createDeviceBodySchema } from '@usta/contracts/devices';
import { localYearAt } from '@usta/core/work-orders';
import pg from 'pg';
import { readConfig } from '../../apps/server/src/config.ts';
import { createCustomer } from '../../apps/server/src/modules/customers/create-customer.ts';
import { createDevice } from '../../apps/server/src/modules/devices/create-device.ts';
import { ensureSettings } from '../../apps/server/src/modules/work-orders/settings-repository.ts';
import { startUsta } from '../../apps/server/src/start-usta.ts';
import { benchActor, benchDatabaseUrl, COMPLAINTS } from './bench-setup.ts';

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const CUSTOMERS = 1_000;
const CHUNK = 100_000;

const { adminUrl, url } = benchDatabaseUrl();
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS usta_bench_wo WITH (FORCE)');
await admin.query('CREATE DATABASE usta_bench_wo');
await admin.end();

const t0 = performance.now();
const usta = await startUsta(
  readConfig({
    DATABASE_URL: url,
    USTA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'usta-bench-')),
    PORT: '0',
  }),
  { listen: false },
);
const actor = await benchActor(usta.db);
await ensureSettings(usta.db, actor.organizationId);

const districts = ['Kadıköy', 'Beşiktaş', 'Üsküdar', 'Şişli', 'Bakırköy', 'Ataşehir', 'Maltepe', 'Sarıyer'];
const first = ['Ayşe', 'Mehmet', 'Çağla', 'İbrahim', 'Gülşen', 'Oğuz', 'Şükrü', 'Işıl', 'Ümit', 'Ebru'];
const last = ['Yılmaz', 'Öztürk', 'Şahin', 'Çelik', 'Doğan', 'Kılıç', 'Aslan', 'Güneş', 'Ağaoğlu', 'Demir'];
const brands = [
  ['Vaillant', 'ecoTEC plus', 'Kombi'],
  ['Daikin', 'Sensira 18', 'Klima'],
  ['Arçelik', 'No-Frost 570', 'Buzdolabı'],
  ['Bosch', 'Serie 6', 'Çamaşır Makinesi'],
  ['Demirdöküm', 'Nitromix', 'Kombi'],
] as const;
const customers: { id: string; name: string; deviceId: string; deviceType: string }[] = [];
for (let i = 0; i < CUSTOMERS; i++) {
  const name = `${first[i % 10]} ${last[Math.floor(i / 10) % 10]} ${i}`;
  const customer = (await createCustomer(
    usta.db,
    actor,
    createCustomerBodySchema.parse({
      type: 'individual',
      name,
      phones: [{ number: `0532 ${2_000_000 + i}` }],
      addresses: [{ province: 'İstanbul', district: districts[i % districts.length], line: `Sokak ${i}` }],
    }),
  )) as unknown as { id: string };
  const [brand, model, deviceType] = brands[i % brands.length]!;
  const device = await createDevice(
    usta.db,
    actor,
    createDeviceBodySchema.parse({
      customerId: customer.id,
      brand,
      model,
      deviceType,
      serialNumber: `B-${i}`,
    }),
  );
  customers.push({ id: customer.id, name, deviceId: device.id, deviceType });
}
console.log(`customers and devices: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const pool = usta.db.$client;
const techs = (
  await pool.query<{ id: string }>(
    `SELECT id FROM users WHERE email LIKE 'teknisyen%@demo.usta' ORDER BY email`,
  )
).rows.map((r) => r.id);
const thisYear = localYearAt(new Date());
const counter = await pool.query<{ last_sequence: number }>(
  'SELECT last_sequence FROM work_order_counters WHERE organization_id = $1 AND year = $2',
  [actor.organizationId, thisYear],
);
const offset = counter.rows[0]?.last_sequence ?? 0;

// Status, complaint and customer come from independent hashes of i, so a search term is as
// common within a status as overall (a correlated generator made some pairs empty). Rows i = 1..TOTAL, all in this year (numbers offset past the demo orders), created at
// millisecond steps back from a week ago so the newest come first in the default sort.
// The trigram index is built once after the load, exactly as the migrations define it (storage
// parameters too): much faster than growing it row by row.
const {
  rows: [searchIndex],
} = await pool.query<{ definition: string }>(
  "SELECT pg_get_indexdef('work_orders_search_idx'::regclass) AS definition",
);
await pool.query('DROP INDEX work_orders_search_idx');
const t1 = performance.now();
for (let from = 1; from <= TOTAL; from += CHUNK) {
  const to = Math.min(TOTAL, from + CHUNK - 1);
  await pool.query(
    `INSERT INTO work_orders (organization_id, number, customer_id, customer_name, device_id, device_type,
       channel, type, complaint, impact, urgency, priority, status, phase, technician_ids, tags,
       created_by, closed_at, created_at, updated_at)
     SELECT $1, 'SRV-' || $2 || '-' || lpad(($3 + i)::text, greatest(6, length(($3 + i)::text)), '0'),
       ($4::uuid[])[1 + (abs(hashint4(i * 3 + 7)) % $7)], ($5::text[])[1 + (abs(hashint4(i * 3 + 7)) % $7)],
       CASE WHEN i % 5 = 0 THEN NULL ELSE ($6::uuid[])[1 + (abs(hashint4(i * 3 + 7)) % $7)] END,
       CASE WHEN i % 5 = 0 THEN NULL ELSE ($8::text[])[1 + (abs(hashint4(i * 3 + 7)) % $7)] END,
       (ARRAY['phone','web','email','mobile','api','walk_in'])[1 + i % 6],
       (ARRAY['fault','installation','maintenance','calibration','return'])[1 + (i / 7) % 5],
       ($9::text[])[1 + abs(hashint4(i * 2 + 1)) % array_length($9::text[], 1)] || ' (' || (i % 997) || ')',
       (ARRAY['high','medium','low'])[1 + i % 3], (ARRAY['high','medium','low'])[1 + (i / 3) % 3],
       (ARRAY['P1','P2','P2','P3','P3','P3','P4','P4'])[1 + (i / 11) % 8],
       s.status, s.phase,
       CASE WHEN s.phase IN ('assignment','en_route','on_site','parts_labour','customer_approval','final_check','closed')
         THEN ARRAY[($10::uuid[])[1 + i % array_length($10::uuid[], 1)]] ELSE '{}'::uuid[] END,
       '{}'::text[], $11,
       CASE WHEN s.phase = 'closed' THEN created END, created, created
     FROM generate_series($12::int, $13::int) AS i,
       LATERAL (SELECT date_trunc('milliseconds', now() - interval '7 days' - (i * interval '25 seconds')) AS created) c,
       LATERAL (SELECT * FROM (VALUES
         (70, 'closed', 'closed'), (75, 'cancelled', 'cancelled'), (80, 'new', 'intake'),
         (85, 'to_plan', 'planning'), (88, 'assigned', 'assignment'), (90, 'en_route', 'en_route'),
         (93, 'on_site', 'on_site'), (95, 'parts_labour', 'parts_labour'),
         (97, 'awaiting_approval', 'customer_approval'), (98, 'final_check', 'final_check'),
         (99, 'waiting_customer', 'waiting_customer'), (100, 'waiting_parts', 'waiting_parts')
       ) v(upto, status, phase) WHERE abs(hashint4(i)) % 100 < v.upto ORDER BY v.upto LIMIT 1) s`,
    [
      actor.organizationId,
      thisYear,
      offset,
      customers.map((c) => c.id),
      customers.map((c) => c.name),
      customers.map((c) => c.deviceId),
      customers.length,
      customers.map((c) => c.deviceType),
      COMPLAINTS,
      techs,
      actor.userId,
      from,
      to,
    ],
  );
  console.log(`work orders ${to.toLocaleString('en')}: ${((performance.now() - t1) / 1000).toFixed(1)} s`);
}
await pool.query(
  `INSERT INTO work_order_counters (organization_id, year, last_sequence) VALUES ($1, $2, $3)
   ON CONFLICT (organization_id, year) DO UPDATE SET last_sequence = EXCLUDED.last_sequence`,
  [actor.organizationId, thisYear, offset + TOTAL],
);
await pool.query(searchIndex!.definition);
console.log(`search index: ${((performance.now() - t1) / 1000).toFixed(1)} s`);
// Every order gets a stored SLA state, as it would under the company's default policy: the list
// reads and shows it on every row (a bare table made the list's SLA join and summaries look
// free). Due times are the creation time plus the policy's targets in wall-clock hours (the
// list shows stored values, it does not recompute them); no escalation check is pending.
await pool.query(
  `INSERT INTO work_order_sla (work_order_id, organization_id, customer_id, policy_id, calendar_id, priority,
     response_due_at, resolution_due_at, next_due_at, state, paused, warned, breached, resolved,
     percent_used, business_ms_used, closed_outcome, computed_at)
   SELECT w.id, w.organization_id, w.customer_id, p.id, c.id, w.priority,
     w.created_at + t.response, w.created_at + t.resolution,
     CASE WHEN w.phase IN ('closed', 'cancelled', 'final_check') THEN NULL ELSE w.created_at + t.resolution END,
     CASE WHEN w.phase IN ('closed', 'cancelled', 'final_check') THEN 'met'
          WHEN w.phase = 'waiting_customer' THEN 'paused' ELSE 'breached' END,
     w.phase = 'waiting_customer', true, w.phase NOT IN ('closed', 'cancelled', 'final_check'),
     w.phase IN ('closed', 'final_check'),
     CASE WHEN w.phase IN ('closed', 'cancelled', 'final_check') THEN 0.6 ELSE 1.5 END,
     (extract(epoch FROM t.resolution) * 1000)::bigint,
     CASE WHEN w.phase = 'closed' THEN 'met' END, w.updated_at
   FROM work_orders w
   JOIN sla_policies p ON p.organization_id = w.organization_id AND p.is_default
   JOIN business_calendars c ON c.organization_id = w.organization_id AND c.is_default
   JOIN (VALUES ('P1', interval '15 minutes', interval '4 hours'), ('P2', interval '1 hour', interval '8 hours'),
                ('P3', interval '4 hours', interval '2 days'), ('P4', interval '1 day', interval '5 days')
        ) t(priority, response, resolution) ON t.priority = w.priority
   WHERE w.organization_id = $1
   ON CONFLICT (work_order_id) DO NOTHING`,
  [actor.organizationId],
);
console.log(`SLA states: ${((performance.now() - t1) / 1000).toFixed(1)} s`);
await pool.query('VACUUM ANALYZE work_orders');
await pool.query('VACUUM ANALYZE work_order_sla');
await pool.query('ANALYZE customers; ANALYZE contacts; ANALYZE devices');
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
await usta.stop();
