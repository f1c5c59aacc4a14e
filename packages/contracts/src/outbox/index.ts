import { z } from 'zod';
import { localeSchema, pageOf, paginationQuerySchema } from '../common/index.ts';

export const outboxChannelSchema = z.enum(['email', 'sms', 'whatsapp', 'push', 'webhook']);
export const outboxStatusSchema = z
  .enum(['pending', 'sending', 'sent', 'failed', 'dead'])
  .describe('pending: queued · sending: a worker holds it · sent · failed: will retry · dead: gave up');

/** One outgoing message as logged (PRODUCT.md capability 12: every message logged). */
export const outboxMessageSchema = z.object({
  id: z.uuid(),
  channel: outboxChannelSchema,
  recipient: z.string(),
  template: z.string(),
  locale: localeSchema,
  data: z.record(z.string(), z.unknown()).describe('What the template printed'),
  dedupeKey: z.string().nullable(),
  status: outboxStatusSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .describe('When it is tried next (null once sent or dead)'),
  lastError: z.string().nullable(),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const listOutboxMessagesQuerySchema = paginationQuerySchema.extend({
  status: outboxStatusSchema.optional(),
  channel: outboxChannelSchema.optional(),
  recipient: z.string().trim().min(1).max(320).optional().describe('Exact address, any letter case'),
  template: z.string().max(100).optional(),
});
export type ListOutboxMessagesQuery = z.infer<typeof listOutboxMessagesQuerySchema>;

export const outboxMessagePageSchema = pageOf(outboxMessageSchema);
