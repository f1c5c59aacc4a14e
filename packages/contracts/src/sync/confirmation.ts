import { z } from 'zod';

/** `GET/POST /public/confirmations/{token}`: the customer confirms the work with the QR code's token. */
export const confirmationParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/u, { message: 'invalid_token' }),
});

export const customerConfirmationSchema = z.object({
  number: z.string(),
  customerName: z.string(),
  complaint: z.string(),
  diagnosis: z.string().nullable(),
  workDone: z.string().nullable(),
  parts: z.array(z.object({ name: z.string(), quantity: z.number(), unit: z.string() })),
  requestedAt: z.iso.datetime({ offset: true }),
  confirmedAt: z.iso.datetime({ offset: true }).nullable(),
  confirmedName: z.string().nullable(),
});
export type CustomerConfirmation = z.infer<typeof customerConfirmationSchema>;

export const confirmBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Who confirms, as they write their name'),
});
