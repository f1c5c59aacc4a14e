import { isApiError } from '../api/problem.ts';

/** Why a login failed, kept as data so the message re-renders in the language of the moment. */
export type LoginFailure =
  | { kind: 'invalid' }
  | { kind: 'rateLimited'; retryAt: number; waitSeconds: number }
  | { kind: 'other'; error: unknown };

export function loginFailureOf(error: unknown, now: number = Date.now()): LoginFailure {
  if (isApiError(error) && error.status === 401) return { kind: 'invalid' };
  if (isApiError(error) && error.status === 429) {
    // Without a Retry-After the server still told us to slow down; a minute is a fair guess.
    const waitSeconds = error.retryAfterSeconds ?? 60;
    return { kind: 'rateLimited', retryAt: now + waitSeconds * 1000, waitSeconds };
  }
  return { kind: 'other', error };
}
