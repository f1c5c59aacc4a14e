import { z } from 'zod';

/** The installation's VAPID public key, base64url (the `applicationServerKey` of subscribe()). */
export const vapidPublicKeySchema = z.object({ publicKey: z.string() });
export type VapidPublicKey = z.infer<typeof vapidPublicKeySchema>;

const base64url = z
  .string()
  .min(16)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+=*$/, 'invalid_base64url');

/** A browser's `PushSubscription.toJSON()` (W3C Push API), as the field app sends it. */
export const pushSubscriptionInputSchema = z.object({
  endpoint: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .describe('Push service URL of this browser'),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({
    p256dh: base64url.describe('Browser ECDH P-256 public key (65 bytes, base64url)'),
    auth: base64url.describe('Authentication secret (16 bytes, base64url)'),
  }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInputSchema>;

export const pushSubscriptionSchema = z.object({
  id: z.uuid(),
  endpoint: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type PushSubscriptionRecord = z.infer<typeof pushSubscriptionSchema>;

export const deletePushSubscriptionSchema = z.object({ endpoint: z.string().min(1).max(2000) });

/** What the service worker receives (decrypted) in a push event. */
export const pushPayloadSchema = z.object({
  /** `removed_from_plan`: the order was reassigned or its visit moved to someone else. */
  kind: z.enum(['work_order_assigned', 'visit_changed', 'removed_from_plan']),
  title: z.string(),
  body: z.string(),
  /** Path in the field app to open on click. */
  url: z.string(),
  workOrderId: z.string().optional(),
  number: z.string().optional(),
});
export type PushPayload = z.infer<typeof pushPayloadSchema>;
