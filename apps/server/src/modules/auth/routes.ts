import {
  loginBodySchema,
  logoutBodySchema,
  meSchema,
  refreshBodySchema,
  tokenPairSchema,
  updateMeBodySchema,
} from '@usta/contracts/auth';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppContext } from '../../http/app-context.ts';
import { actorOf } from '../../http/authenticate.ts';
import { AppError } from '../../http/errors.ts';
import { updateOwnProfile } from '../users/update-own-profile.ts';
import { describeMe } from './describe-me.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { refreshSession } from './refresh-session.ts';

export const REFRESH_COOKIE = 'usta_refresh';
const COOKIE_PATH = '/api/v1/auth';

export function authRoutes(app: App, context: AppContext) {
  const { db, config } = context;
  const tags = ['auth'];
  const settings = { tokens: context.tokens, refreshTokenTtlDays: config.refreshTokenTtlDays };

  const setRefreshCookie = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(REFRESH_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.protocol === 'https',
      path: COOKIE_PATH,
      maxAge: config.refreshTokenTtlDays * 86_400,
    });

  app.post('/api/v1/auth/login', {
    config: { access: { public: true } },
    schema: {
      tags,
      summary: 'Sign in with e-mail and password',
      description:
        'Returns a short-lived access token and a refresh token (also set as an httpOnly cookie for browsers). ' +
        'Failed attempts are limited per account and per client address (429 with Retry-After).',
      body: loginBodySchema,
      response: { 200: tokenPairSchema },
    },
    handler: async (req, reply) => {
      try {
        const pair = await logIn(
          db,
          { ...settings, throttle: context.throttle },
          {
            ...req.body,
            ip: req.ip,
            userAgent: req.headers['user-agent'],
          },
        );
        setRefreshCookie(req, reply, pair.refreshToken);
        return pair;
      } catch (error) {
        if (error instanceof AppError && error.code === 'RATE_LIMITED') {
          reply.header('retry-after', String(error.extensions.retryAfter ?? 60));
        }
        throw error;
      }
    },
  });

  app.post('/api/v1/auth/refresh', {
    config: { access: { public: true } },
    schema: {
      tags,
      summary: 'Exchange a refresh token for a new pair (rotation with reuse detection)',
      body: refreshBodySchema.optional(),
      response: { 200: tokenPairSchema },
    },
    handler: async (req, reply) => {
      const token = req.body?.refreshToken ?? req.cookies[REFRESH_COOKIE];
      if (!token) throw new AppError('SESSION_ENDED');
      try {
        const pair = await refreshSession(db, settings, token);
        setRefreshCookie(req, reply, pair.refreshToken);
        return pair;
      } catch (error) {
        reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
        throw error;
      }
    },
  });

  app.post('/api/v1/auth/logout', {
    config: { access: { public: true } },
    schema: {
      tags,
      summary: 'End the session',
      body: logoutBodySchema.optional(),
      response: { 204: z.null() },
    },
    handler: async (req, reply) => {
      const bearer = req.headers.authorization?.startsWith('Bearer ')
        ? await context.tokens.verifyAccess(req.headers.authorization.slice(7))
        : null;
      await logOut(db, {
        refreshToken: req.body?.refreshToken ?? req.cookies[REFRESH_COOKIE],
        sessionId: bearer?.sessionId,
      });
      reply.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/me', {
    config: { access: { authenticated: true } },
    schema: { tags, summary: 'The signed-in user, their permissions and areas', response: { 200: meSchema } },
    handler: (req) => {
      const auth = req.auth!;
      return describeMe(db, { ...auth });
    },
  });

  app.patch('/api/v1/me', {
    config: { access: { authenticated: true } },
    schema: {
      tags,
      summary: 'Change your own language or name',
      body: updateMeBodySchema,
      response: { 200: meSchema },
    },
    handler: async (req) => {
      const row = await updateOwnProfile(db, actorOf(req), req.body);
      return describeMe(db, { ...req.auth!, name: row.name, locale: row.locale });
    },
  });
}
