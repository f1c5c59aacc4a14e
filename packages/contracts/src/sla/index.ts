import { z } from 'zod';

export const prioritySchema = z.enum(['P1', 'P2', 'P3', 'P4']);

export const slaPreviewBodySchema = z.strictObject({
  priority: prioritySchema,
  calendarId: z.uuid().optional(),
  receivedAt: z.iso.datetime({ offset: true, message: 'invalid_datetime' }),
});

export const slaPreviewSchema = z.object({
  priority: prioritySchema,
  calendarId: z.uuid(),
  timeZone: z.string(),
  receivedAt: z.string(),
  clockStartsAt: z.string().describe('The first working moment at or after receivedAt'),
  responseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  targets: z.object({
    firstResponse: z.object({ amount: z.number(), unit: z.string() }).nullable(),
    resolution: z.object({ amount: z.number(), unit: z.string() }).nullable(),
  }),
});
export type SlaPreview = z.infer<typeof slaPreviewSchema>;
