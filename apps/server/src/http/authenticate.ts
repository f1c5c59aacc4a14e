import { isPermission, permissionsOf } from '@usta/core/access';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { findSessionUser, type SessionUser } from '../modules/auth/session-repository.ts';
import type { TokenService } from '../modules/auth/tokens.ts';
import type { Access, Actor, AuthContext } from './access.ts';
import { AppError } from './errors.ts';
import { addRouteHook, routeMethods } from './route-hooks.ts';
import { SESSION_CACHE_MS, SessionCache, tokenExpiry } from './session-cache.ts';

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
    /** Recently checked sessions of this process (see SessionCache). */
    sessionCache: SessionCache;
  }
}

/**
 * Deny by default. Every /api/v1 route must declare its access; the check runs in onRequest,
 * before the body is even parsed, so an unauthorised caller learns nothing about the schema.
 */
export function registerAuthentication(
  app: FastifyInstance,
  db: Database,
  tokens: TokenService,
  sessionCacheMs = SESSION_CACHE_MS,
): void {
  app.decorateRequest('auth', null);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  const cache = new SessionCache(sessionCacheMs);
  app.decorate('sessionCache', cache);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith(API_PREFIX)) return;
    const access = route.config?.access;
    const methods = routeMethods(route);
    for (const method of methods) routeTable.push({ method, url: route.url, access: access ?? null });
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access; add config.access.`);
    if ('permission' in access && !isPermission(access.permission)) {
      throw new Error(`Route ${route.method} ${route.url} names an unknown permission ${access.permission}.`);
    }
    // A write that can end a session or change who a user is (logout, refresh, deactivation,
    // roles, password, locale) empties this process's cache before its answer leaves, so the
    // caller's next request is checked against the database (docs/decisions/0005).
    if (SESSION_WRITES.test(route.url) && methods.some((method) => method !== 'GET')) {
      addRouteHook(route, 'onSend', async (request, _reply, payload) => {
        if (request.method !== 'GET' && request.method !== 'HEAD') cache.clear();
        return payload;
      });
    }
  });

  // Callback style: a session this process checked recently costs no promise.
  app.addHook('onRequest', (request, _reply, done) => {
    const access = request.routeOptions.config?.access;
    if (!access || 'public' in access) return done();
    const allow = (auth: AuthContext) => {
      request.auth = auth;
      done(isAllowed(access, auth) ? undefined : new AppError('FORBIDDEN'));
    };
    const cached = cachedSession(request, cache);
    if (cached) return allow(cached);
    authenticate(request, db, tokens, cache).then(allow, done);
  });
}

/** Routes whose writes may revoke a session or change a user's roles, locale or status. */
const SESSION_WRITES = /^\/api\/v1\/(auth|me|users|organizations)(\/|\?|$)/u;

/** The bearer token of a request; null when there is none. */
function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

function cachedSession(request: FastifyRequest, cache: SessionCache): AuthContext | null {
  const token = bearerToken(request);
  return token ? cache.get(token, Date.now()) : null;
}

async function authenticate(
  request: FastifyRequest,
  db: Database,
  tokens: TokenService,
  cache: SessionCache,
): Promise<AuthContext> {
  const token = bearerToken(request);
  if (!token) throw new AppError('UNAUTHENTICATED');
  const now = Date.now();
  const claims = await tokens.verifyAccess(token);
  if (!claims) throw new AppError('UNAUTHENTICATED');
  const generation = cache.generation;
  // Checked against the database at most every SESSION_CACHE_MS per token (and at once after a
  // session-changing write in this process), so deactivation and logout take effect within that
  // bound, not at token expiry.
  const session = await findSessionUser(db, claims.sessionId);
  if (!session || session.sessionRevokedAt || !session.active || session.userId !== claims.userId) {
    throw new AppError('SESSION_ENDED');
  }
  const auth = toAuthContext(session);
  cache.set(token, auth, tokenExpiry(token), generation, now);
  return auth;
}

function toAuthContext(session: SessionUser): AuthContext {
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
