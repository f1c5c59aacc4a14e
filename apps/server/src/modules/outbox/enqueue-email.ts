import type { Executor } from '../../db/database.ts';
import { type EmailTemplate, isEmailTemplate } from './email-templates/index.ts';
import { outboxMessages } from './tables.ts';

export interface EnqueueEmailInput {
  organizationId: string;
  to: string;
  template: EmailTemplate;
  locale: 'tr' | 'en';
  /** What the template prints; the keys each template reads are listed in its file. */
  data: Record<string, unknown>;
  /** One event, one message: a second call with the same key in the organisation does nothing. */
  dedupeKey?: string;
}

/**
 * Queues an e-mail in the caller's transaction (DESIGN.md: side effects leave through an outbox
 * written in the same transaction, after commit). Nothing is sent here: the outbox worker
 * delivers after the transaction commits, and a rolled-back transaction leaves no message.
 *
 * A recipient that is not an address is still queued, so a bad e-mail on a customer card cannot
 * stop a work order from opening; the worker marks such a message dead and the log shows why.
 */
export async function enqueueEmail(tx: Executor, input: EnqueueEmailInput): Promise<void> {
  if (!isEmailTemplate(input.template)) throw new Error(`Unknown e-mail template: ${input.template}`);
  await tx
    .insert(outboxMessages)
    .values({
      organizationId: input.organizationId,
      channel: 'email',
      recipient: input.to.trim(),
      template: input.template,
      locale: input.locale === 'en' ? 'en' : 'tr',
      // JSON round trip: Dates become ISO strings, undefined keys disappear, as the template expects.
      data: JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>,
      dedupeKey: input.dedupeKey ?? null,
    })
    .onConflictDoNothing({ target: [outboxMessages.organizationId, outboxMessages.dedupeKey] });
}

/** Many e-mails in one statement per 500 (the SLA worker's batches); same rules as `enqueueEmail`. */
export async function enqueueEmails(tx: Executor, inputs: readonly EnqueueEmailInput[]): Promise<void> {
  for (let i = 0; i < inputs.length; i += 500) {
    const chunk = inputs.slice(i, i + 500);
    for (const input of chunk)
      if (!isEmailTemplate(input.template)) throw new Error(`Unknown e-mail template: ${input.template}`);
    await tx
      .insert(outboxMessages)
      .values(
        chunk.map((input) => ({
          organizationId: input.organizationId,
          channel: 'email' as const,
          recipient: input.to.trim(),
          template: input.template,
          locale: input.locale === 'en' ? ('en' as const) : ('tr' as const),
          data: JSON.parse(JSON.stringify(input.data ?? {})) as Record<string, unknown>,
          dedupeKey: input.dedupeKey ?? null,
        })),
      )
      .onConflictDoNothing({ target: [outboxMessages.organizationId, outboxMessages.dedupeKey] });
  }
}
