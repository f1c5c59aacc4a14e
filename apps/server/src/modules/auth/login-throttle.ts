import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';

export interface ThrottlePolicy {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowSeconds: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  maxFailuresPerAccount: 5,
  maxFailuresPerIp: 30,
  windowSeconds: 900,
};

const keysOf = (email: string, ip: string) => [`login:account:${email}`, `login:ip:${ip}`] as const;

/**
 * Failed sign-ins are counted per account and per client address in PostgreSQL, so the limit
 * holds across every Usta process. The address is Fastify's `request.ip`, which believes
 * X-Forwarded-For only from a configured trusted proxy.
 */
export async function assertLoginAllowed(db: Executor, email: string, ip: string, policy: ThrottlePolicy) {
  const [accountKey, ipKey] = keysOf(email, ip);
  const result = await db.execute<{ key: string; hits: number; retry_after: number }>(sql`
    SELECT key, hits,
      ceil(extract(epoch FROM window_started_at + make_interval(secs => ${policy.windowSeconds}) - now()))::int AS retry_after
    FROM rate_limit_counters
    WHERE key IN (${accountKey}, ${ipKey})
      AND window_started_at > now() - make_interval(secs => ${policy.windowSeconds})`);
  for (const row of result.rows) {
    const max = row.key === accountKey ? policy.maxFailuresPerAccount : policy.maxFailuresPerIp;
    if (row.hits >= max) {
      throw new AppError('RATE_LIMITED', { seconds: Math.max(1, row.retry_after) }, [], {
        retryAfter: Math.max(1, row.retry_after),
      });
    }
  }
}

export async function recordLoginFailure(db: Executor, email: string, ip: string, policy: ThrottlePolicy) {
  for (const key of keysOf(email, ip)) {
    await db.execute(sql`
      INSERT INTO rate_limit_counters (key, window_started_at, hits) VALUES (${key}, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN rate_limit_counters.window_started_at <= now() - make_interval(secs => ${policy.windowSeconds})
                    THEN 1 ELSE rate_limit_counters.hits + 1 END,
        window_started_at = CASE WHEN rate_limit_counters.window_started_at <= now() - make_interval(secs => ${policy.windowSeconds})
                    THEN now() ELSE rate_limit_counters.window_started_at END`);
  }
}

export async function clearAccountFailures(db: Executor, email: string) {
  await db.execute(sql`DELETE FROM rate_limit_counters WHERE key = ${keysOf(email, '')[0]}`);
}
