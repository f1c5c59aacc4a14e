import type { TokenPair } from '@usta/contracts/auth';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';
import { findUserByEmail } from '../users/user-repository.ts';
import { issueTokens, type TokenSettings } from './issue-tokens.ts';
import {
  assertLoginAllowed,
  clearAccountFailures,
  recordLoginFailure,
  type ThrottlePolicy,
} from './login-throttle.ts';
import { verifyAgainstNothing, verifyPassword } from './passwords.ts';
import { createSession } from './session-repository.ts';

export interface LogInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

/**
 * Unknown e-mail, wrong password and a deactivated account all end in the same 401 after the
 * same amount of hashing work, and all count towards the throttle.
 */
export async function logIn(
  db: Database,
  settings: TokenSettings & { throttle: ThrottlePolicy },
  input: LogInInput,
): Promise<TokenPair> {
  const email = input.email.trim().toLowerCase();
  await assertLoginAllowed(db, email, input.ip, settings.throttle);
  const user = await findUserByEmail(db, email);
  const passwordMatches = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!user || !passwordMatches || !user.active) {
    await recordLoginFailure(db, email, input.ip, settings.throttle);
    throw new AppError('INVALID_CREDENTIALS');
  }
  await clearAccountFailures(db, email);
  return db.transaction(async (tx) => {
    const sessionId = await createSession(tx, {
      organizationId: user.organizationId,
      userId: user.id,
      expiresAt: new Date(Date.now() + 90 * 86_400_000),
      ip: input.ip,
      userAgent: input.userAgent,
    });
    return issueTokens(tx, settings, sessionId, { ...user, userId: user.id });
  });
}
