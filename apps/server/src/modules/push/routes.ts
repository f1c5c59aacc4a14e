import {
  deletePushSubscriptionSchema,
  pushSubscriptionInputSchema,
  pushSubscriptionSchema,
  vapidPublicKeySchema,
} from '@usta/contracts/push';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { subscribe, unsubscribe } from './subscriptions.ts';
import { loadVapidKeys } from './vapid-keys.ts';

// Technicians' browsers subscribe; whoever works orders in the field app may.
const access = { permission: 'work_order:work' } as const;

export function pushRoutes(app: App, { db }: AppContext) {
  app.get('/api/v1/push/vapid-public-key', {
    config: { access },
    schema: {
      tags: ['push'],
      summary: "The installation's VAPID public key for PushManager.subscribe()",
      response: { 200: vapidPublicKeySchema },
    },
    handler: async () => ({ publicKey: (await loadVapidKeys(db)).publicKey }),
  });

  app.post('/api/v1/push/subscriptions', {
    config: { access },
    schema: {
      tags: ['push'],
      summary: "Saves this browser's push subscription for the signed-in user",
      body: pushSubscriptionInputSchema,
      response: { 201: pushSubscriptionSchema },
    },
    handler: async (req, reply) => {
      const saved = await subscribe(db, actorOf(req), req.body, req.headers['user-agent']);
      return reply.code(201).send(saved);
    },
  });

  app.delete('/api/v1/push/subscriptions', {
    config: { access },
    schema: {
      tags: ['push'],
      summary: "Forgets this browser's push subscription (the app falls back to the next sync)",
      body: deletePushSubscriptionSchema,
    },
    handler: async (req, reply) => {
      await unsubscribe(db, actorOf(req), req.body.endpoint);
      return reply.code(204).send();
    },
  });
}
