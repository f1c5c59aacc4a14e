import webpush from 'web-push';
import type { Database } from '../../db/database.ts';
import {
  claimDueMessages,
  DEFAULT_RETRY,
  markFailed,
  markSent,
  nextAttemptAt,
  type OutboxRow,
  type RetryPolicy,
} from '../outbox/index.ts';
import type { OutboxLogger } from '../outbox/outbox-worker.ts';
import { renderPush } from './notify.ts';
import { deleteSubscription, listUserSubscriptions } from './subscriptions.ts';
import { loadVapidKeys } from './vapid-keys.ts';

export interface PushWorkerOptions {
  db: Database;
  logger: OutboxLogger;
  /** VAPID `sub` claim: a mailto: or https: contact for push services (RFC 8292). */
  subject?: string;
  pollIntervalMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Seconds a push service keeps an undelivered message (default one day). */
  ttlSeconds?: number;
}

export interface PushWorker {
  stop(): Promise<void>;
  drain(): Promise<void>;
}

/**
 * Delivers outbox rows of channel `push` with the Web Push protocol (RFC 8030 + aes128gcm
 * content encoding RFC 8291 + VAPID RFC 8292) to every subscription of the recipient user.
 * A subscription the push service calls gone (404/410) is deleted; other failures retry.
 * A user with no subscription gets nothing by push: the field app finds the change on sync.
 */
export function startPushWorker(options: PushWorkerOptions): PushWorker {
  const { db, logger } = options;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const subject = options.subject ?? 'mailto:push@usta.invalid';
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const deliver = async (row: OutboxRow, token: string) => {
    const vapid = await loadVapidKeys(db);
    const payload = JSON.stringify(renderPush(row.template, row.locale, row.data));
    const subscriptions = await listUserSubscriptions(db, row.organizationId, row.recipient);
    const errors: string[] = [];
    let delivered = 0;
    for (const s of subscriptions) {
      try {
        // web-push builds the real request (aes128gcm body, VAPID JWT); fetch carries it, so
        // any push service URL works (web-push's own sender speaks https only).
        const request = webpush.generateRequestDetails(
          { endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } },
          payload,
          {
            vapidDetails: { subject, publicKey: vapid.publicKey, privateKey: vapid.privateKey },
            TTL: options.ttlSeconds ?? 86_400,
            contentEncoding: 'aes128gcm',
            urgency: 'high',
          },
        );
        const response = await fetch(request.endpoint, {
          method: request.method,
          headers: request.headers as Record<string, string>,
          body: request.body as unknown as BodyInit,
          signal: AbortSignal.timeout(15_000),
        });
        const text = await response.text().catch(() => '');
        if (response.status === 404 || response.status === 410) {
          await deleteSubscription(db, s.id);
          logger.info({ subscriptionId: s.id }, 'push: subscription is gone; deleted');
        } else if (response.ok) {
          delivered++;
        } else {
          errors.push(`HTTP ${response.status}: ${text.slice(0, 200)}`);
        }
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
    if (errors.length === 0) {
      await markSent(db, row.id, token, `${delivered}/${subscriptions.length} subscriptions`);
      return;
    }
    const retryAt = nextAttemptAt(retry, row.attempts);
    await markFailed(db, row.id, token, errors.join(' · '), retryAt);
    logger.warn({ messageId: row.id }, `push: delivery failed (${errors[0]})`);
  };

  const runBatch = async () => {
    const claim = await claimDueMessages(db, {
      channel: 'push',
      limit: 10,
      leaseMs: 5 * 60_000,
      maxAttempts: retry.maxAttempts,
    });
    for (const row of claim.rows) await deliver(row, claim.token);
    return claim.rows.length;
  };
  const drainNow = async () => {
    while (!stopped && (await runBatch()) > 0) {}
  };
  const poll = () => {
    timer = null;
    void exclusive(drainNow)
      .catch((error: unknown) => logger.error({ err: error }, 'push: polling failed; trying again'))
      .finally(() => {
        if (!stopped) timer = setTimeout(poll, pollIntervalMs);
      });
  };
  timer = setTimeout(poll, 0);

  return {
    drain: () => exclusive(drainNow),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await queue;
    },
  };
}
