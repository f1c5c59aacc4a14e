import type { Locale } from '@usta/contracts/common';
import type { Permission } from '@usta/core/access';

/**
 * What a route needs, declared on every route under /api/v1 (deny by default: a route that
 * declares nothing makes the server refuse to start).
 */
export type Access = { public: true } | { authenticated: true } | { permission: Permission };

export interface AuthContext {
  userId: string;
  organizationId: string;
  organizationName: string;
  sessionId: string;
  name: string;
  email: string;
  roles: string[];
  permissions: ReadonlySet<Permission>;
  locale: Locale;
}

/** Who does a use case, for row rules and the audit trail. */
export interface Actor {
  userId: string;
  organizationId: string;
  name: string;
  permissions: ReadonlySet<Permission>;
  requestId: string | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}
