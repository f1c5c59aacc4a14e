import type { TokenPair } from '@usta/contracts/auth';
import type { Executor } from '../../db/database.ts';
import { describeMe, type MeSource } from './describe-me.ts';
import { insertRefreshToken } from './session-repository.ts';
import { newRefreshToken, type TokenService } from './tokens.ts';

export interface TokenSettings {
  tokens: TokenService;
  refreshTokenTtlDays: number;
}

/** A fresh access token and a new refresh token in the session's family. */
export async function issueTokens(
  db: Executor,
  settings: TokenSettings,
  sessionId: string,
  user: MeSource,
): Promise<TokenPair> {
  const refresh = newRefreshToken();
  const refreshExpiresAt = new Date(Date.now() + settings.refreshTokenTtlDays * 86_400_000);
  await insertRefreshToken(db, sessionId, refresh.hash, refreshExpiresAt);
  const access = await settings.tokens.signAccess({
    userId: user.userId,
    sessionId,
    organizationId: user.organizationId,
  });
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken: refresh.token,
    user: await describeMe(db, user),
  };
}
