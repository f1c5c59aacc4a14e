import type { AuthContext } from './access.ts';

/**
 * How long this process trusts a session check it made (docs/decisions/0005). A session revoked
 * or a user deactivated through another process (or straight in the database) is refused by
 * this one at most this long afterwards; through this process, at once.
 */
export const SESSION_CACHE_MS = 5_000;

const MAX_ENTRIES = 10_000;

interface Entry {
  auth: AuthContext;
  /** Date.now() after which the entry is not used: the check's age bound or the token's expiry. */
  until: number;
}

/**
 * Verified access tokens with the session check they passed, per process. Keyed by the whole
 * token, so a hit skips the signature check as well; `until` never passes the token's own
 * expiry. `generation` guards against a check that was in flight while the cache was cleared:
 * its (possibly stale) answer is not stored.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  generation = 0;

  constructor(private readonly ttlMs: number) {}

  get(token: string, now: number): AuthContext | null {
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (entry.until <= now) {
      this.entries.delete(token);
      return null;
    }
    return entry.auth;
  }

  set(token: string, auth: AuthContext, tokenExpiresAt: number, generation: number, now: number): void {
    if (this.ttlMs <= 0 || generation !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first (Map keeps insertion order): drop a tenth rather than one per insert.
      let drop = MAX_ENTRIES / 10;
      for (const key of this.entries.keys()) {
        this.entries.delete(key);
        if (--drop <= 0) break;
      }
    }
    this.entries.set(token, { auth, until: Math.min(now + this.ttlMs, tokenExpiresAt) });
  }

  /** Forget every check: the next request of every session goes to the database. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The `exp` of a JWT (already verified by the caller) in ms; 0 when absent, so it is not kept. */
export function tokenExpiry(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}
