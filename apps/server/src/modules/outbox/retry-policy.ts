export interface RetryPolicy {
  /** Attempts in all, the first included; after the last failure a message is dead. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/** 8 attempts over about two hours: 1, 2, 4, 8, 16, 32, 60 minutes apart. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 60_000, maxDelayMs: 60 * 60_000 };

/**
 * When to try again after `attempts` failed attempts, or null when none is left. A little
 * jitter (±10 %) keeps many messages that failed together (a mail server down) from all
 * coming back in the same second.
 */
export function nextAttemptAt(policy: RetryPolicy, attempts: number, now = Date.now(), random = Math.random) {
  if (attempts >= policy.maxAttempts) return null;
  const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return new Date(now + delay * (0.9 + 0.2 * random()));
}
