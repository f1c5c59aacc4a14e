import type { Database } from '../../db/database.ts';
import { isEmailTemplate, renderEmail } from './email-templates/index.ts';
import { markFailed, markSent, type OutboxRow } from './outbox-repository.ts';
import type { OutboxLogger } from './outbox-worker.ts';
import { nextAttemptAt, type RetryPolicy } from './retry-policy.ts';
import type { EmailSender } from './smtp-sender.ts';

interface DeliveryContext {
  db: Database;
  sender: EmailSender;
  logger: OutboxLogger;
  retry: RetryPolicy;
}

// Deliberately loose: the SMTP server is the judge; this only catches what can never work.
const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Sends one claimed message and records the outcome against the claim. */
export async function deliverEmail(context: DeliveryContext, row: OutboxRow, token: string): Promise<void> {
  const { db, sender, logger, retry } = context;
  const permanent = !isEmailTemplate(row.template)
    ? `unknown template ${row.template}`
    : !ADDRESS.test(row.recipient)
      ? `not an e-mail address: ${row.recipient}`
      : null;
  if (permanent) {
    await markFailed(db, row.id, token, permanent, null);
    logger.warn({ messageId: row.id }, `outbox: message is dead (${permanent})`);
    return;
  }
  let providerMessageId: string | null;
  try {
    const email = renderEmail(row.template as Parameters<typeof renderEmail>[0], row.locale, row.data);
    ({ messageId: providerMessageId } = await sender.send({
      ...email,
      to: row.recipient,
      messageId: `<${row.id}@usta.outbox>`,
    }));
  } catch (error) {
    const reason = describe(error);
    const retryAt = nextAttemptAt(retry, row.attempts);
    await markFailed(db, row.id, token, reason, retryAt);
    logger.warn(
      { messageId: row.id, attempts: row.attempts, retryAt: retryAt?.toISOString() ?? null },
      `outbox: sending failed (${reason})${retryAt ? '' : '; giving up'}`,
    );
    return;
  }
  if (!(await markSent(db, row.id, token, providerMessageId))) {
    // Our lease ran out while the server was still answering; another worker may send it too.
    logger.warn({ messageId: row.id }, 'outbox: sent after the lease ended; it may go out twice');
  }
}

function describe(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  if (e.responseCode) return `SMTP ${e.responseCode}: ${e.response ?? e.message ?? ''}`.trim();
  return [e.code, e.message].filter(Boolean).join(': ') || String(error);
}
