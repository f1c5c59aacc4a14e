import { createHash } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database.ts';
import { idempotencyKeys } from '../modules/platform/tables.ts';
import { AppError } from './errors.ts';
import { addRouteHook, routeMethods } from './route-hooks.ts';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { organizationId: string; userId: string; key: string } | null;
  }
}

const KEY_PATTERN = /^[\w.:-]{1,200}$/;
export const IDEMPOTENCY_RETENTION_DAYS = 30;

/**
 * Honours `Idempotency-Key` on every authenticated POST: the first request claims the key
 * (insert-first, so two concurrent copies cannot both run), its answer is stored, and every
 * repeat gets that answer back. A 5xx releases the key so the client may retry.
 */
export function registerIdempotency(app: FastifyInstance, db: Database): void {
  app.decorateRequest('idempotency', null);

  // On POST routes only: every other request would pass through both hooks for nothing.
  app.addHook('onRoute', (route) => {
    if (!routeMethods(route).includes('POST')) return;
    addRouteHook(route, 'preHandler', claimOrReplay);
    addRouteHook(route, 'onSend', storeAnswer);
  });

  async function claimOrReplay(request: FastifyRequest, reply: FastifyReply) {
    const key = request.headers['idempotency-key'];
    if (request.method !== 'POST' || typeof key !== 'string' || !request.auth) return;
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('VALIDATION_FAILED', {}, [{ path: 'Idempotency-Key', code: 'invalid' }]);
    }
    const scope = { organizationId: request.auth.organizationId, userId: request.auth.userId, key };
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
      .digest('base64url');
    const claimed = await db
      .insert(idempotencyKeys)
      .values({ ...scope, method: request.method, path: request.url, requestHash, state: 'pending' })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length > 0) {
      request.idempotency = scope;
      return;
    }
    const [existing] = await db.select().from(idempotencyKeys).where(matches(scope));
    if (!existing) throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    if (existing.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (existing.state === 'pending') throw new AppError('IDEMPOTENCY_IN_PROGRESS');
    return reply
      .status(existing.responseStatus ?? 200)
      .header('idempotent-replayed', 'true')
      .type(
        existing.responseStatus && existing.responseStatus >= 400
          ? 'application/problem+json'
          : 'application/json',
      )
      .serializer(JSON.stringify)
      .send(existing.responseBody);
  }

  async function storeAnswer(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
    const scope = request.idempotency;
    if (!scope) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500) {
      await db.delete(idempotencyKeys).where(matches(scope));
      return payload;
    }
    let body: unknown = null;
    if (typeof payload === 'string' && payload.length > 0) {
      try {
        body = JSON.parse(payload);
      } catch {
        body = payload;
      }
    }
    await db
      .update(idempotencyKeys)
      .set({ state: 'done', responseStatus: reply.statusCode, responseBody: body })
      .where(matches(scope));
    return payload;
  }
}

function matches(scope: { organizationId: string; userId: string; key: string }) {
  return and(
    eq(idempotencyKeys.organizationId, scope.organizationId),
    eq(idempotencyKeys.userId, scope.userId),
    eq(idempotencyKeys.key, scope.key),
  );
}

export async function purgeOldIdempotencyKeys(db: Database): Promise<void> {
  const cutoff = new Date(Date.now() - IDEMPOTENCY_RETENTION_DAYS * 86_400_000);
  await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, cutoff));
}
