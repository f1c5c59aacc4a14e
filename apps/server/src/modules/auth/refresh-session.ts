import type { TokenPair } from '@usta/contracts/auth';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { issueTokens, type TokenSettings } from './issue-tokens.ts';
import {
  findSessionUser,
  lockRefreshToken,
  markRefreshTokenUsed,
  revokeSession,
} from './session-repository.ts';
import { hashRefreshToken } from './tokens.ts';

/**
 * A client that refreshes twice at once (two tabs, a retry after a lost response) presents the
 * same token twice within moments; that is not theft. Past this grace, a used token means a
 * copy exists somewhere else, and the whole family is revoked.
 */
export const REUSE_GRACE_MS = 20_000;

export async function refreshSession(
  db: Database,
  settings: TokenSettings,
  refreshToken: string,
): Promise<TokenPair> {
  const outcome = await db.transaction(async (tx) => {
    const token = await lockRefreshToken(tx, hashRefreshToken(refreshToken));
    if (!token) return { error: 'unknown' as const };
    const session = await findSessionUser(tx, token.sessionId);
    if (!session || session.sessionRevokedAt || session.sessionExpiresAt < new Date() || !session.active) {
      return { error: 'ended' as const };
    }
    if (token.expiresAt < new Date()) return { error: 'ended' as const };
    if (token.usedAt && Date.now() - token.usedAt.getTime() > REUSE_GRACE_MS) {
      await revokeSession(tx, token.sessionId, 'refresh_token_reuse');
      return { error: 'reused' as const };
    }
    if (!token.usedAt) await markRefreshTokenUsed(tx, token.tokenHash);
    return { pair: await issueTokens(tx, settings, token.sessionId, session) };
  });
  // The revocation above must commit, so the failure is thrown only after the transaction.
  if ('error' in outcome) throw new AppError('SESSION_ENDED', {}, [], { reason: outcome.error });
  return outcome.pair;
}
