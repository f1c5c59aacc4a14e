import type { Me, TokenPair } from '@usta/contracts/auth';

/**
 * The signed-in session, kept in memory only. The refresh token of the login answer is
 * deliberately dropped: the browser holds it in an httpOnly cookie the page cannot read, so a
 * script injected into the page cannot steal a long-lived credential.
 */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: Me;
}

/** Why the last session ended: an expired one sends the user back where they were after login. */
export type SessionEndReason = 'logout' | 'expired';

type Listener = () => void;

export class SessionStore {
  #session: Session | null = null;
  #endReason: SessionEndReason | null = null;
  readonly #listeners = new Set<Listener>();

  get = (): Session | null => this.#session;

  get endReason(): SessionEndReason | null {
    return this.#endReason;
  }

  start(pair: Pick<TokenPair, 'accessToken' | 'accessTokenExpiresAt' | 'user'>): void {
    this.#session = {
      accessToken: pair.accessToken,
      accessTokenExpiresAt: pair.accessTokenExpiresAt,
      user: pair.user,
    };
    this.#endReason = null;
    this.#emit();
  }

  updateUser(user: Me): void {
    if (!this.#session) return;
    this.#session = { ...this.#session, user };
    this.#emit();
  }

  /** Ends a live session; a failed restore at start-up (no session yet) records no reason. */
  end(reason: SessionEndReason): void {
    if (!this.#session) return;
    this.#session = null;
    this.#endReason = reason;
    this.#emit();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  #emit(): void {
    for (const listener of this.#listeners) listener();
  }
}
