import type { TokenPair } from '@usta/contracts/auth';
import { db, getSession, setMeta } from './db.ts';
import { claimDevice } from './sync/owner.ts';
import type { Session } from './types.ts';

/** The server's refresh-token lifetime by default (USTA_REFRESH_TOKEN_DAYS); the phone cannot ask. */
const REFRESH_DAYS = 30;
/** Renew the access token this long before it runs out. */
const EARLY_MS = 30_000;

const locale = () => globalThis.document?.documentElement.lang || 'tr';

export class OfflineError extends Error {
  constructor() {
    super('offline');
  }
}

/** The server answered with a problem document. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: { code?: string; detail?: string; title?: string } | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
}

export class SessionEndedError extends Error {
  constructor() {
    super('session ended');
  }
}

function toSession(pair: TokenPair): Session {
  return {
    accessToken: pair.accessToken,
    accessTokenExpiresAt: pair.accessTokenExpiresAt,
    refreshToken: pair.refreshToken,
    refreshExpiresAt: new Date(Date.now() + REFRESH_DAYS * 86_400_000).toISOString(),
    user: pair.user,
  };
}

async function send(input: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch {
    throw new OfflineError();
  }
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // not JSON: keep the status alone
  }
  return new ApiError(response.status, problem);
}

export async function logIn(email: string, password: string): Promise<Session> {
  const response = await send('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale() },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw await problemOf(response);
  const session = toSession((await response.json()) as TokenPair);
  try {
    await claimDevice(session.user);
  } catch (error) {
    // Refused on this phone: end the new session at once, the first user's stays as it was.
    void revoke(session.refreshToken);
    throw error;
  }
  await setMeta('session', session);
  return session;
}

function revoke(refreshToken: string): Promise<unknown> {
  return send('/api/v1/auth/logout', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken }),
  }).catch(() => undefined);
}

export async function logOut(): Promise<void> {
  const session = await getSession();
  if (session) void revoke(session.refreshToken);
  await db.meta.delete('session');
}

let refreshing: Promise<Session> | null = null;

/** One refresh at a time: a refresh token is single-use (rotation with reuse detection). */
async function refresh(session: Session): Promise<Session> {
  refreshing ??= (async () => {
    try {
      const response = await send('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (response.status === 401 || response.status === 403) {
        await setMeta('session', { ...session, ended: true });
        throw new SessionEndedError();
      }
      if (!response.ok) throw await problemOf(response);
      const next = toSession((await response.json()) as TokenPair);
      await setMeta('session', next);
      return next;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function accessToken(): Promise<string> {
  const session = await getSession();
  if (!session || session.ended) throw new SessionEndedError();
  if (Date.parse(session.accessTokenExpiresAt) - EARLY_MS > Date.now()) return session.accessToken;
  return (await refresh(session)).accessToken;
}

/** An authenticated API call; renews the access token once when the server says it ran out. */
export async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const call = async (token: string) =>
    send(path, {
      ...init,
      headers: {
        accept: 'application/json',
        'accept-language': locale(),
        ...(init.headers as Record<string, string> | undefined),
        authorization: `Bearer ${token}`,
      },
    });
  let response = await call(await accessToken());
  if (response.status === 401) {
    const session = await getSession();
    if (!session) throw new SessionEndedError();
    response = await call((await refresh(session)).accessToken);
    if (response.status === 401) throw new SessionEndedError();
  }
  return response;
}

export async function apiJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await api(path, init);
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}
