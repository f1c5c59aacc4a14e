import path from 'node:path';
import { StartupError } from './startup-error.ts';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
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
    demo: env.USTA_DEMO !== '0',
    trustProxy: parseTrustProxy(env.USTA_TRUST_PROXY),
    accessTokenTtlSeconds: integer(env, 'USTA_ACCESS_TOKEN_TTL', 15 * 60),
    refreshTokenTtlDays: integer(env, 'USTA_REFRESH_TOKEN_DAYS', 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: env.USTA_WEB_DIST,
    smtpUrl: env.SMTP_URL || undefined,
  };
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
