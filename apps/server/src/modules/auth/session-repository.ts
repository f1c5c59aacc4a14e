import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { organizations } from '../organizations/tables.ts';
import { users } from '../users/tables.ts';
import { authSessions, refreshTokens } from './tables.ts';

export interface SessionUser {
  sessionId: string;
  sessionRevokedAt: Date | null;
  sessionExpiresAt: Date;
  userId: string;
  organizationId: string;
  organizationName: string;
  email: string;
  name: string;
  roles: string[];
  locale: string;
  active: boolean;
}

const sessionUserColumns = {
  sessionId: authSessions.id,
  sessionRevokedAt: authSessions.revokedAt,
  sessionExpiresAt: authSessions.expiresAt,
  userId: users.id,
  organizationId: users.organizationId,
  organizationName: organizations.name,
  email: users.email,
  name: users.name,
  roles: users.roles,
  locale: users.locale,
  active: users.active,
};

/** One indexed query per authenticated request: the session and its user, both still current. */
export async function findSessionUser(db: Executor, sessionId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select(sessionUserColumns)
    .from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(authSessions.id, sessionId));
  return row ?? null;
}

export async function createSession(
  db: Executor,
  input: {
    organizationId: string;
    userId: string;
    expiresAt: Date;
    ip: string;
    userAgent: string | undefined;
  },
): Promise<string> {
  const [row] = await db
    .insert(authSessions)
    .values({ ...input, userAgent: input.userAgent?.slice(0, 500) ?? null })
    .returning({ id: authSessions.id });
  return row!.id;
}

export async function insertRefreshToken(db: Executor, sessionId: string, hash: string, expiresAt: Date) {
  await db.insert(refreshTokens).values({ tokenHash: hash, sessionId, expiresAt });
}

export interface RefreshTokenRow {
  tokenHash: string;
  sessionId: string;
  expiresAt: Date;
  usedAt: Date | null;
}

/** Locks the token's session, so that two refreshes of one family are decided one after the other. */
export async function lockRefreshToken(db: Executor, hash: string): Promise<RefreshTokenRow | null> {
  const [token] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hash));
  if (!token) return null;
  await db.execute(sql`SELECT 1 FROM auth_sessions WHERE id = ${token.sessionId} FOR UPDATE`);
  const [fresh] = await db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, hash));
  return fresh ?? null;
}

export async function markRefreshTokenUsed(db: Executor, hash: string) {
  await db.update(refreshTokens).set({ usedAt: new Date() }).where(eq(refreshTokens.tokenHash, hash));
}

export async function revokeSession(db: Executor, sessionId: string, reason: string) {
  await db
    .update(authSessions)
    .set({ revokedAt: new Date(), revokeReason: reason })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revokedAt)));
}

export async function revokeSessionsOfUser(db: Executor, userId: string, reason: string) {
  await db
    .update(authSessions)
    .set({ revokedAt: new Date(), revokeReason: reason })
    .where(and(eq(authSessions.userId, userId), isNull(authSessions.revokedAt)));
}
