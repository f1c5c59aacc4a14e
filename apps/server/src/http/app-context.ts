import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { ThrottlePolicy } from '../modules/auth/login-throttle.ts';
import type { TokenService } from '../modules/auth/tokens.ts';

/** What route plugins receive: the shared handles, built once at start. */
export interface AppContext {
  db: Database;
  config: Config;
  tokens: TokenService;
  throttle: ThrottlePolicy;
  /** Reports whether the database answers, for /readyz. */
  checkDatabase(): Promise<boolean>;
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
