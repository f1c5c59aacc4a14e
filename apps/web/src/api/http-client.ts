import type { TokenPair } from '@usta/contracts/auth';
import { ApiError } from './problem.ts';
import type { SessionStore } from './session-store.ts';

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Login, refresh and logout answer 401 for their own reasons; they must not trigger a refresh. */
  skipRefresh?: boolean;
}

export interface ApiClientDeps {
  fetch: typeof fetch;
  session: SessionStore;
  /** The current UI language, sent as `Accept-Language` so problem messages come back in it. */
  language: () => string;
  /** Runs a refresh under a lock shared by the browser's tabs (see `browserRefreshLock`). */
  refreshLock?: <T>(task: () => Promise<T>) => Promise<T>;
}

export interface ApiClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  /** Trades the refresh cookie for a new session; false when the server no longer accepts it. */
  refreshSession(): Promise<boolean>;
}

const REFRESH_PATH = '/api/v1/auth/refresh';

/** Answers to a refresh that mean the cookie is gone for good (not a passing server fault). */
const REFRESH_REJECTED = new Set([400, 401, 403]);

export function createApiClient(deps: ApiClientDeps): ApiClient {
  const runLocked = deps.refreshLock ?? ((task) => task());
  let refreshInFlight: Promise<boolean> | null = null;

  function send(path: string, options: RequestOptions, token: string | null): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': deps.language(),
    };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    return deps.fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  }

  async function refreshOnce(): Promise<boolean> {
    const response = await send(REFRESH_PATH, { method: 'POST', body: {} }, null);
    if (response.ok) {
      deps.session.start((await response.json()) as TokenPair);
      return true;
    }
    if (REFRESH_REJECTED.has(response.status)) {
      deps.session.end('expired');
      return false;
    }
    throw await ApiError.fromResponse(response);
  }

  // One refresh at a time: a page that fires five requests with an expired token must not
  // spend the (rotating, single-use) refresh cookie five times.
  function refreshSession(): Promise<boolean> {
    refreshInFlight ??= runLocked(refreshOnce).finally(() => {
      refreshInFlight = null;
    });
    return refreshInFlight;
  }

  async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const token = deps.session.get()?.accessToken ?? null;
    let response = await send(path, options, token);
    if (response.status === 401 && !options.skipRefresh) {
      // Another request may already have refreshed while this one was on the wire.
      const current = deps.session.get()?.accessToken ?? null;
      const renewed = (current !== null && current !== token) || (await refreshSession());
      if (!renewed) throw await ApiError.fromResponse(response);
      response = await send(path, options, deps.session.get()?.accessToken ?? null);
    }
    if (!response.ok) throw await ApiError.fromResponse(response);
    if (response.status === 204 || response.headers.get('Content-Length') === '0') {
      return undefined as T;
    }
    return (await response.json()) as T;
  }

  return { request, refreshSession };
}

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * Two tabs refreshing at the same moment would present the same single-use cookie twice, which
 * the server treats as token theft and answers by ending every session of the user. The Web
 * Locks API lets only one tab refresh at a time; the next one then sends the rotated cookie.
 */
export function browserRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return navigator.locks.request('usta-auth-refresh', task);
}
