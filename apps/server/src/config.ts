import os from 'node:os';
import path from 'node:path';
import { StartupError } from './startup-error.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * Connections this process keeps to PostgreSQL at most: by default twice the cores plus one
   * (PostgreSQL's own rule of thumb for active connections), between 4 and 10. More backends
   * than the cores can run only take turns; on the 2-core benchmark machine 5 connections cost
   * PostgreSQL ~12 % less CPU per list page than 10 (bench/results/work-orders.md).
   */
  databasePoolSize: number;
  demo: boolean;
  /** Fastify's trustProxy: which proxies may set X-Forwarded-For. Off unless configured. */
  trustProxy: boolean | string | number;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  logLevel: string;
  webDist: string | undefined;
  smtpUrl: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: integer(env, 'PORT', 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.USTA_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databasePoolSize: poolSize(env),
    demo: env.USTA_DEMO !== '0',
    trustProxy: parseTrustProxy(env.USTA_TRUST_PROXY),
    accessTokenTtlSeconds: integer(env, 'USTA_ACCESS_TOKEN_TTL', 15 * 60),
    refreshTokenTtlDays: integer(env, 'USTA_REFRESH_TOKEN_DAYS', 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.USTA_WEB_DIST,
    smtpUrl: env.SMTP_URL || undefined,
  };
}

function poolSize(env: NodeJS.ProcessEnv): number {
  const size = integer(
    env,
    'USTA_DATABASE_POOL_SIZE',
    Math.min(10, Math.max(4, 2 * os.availableParallelism() + 1)),
  );
  // A create batch holds a connection for its transaction while reads go on beside it.
  if (size < 2) throw new StartupError(`USTA_DATABASE_POOL_SIZE must be at least 2, got ${size}.`);
  return size;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new StartupError(`${name} must be a whole number, got "${raw}".`);
  return value;
}

function parseTrustProxy(raw: string | undefined): boolean | string | number {
  if (!raw || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw; // comma-separated addresses or CIDRs
}
