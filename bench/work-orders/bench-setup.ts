// Shared by the work-order benchmark's generator and runner.
import { readdirSync, readFileSync } from 'node:fs';
import { permissionsOf } from '@usta/core/access';
import { eq } from 'drizzle-orm';
import type { Database } from '../../apps/server/src/db/database.ts';
import type { Actor } from '../../apps/server/src/http/access.ts';
import { users } from '../../apps/server/src/modules/users/tables.ts';

export function benchDatabaseUrl(): { adminUrl: string; url: string } {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const url = new URL(adminUrl);
  url.pathname = '/usta_bench_wo';
  return { adminUrl, url: url.toString() };
}

/** The demo call-centre agent: the user the benchmark lists and creates as. */
export async function benchActor(db: Database): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.email, 'cagri@demo.usta'));
  if (!user) throw new Error('the demo company is missing');
  return {
    userId: user.id,
    organizationId: user.organizationId,
    name: user.name,
    permissions: new Set(permissionsOf(user.roles)),
    requestId: null,
  };
}

/** What customers say on the phone; the generator cycles through them. */
/** The benchmark's eight list pages: one status and a free-text search each. */
export const LIST_QUERIES = [
  'status=to_plan&q=kombi',
  'status=new&q=klima',
  'status=assigned&q=su',
  'status=to_plan&q=buzdolabı soğutmuyor',
  'status=new&q=Işık',
  'status=on_site&q=çamaşır',
  'status=waiting_parts&q=bakım',
  'status=new&q=Ayşe',
] as const;

export const COMPLAINTS = [
  'Kombi sıcak su vermiyor, ekranda F28 hatası',
  'Kombi su akıtıyor, basınç düşüyor',
  'Kombi çok ses yapıyor, petekler ısınmıyor',
  'Klima soğutmuyor, iç ünite su damlatıyor',
  'Klima uzaktan kumandaya cevap vermiyor',
  'Klima dış ünite sesli çalışıyor',
  'Buzdolabı soğutmuyor, motor sürekli çalışıyor',
  'Buzdolabı alt bölmede buzlanma var',
  'Buzdolabı kapı contası yırtık',
  'Çamaşır makinesi su almıyor',
  'Çamaşır makinesi sıkma yaparken sallanıyor',
  'Çamaşır makinesi kapağı açılmıyor',
  'Yıllık periyodik bakım talebi',
  'Yeni cihaz montajı ve ilk çalıştırma',
  'Garanti kapsamında parça değişimi',
  'Cihaz hiç çalışmıyor, elektrik gelmiyor',
  'Işık yanıp sönüyor, hata kodu E04',
  'Şofben gaz kokusu, acil kontrol',
  'Termostat arızası, oda ısısı ayarlanamıyor',
  'Su kaçağı, zemin ıslanıyor',
];

/** The fields of /proc/<pid>/stat after the command name (state is [0], utime [11], stime [12]). */
export const statFields = (pid: number | string) =>
  readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');

/** CPU seconds (user + system) of the PostgreSQL backends connected to the benchmark database. */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('usta_bench_wo')) continue;
      const fields = statFields(entry);
      total += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return total / 100;
}

/** What the benchmark's own creates say (run.ts, create-cpu.ts): how they are told apart. */
export const BENCH_COMPLAINT_SUFFIXES = ['(bench)', '(cpu)'] as const;

/**
 * Removes the orders earlier create runs added (and what hangs on them; the audit trail keeps
 * its events), then
 * VACUUM ANALYZE: without it every create run leaves thousands of "new" kombi orders at the head
 * of the `new` tab, and the next list run measures that instead of the generated data.
 */
export async function removeBenchCreatedOrders(pool: import('pg').Pool): Promise<number> {
  const created = `SELECT id FROM work_orders WHERE ${BENCH_COMPLAINT_SUFFIXES.map(
    (suffix) => `complaint LIKE '%${suffix}'`,
  ).join(' OR ')}`;
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM (${created}) c`);
  if (rows[0]!.n === 0) return 0;
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns
     WHERE column_name = 'work_order_id' AND table_schema = current_schema()`,
  );
  // The timeline is append-only (a trigger refuses DELETE); for this benchmark-only clean-up the
  // trigger is off inside the one transaction that removes the rows.
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE work_order_activities DISABLE TRIGGER work_order_activities_append_only');
    for (const { table_name } of tables)
      await client.query(`DELETE FROM "${table_name}" WHERE work_order_id IN (${created})`);
    await client.query(`DELETE FROM work_order_links WHERE a_id IN (${created}) OR b_id IN (${created})`);
    await client.query(`DELETE FROM work_orders WHERE id IN (${created})`);
    await client.query('ALTER TABLE work_order_activities ENABLE TRIGGER work_order_activities_append_only');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  for (const table of ['work_orders', 'work_order_activities', 'work_order_sla', 'sla_escalation_steps'])
    await pool.query(`VACUUM ANALYZE ${table}`);
  return rows[0]!.n;
}
