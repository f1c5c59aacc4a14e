import type { Me, TokenPair } from '@usta/contracts/auth';
import { describe, expect, it } from 'vitest';
import { createApiClient } from './http-client.ts';
import { ApiError, parseRetryAfter } from './problem.ts';
import { SessionStore } from './session-store.ts';

const me: Me = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'admin@demo.usta',
  name: 'Ayşe Yılmaz',
  roles: ['admin'],
  permissions: ['user:read'],
  areas: ['settings'],
  locale: 'tr',
  organization: { id: '00000000-0000-4000-8000-000000000002', name: 'Demo Servis' },
};

function pair(accessToken: string): TokenPair {
  return { accessToken, accessTokenExpiresAt: '2030-01-01T00:00:00Z', refreshToken: 'r', user: me };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

const problem401 = {
  type: 'about:blank',
  title: 'Unauthorized',
  status: 401,
  code: 'UNAUTHENTICATED',
  detail: 'x',
};

interface Call {
  url: string;
  init: RequestInit;
}

/**
 * A stand-in for `fetch` that answers from a small table of live tokens, so each test can say
 * which access tokens the "server" still accepts and what a refresh returns.
 */
function fakeServer(options: { valid: Set<string>; refreshTo?: string | null; refreshDelayMs?: number }) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    calls.push({ url, init });
    if (url === '/api/v1/auth/refresh') {
      await new Promise((resolve) => setTimeout(resolve, options.refreshDelayMs ?? 0));
      if (!options.refreshTo) return json(401, problem401);
      options.valid.add(options.refreshTo);
      return json(200, pair(options.refreshTo));
    }
    const auth = new Headers(init.headers).get('Authorization') ?? '';
    if (!options.valid.has(auth.replace('Bearer ', ''))) return json(401, problem401);
    return json(200, { ok: true, url });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function setup(server: ReturnType<typeof fakeServer>, token: string | null) {
  const session = new SessionStore();
  if (token) session.start(pair(token));
  const client = createApiClient({ fetch: server.fetch, session, language: () => 'en' });
  return { session, client };
}

const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

describe('api client', () => {
  it('sends the access token, the UI language and the cookie', async () => {
    const server = fakeServer({ valid: new Set(['a1']) });
    const { client } = setup(server, 'a1');
    await client.request('/api/v1/users', { query: { q: 'ayşe', active: undefined, cursor: null } });
    const [call] = server.calls;
    expect(call?.url).toBe('/api/v1/users?q=ay%C5%9Fe');
    expect(header(call, 'Authorization')).toBe('Bearer a1');
    expect(header(call, 'Accept-Language')).toBe('en');
    expect(call?.init.credentials).toBe('same-origin');
  });

  it('refreshes once on a 401 and retries the request with the new token', async () => {
    const server = fakeServer({ valid: new Set(), refreshTo: 'a2' });
    const { client, session } = setup(server, 'expired');
    await expect(client.request('/api/v1/me')).resolves.toEqual({ ok: true, url: '/api/v1/me' });
    expect(server.calls.map((c) => c.url)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    expect(header(server.calls[2], 'Authorization')).toBe('Bearer a2');
    expect(server.calls[1]?.init.body).toBe('{}');
    expect(session.get()?.accessToken).toBe('a2');
  });

  it('shares one refresh among requests that fail together', async () => {
    const server = fakeServer({ valid: new Set(), refreshTo: 'a2', refreshDelayMs: 10 });
    const { client } = setup(server, 'expired');
    const results = await Promise.all([1, 2, 3, 4].map((n) => client.request(`/api/v1/x/${n}`)));
    expect(results).toHaveLength(4);
    expect(server.calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('retries without a new refresh when another request already renewed the token', async () => {
    const server = fakeServer({ valid: new Set(['a2']), refreshTo: null });
    const { client, session } = setup(server, 'expired');
    // The request leaves with the old token; before its 401 arrives, a refresh elsewhere lands.
    const pending = client.request('/api/v1/slow');
    session.start(pair('a2'));
    await expect(pending).resolves.toEqual({ ok: true, url: '/api/v1/slow' });
    expect(header(server.calls[1], 'Authorization')).toBe('Bearer a2');
    expect(server.calls.filter((c) => c.url === '/api/v1/auth/refresh')).toHaveLength(0);
  });

  it('ends the session when the refresh is refused, and reports the original 401', async () => {
    const server = fakeServer({ valid: new Set(), refreshTo: null });
    const { client, session } = setup(server, 'expired');
    const error = await client.request('/api/v1/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(session.get()).toBeNull();
    expect(session.endReason).toBe('expired');
  });

  it('does not try a refresh for login itself', async () => {
    const server = fakeServer({ valid: new Set(), refreshTo: 'a2' });
    const { client } = setup(server, null);
    await expect(
      client.request('/api/v1/auth/login', { method: 'POST', body: {}, skipRefresh: true }),
    ).rejects.toBeInstanceOf(ApiError);
    expect(server.calls).toHaveLength(1);
  });

  it('keeps the session when a refresh fails for a passing server fault', async () => {
    const session = new SessionStore();
    session.start(pair('expired'));
    const fetch = (async (input: RequestInfo | URL) =>
      String(input).endsWith('/refresh')
        ? json(503, { ...problem401, status: 503, code: 'UNAVAILABLE' }, { 'Retry-After': '5' })
        : json(401, problem401)) as typeof globalThis.fetch;
    const client = createApiClient({ fetch, session, language: () => 'tr' });
    const error = (await client.request('/api/v1/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(503);
    expect(error.retryAfterSeconds).toBe(5);
    expect(session.get()?.accessToken).toBe('expired');
  });

  it('turns problem details into an ApiError with field errors', async () => {
    const body = {
      type: 'https://usta.dev/problems/validation',
      title: 'Validation failed',
      status: 422,
      code: 'VALIDATION_FAILED',
      detail: 'Some fields are invalid.',
      errors: [{ path: 'email', code: 'invalid_email', message: 'Enter a valid email.' }],
    };
    const session = new SessionStore();
    const fetch = (async () => json(422, body)) as typeof globalThis.fetch;
    const client = createApiClient({ fetch, session, language: () => 'en' });
    const error = (await client
      .request('/api/v1/users', { method: 'POST', body: {} })
      .catch((e) => e)) as ApiError;
    expect(error.message).toBe('Some fields are invalid.');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors[0]?.path).toBe('email');
  });

  it('answers 204 with undefined', async () => {
    const session = new SessionStore();
    session.start(pair('a1'));
    const fetch = (async () => new Response(null, { status: 204 })) as typeof globalThis.fetch;
    const client = createApiClient({ fetch, session, language: () => 'tr' });
    await expect(
      client.request('/api/v1/auth/logout', { method: 'POST', body: {} }),
    ).resolves.toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(
      parseRetryAfter('Wed, 21 Oct 2026 07:28:30 GMT', Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')),
    ).toBe(30);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
