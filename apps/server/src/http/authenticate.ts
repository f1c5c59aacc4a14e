import { isPermission, permissionsOf } from '@usta/core/access';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { findSessionUser } from '../modules/auth/session-repository.ts';
import type { TokenService } from '../modules/auth/tokens.ts';
import type { Access, Actor, AuthContext } from './access.ts';
import { AppError } from './errors.ts';

export const API_PREFIX = '/api/v1/';

export interface RouteEntry {
  method: string;
  url: string;
  access: Access | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every /api/v1 route with its declared access, for the permission matrix test. */
    routeTable: RouteEntry[];
  }
}

/**
 * Deny by default. Every /api/v1 route must declare its access; the check runs in onRequest,
 * before the body is even parsed, so an unauthorised caller learns nothing about the schema.
 */
export function registerAuthentication(app: FastifyInstance, db: Database, tokens: TokenService): void {
  app.decorateRequest('auth', null);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const access = route.config?.access;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url, access: access ?? null });
    }
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access; add config.access.`);
    if ('permission' in access && !isPermission(access.permission)) {
      throw new Error(`Route ${route.method} ${route.url} names an unknown permission ${access.permission}.`);
    }
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access || 'public' in access) return;
    request.auth = await authenticate(request, db, tokens);
    if (!isAllowed(access, request.auth)) throw new AppError('FORBIDDEN');
  });
}

async function authenticate(
  request: FastifyRequest,
  db: Database,
  tokens: TokenService,
): Promise<AuthContext> {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) throw new AppError('UNAUTHENTICATED');
  const claims = await tokens.verifyAccess(header.slice(7).trim());
  if (!claims) throw new AppError('UNAUTHENTICATED');
  // Checked on every request, so deactivation and logout take effect at once, not at token expiry.
  const session = await findSessionUser(db, claims.sessionId);
  if (!session || session.sessionRevokedAt || !session.active || session.userId !== claims.userId) {
    throw new AppError('SESSION_ENDED');
  }
  return {
    userId: session.userId,
    organizationId: session.organizationId,
    organizationName: session.organizationName,
    sessionId: session.sessionId,
    name: session.name,
    email: session.email,
    roles: session.roles,
    permissions: new Set(permissionsOf(session.roles)),
    locale: session.locale === 'en' ? 'en' : 'tr',
  };
}

function isAllowed(access: Access, auth: AuthContext): boolean {
  if ('authenticated' in access) return true;
  if ('permission' in access) return auth.permissions.has(access.permission);
  return false;
}

/** The signed-in caller as a use case sees them. Only valid on authenticated routes. */
export function actorOf(request: FastifyRequest): Actor {
  const auth = request.auth;
  if (!auth) throw new AppError('UNAUTHENTICATED');
  return {
    userId: auth.userId,
    organizationId: auth.organizationId,
    name: auth.name,
    permissions: auth.permissions,
    requestId: String(request.id),
  };
}
