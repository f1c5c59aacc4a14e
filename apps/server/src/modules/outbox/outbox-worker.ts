import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { deliverEmail } from './deliver-email.ts';
import { claimDueMessages } from './outbox-repository.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry-policy.ts';
import { createSmtpSender, type EmailSender } from './smtp-sender.ts';

export type OutboxLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export interface OutboxWorkerOptions {
  db: Database;
  config: Pick<Config, 'smtpUrl'>;
  logger: OutboxLogger;
  /** How often to look for due messages (default 2 s). */
  pollIntervalMs?: number;
  /** Messages claimed at once (default 10). */
  batchSize?: number;
  retry?: Partial<RetryPolicy>;
  /**
   * How long a claimed message belongs to its worker (default 10 min). Every SMTP wait times
   * out after a quarter of it, so a live worker always finishes (or gives up) inside its lease.
   */
  leaseMs?: number;
}

export interface OutboxWorker {
  stop(): Promise<void>;
  /** Delivers everything due now and resolves when none is left (for tests and shutdown hooks). */
  drain(): Promise<void>;
}

/**
 * Delivers queued e-mails. Any number of processes may run one: each claims rows with
 * `FOR UPDATE SKIP LOCKED`, so a message is claimed by one worker at a time.
 *
 * Delivery is at least once, not exactly once: if a process dies after the SMTP server accepted
 * a message but before the row says `sent`, the row stays `sending` until its lease ends and
 * is then sent again (with the same Message-ID). Nothing is sent twice while its worker lives.
 */
export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const batchSize = options.batchSize ?? 10;
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const smtpUrl = options.config.smtpUrl;

  if (!smtpUrl) {
    logger.warn('outbox: SMTP_URL is not set, so e-mails are queued but not sent (they stay pending)');
    return { stop: async () => undefined, drain: async () => undefined };
  }
  const sender: EmailSender = createSmtpSender({ url: smtpUrl, timeoutMs: Math.ceil(leaseMs / 4) });

  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  // One batch at a time per worker: polls and drain() calls queue up behind each other.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const runBatch = async (): Promise<number> => {
    const claim = await claimDueMessages(db, {
      channel: 'email',
      limit: batchSize,
      leaseMs,
      maxAttempts: retry.maxAttempts,
    });
    for (const row of claim.rows) {
      await deliverEmail({ db, sender, logger, retry }, row, claim.token);
    }
    return claim.rows.length;
  };

  const drainNow = async () => {
    while (!stopped && (await runBatch()) > 0) {}
  };

  const poll = () => {
    timer = null;
    void exclusive(drainNow)
      .catch((error: unknown) => logger.error({ err: error }, 'outbox: polling failed; trying again'))
      .finally(() => {
        if (!stopped) timer = setTimeout(poll, pollIntervalMs);
      });
  };
  timer = setTimeout(poll, 0);
  logger.info('outbox: e-mail worker started');

  return {
    drain: () => exclusive(drainNow),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      // The batch in flight finishes its current message; rows still claimed come back after the lease.
      await queue;
      sender.close();
    },
  };
}
