import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyServerOptions } from 'fastify';
import type pg from 'pg';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { createDatabase, createPool, type Database } from './db/database.ts';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './db/embedded-postgres.ts';
import { migrate } from './db/migrate.ts';
import type { App } from './http/app-context.ts';
import { DEFAULT_THROTTLE, type ThrottlePolicy } from './modules/auth/login-throttle.ts';
import { TokenService } from './modules/auth/tokens.ts';
import { seedDemo } from './modules/demo/seed-demo.ts';
import { startOutboxWorker } from './modules/outbox/index.ts';
import { loadSigningKey } from './modules/platform/signing-key.ts';
import { startPushWorker } from './modules/push/index.ts';
import { startSlaEscalationWorker } from './modules/sla/index.ts';
import { StartupError } from './startup-error.ts';

export interface RunningUsta {
  app: App;
  url: string;
  databaseUrl: string;
  db: Database;
  demoCreated: boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: FastifyServerOptions['logger'];
  throttle?: ThrottlePolicy;
  /** Listen on the port (default) or only build the app for in-process `inject` tests. */
  listen?: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIST = path.resolve(here, '../../web/dist');

/** Brings up the database, migrations, demo data and the HTTP server, in that order. */
export async function startUsta(config: Config, options: StartOptions = {}): Promise<RunningUsta> {
  let embedded: EmbeddedPostgres | null = null;
  let pool: pg.Pool | null = null;
  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      embedded = await startEmbeddedPostgres(path.join(config.dataDir));
      databaseUrl = embedded.url;
    }
    pool = createPool(databaseUrl, config.databasePoolSize);
    await assertReachable(pool, databaseUrl);
    await migrate(pool);
    const db = createDatabase(pool);
    const demoCreated = config.demo && (await isEmpty(pool));
    if (demoCreated) await seedDemo(db);
    const tokens = new TokenService(await loadSigningKey(db), config.accessTokenTtlSeconds);
    const activePool = pool;
    const app = await buildApp(
      {
        db,
        config,
        tokens,
        throttle: options.throttle ?? DEFAULT_THROTTLE,
        checkDatabase: async () => {
          try {
            await activePool.query('SELECT 1');
            return true;
          } catch {
            return false;
          }
        },
      },
      { logger: options.logger, webDist: config.webDist ?? DEFAULT_WEB_DIST },
    );
    let url = '';
    if (options.listen !== false) {
      url = await app.listen({ port: config.port, host: config.host });
    } else {
      await app.ready();
    }
    // After migrations and once the app is up; it sends only what committed transactions queued.
    const outbox = startOutboxWorker({ db, config, logger: app.log });
    const push = startPushWorker({ db, logger: app.log });
    // SLA escalations: catches up on overdue steps at start, then polls (SLA_POLL_INTERVAL_MS).
    const escalations =
      process.env.SLA_ESCALATION_WORKER === 'off'
        ? { stop: async () => undefined }
        : startSlaEscalationWorker({ db, logger: app.log });
    const stopEmbedded = embedded;
    let stopping: Promise<void> | null = null;
    return {
      app,
      url,
      databaseUrl,
      db,
      demoCreated,
      stop() {
        stopping ??= (async () => {
          await app.close();
          await outbox.stop();
          await push.stop();
          await escalations.stop();
          await activePool.end();
          await stopEmbedded?.stop();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await pool?.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

async function assertReachable(pool: pg.Pool, url: string) {
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    const where = safeLocation(url);
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new StartupError(`Cannot reach the database at ${where} (${reason}).`, error);
  }
}

function safeLocation(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return 'the configured DATABASE_URL';
  }
}

async function isEmpty(pool: pg.Pool): Promise<boolean> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM organizations');
  return rows[0]?.n === 0;
}
