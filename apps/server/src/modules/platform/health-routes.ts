import { z } from 'zod';
import type { App, AppContext } from '../../http/app-context.ts';
import { AppError } from '../../http/errors.ts';

export function healthRoutes(app: App, context: AppContext) {
  app.get('/healthz', {
    config: { access: { public: true } },
    schema: {
      tags: ['operations'],
      summary: 'Liveness',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    config: { access: { public: true } },
    schema: {
      tags: ['operations'],
      summary: 'Readiness: the database answers',
      response: { 200: z.object({ status: z.literal('ready') }) },
    },
    handler: async () => {
      if (!(await context.checkDatabase())) throw new AppError('UNAVAILABLE');
      return { status: 'ready' as const };
    },
  });
}
