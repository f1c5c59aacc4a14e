import type { Database } from '../../db/database.ts';
import { lockRefreshToken, revokeSession } from './session-repository.ts';
import { hashRefreshToken } from './tokens.ts';

/** Ends the session of the given refresh token or access-token session; unknown ones are ignored. */
export async function logOut(
  db: Database,
  input: { refreshToken?: string | undefined; sessionId?: string | undefined },
) {
  await db.transaction(async (tx) => {
    let sessionId = input.sessionId;
    if (!sessionId && input.refreshToken) {
      sessionId = (await lockRefreshToken(tx, hashRefreshToken(input.refreshToken)))?.sessionId;
    }
    if (sessionId) await revokeSession(tx, sessionId, 'logout');
  });
}
