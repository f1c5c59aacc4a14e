import { readConfig } from './config.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './modules/demo/seed-demo.ts';
import { startUsta } from './start-usta.ts';
import { StartupError } from './startup-error.ts';

async function main() {
  const config = readConfig();
  const usta = await startUsta(config, {
    logger: { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
  });
  const shown = usta.url.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  const lines = [`Usta is running at ${shown}  (API docs: ${shown}/api/docs)`];
  if (!config.databaseUrl) lines.push(`Embedded PostgreSQL data: ${config.dataDir}`);
  if (usta.demoCreated) {
    lines.push(`Demo company "Demo Servis" created. Password for every demo user: ${DEMO_PASSWORD}`);
    for (const user of DEMO_USERS) lines.push(`  ${user.email.padEnd(24)} ${user.roles.join(', ')}`);
  }
  process.stdout.write(`\n${lines.join('\n')}\n\n`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    usta.app.log.info({ signal }, 'shutting down: finishing requests, stopping the database');
    const timer = setTimeout(() => process.exit(1), 20_000);
    timer.unref();
    try {
      await usta.stop();
      process.exit(0);
    } catch (error) {
      usta.app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // The operator gets one clear line; a stack trace only for what we did not foresee.
  if (error instanceof StartupError) {
    process.stderr.write(`usta: ${error.message}\n`);
  } else {
    process.stderr.write(`usta: failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exit(1);
});
