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

/** CPU seconds (user + system) of the PostgreSQL backends connected to the benchmark database. */
export function postgresCpuSeconds(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('usta_bench_wo')) continue;
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return total / 100;
}
