import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { App, AppContext } from './http/app-context.ts';
import { registerAuthentication } from './http/authenticate.ts';
import { registerIdempotency } from './http/idempotency.ts';
import { registerProblemHandlers } from './http/problem.ts';
import { registerResponseHeaders } from './http/security-headers.ts';
import { attachmentRoutes } from './modules/attachments/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { calendarRoutes } from './modules/calendars/routes.ts';
import { customerRoutes } from './modules/customers/routes.ts';
import { deviceRoutes } from './modules/devices/routes.ts';
import { olaRoutes } from './modules/ola/routes.ts';
import { outboxRoutes } from './modules/outbox/routes.ts';
import { planningRoutes } from './modules/planning/routes.ts';
import { healthRoutes } from './modules/platform/health-routes.ts';
import { pushRoutes } from './modules/push/routes.ts';
import { serviceFormRoutes } from './modules/service-forms/routes.ts';
import { slaRoutes } from './modules/sla/routes.ts';
import { stockRoutes } from './modules/stock/routes.ts';
import { syncRoutes } from './modules/sync/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { workOrderRoutes } from './modules/work-orders/routes.ts';

/** Every module's routes, in one list, so the permission matrix test sees them all. */
export const ROUTE_MODULES = [
  healthRoutes,
  authRoutes,
  userRoutes,
  auditRoutes,
  customerRoutes,
  deviceRoutes,
  workOrderRoutes,
  outboxRoutes,
  calendarRoutes,
  slaRoutes,
  olaRoutes,
  planningRoutes,
  serviceFormRoutes,
  syncRoutes,
  stockRoutes,
  attachmentRoutes,
  pushRoutes,
] as const;

export interface BuildAppOptions {
  logger?: FastifyServerOptions['logger'];
  webDist?: string | undefined;
  /** The built field app; next to the web app's dist when left out. */
  fieldDist?: string | undefined;
}

/** Plugins load in a fixed order: external → app → routes (fastify/demo). */
export async function buildApp(context: AppContext, options: BuildAppOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(context.config.trustProxy),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  // External plugins.
  registerResponseHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
      },
    },
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Usta API',
        version: '1',
        description:
          'Service tracking: work orders, customers, devices, planning. Errors are RFC 9457 problem+json.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  const webDist = options.webDist;
  const servesWeb = Boolean(webDist && existsSync(path.join(webDist, 'index.html')));
  if (servesWeb) await app.register(fastifyStatic, { root: webDist!, wildcard: false, index: false });
  // The technician's PWA (apps/field) beside the back office, under /field/ with its own worker scope.
  const fieldDist = options.fieldDist ?? (webDist ? path.resolve(webDist, '../../field/dist') : undefined);
  if (fieldDist && existsSync(path.join(fieldDist, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: fieldDist,
      prefix: '/field/',
      wildcard: false,
      index: ['index.html'],
      decorateReply: false,
    });
  }

  // Application plugins.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app, { singlePageApp: servesWeb });
  registerAuthentication(app, context.db, context.tokens);
  registerIdempotency(app, context.db);

  // Routes.
  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, () =>
    app.swagger(),
  );
  for (const register of ROUTE_MODULES) register(app, context);

  return app;
}

function trustProxyOption(setting: boolean | string | number) {
  // A number means "trust that many hops"; Fastify takes that as a function of the hop index.
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}
