import type { TokenPair } from '@usta/contracts/auth';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta({
    throttle: { maxFailuresPerAccount: 3, maxFailuresPerIp: 8, windowSeconds: 600 },
  });
});
afterAll(() => usta.close());

// Each test fails its sign-ins from an address of its own, so the per-address limit of one
// test never decides another's.
const login = (payload: object, remoteAddress = '127.0.0.1', headers: Record<string, string> = {}) =>
  usta.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, headers, remoteAddress });
const refresh = (refreshToken: string) =>
  usta.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
const me = (accessToken: string) =>
  usta.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${accessToken}` } });

describe('login', () => {
  it('returns tokens, the user with roles and areas, and an httpOnly SameSite=Strict cookie', async () => {
    const response = await login({ email: 'PLANLAMA@demo.usta ', password: 'usta-demo' });
    expect(response.statusCode).toBe(200);
    const body = response.json<TokenPair>();
    expect(body.user).toMatchObject({ email: 'planlama@demo.usta', roles: ['planner'], locale: 'tr' });
    expect(body.user.areas).toEqual(['work-orders', 'planning', 'customers', 'devices']);
    expect(body.user.organization.name).toBe('Demo Servis');
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/usta_refresh=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect((await me(body.accessToken)).json()).toMatchObject({ email: 'planlama@demo.usta' });
  });

  it('answers a wrong password, an unknown user and a disabled user with the same 401', async () => {
    const admin = await usta.as('admin@demo.usta');
    const created = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        email: 'disabled@demo.usta',
        name: 'Pasif Kullanıcı',
        password: 'correct-horse-1',
        roles: ['finance'],
      },
    });
    const user = created.json<{ id: string; version: number }>();
    await usta.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { active: false, version: user.version },
    });
    const answers = await Promise.all([
      login({ email: 'depo@demo.usta', password: 'wrong-password' }, '10.0.0.1'),
      login({ email: 'nobody@demo.usta', password: 'usta-demo' }, '10.0.0.1'),
      login({ email: 'disabled@demo.usta', password: 'correct-horse-1' }, '10.0.0.1'),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      const { requestId: _r, instance: _i, ...problem } = answer.json();
      expect(problem).toEqual({
        type: 'https://usta.dev/problems/invalid-credentials',
        title: 'Giriş başarısız',
        status: 401,
        code: 'INVALID_CREDENTIALS',
        detail: 'E-posta veya parola hatalı.',
      });
    }
  });

  it('does the same hashing work for an unknown user as for a known one (no timing oracle)', async () => {
    const time = async (email: string) => {
      const started = performance.now();
      for (let i = 0; i < 2; i++) await login({ email, password: 'not-the-password' }, '10.0.0.2');
      return performance.now() - started;
    };
    // Both paths run one argon2id verification; an early return for unknown users would be ~100x faster.
    const known = await time('finans@demo.usta');
    const unknown = await time('ghost-timing@demo.usta');
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  it('limits failed attempts per account with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await login({ email: 'cagri@demo.usta', password: `wrong-${i}` }, '10.0.0.3')).statusCode).toBe(
        401,
      );
    }
    const blocked = await login({ email: 'cagri@demo.usta', password: 'usta-demo' }, '10.0.0.3');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('does not let a forged X-Forwarded-For reset the per-address limit without a trusted proxy', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      const response = await login({ email: `someone-${i}@demo.usta`, password: 'guess' }, '10.0.0.4', {
        'x-forwarded-for': `203.0.113.${i}`,
      });
      last = response.statusCode;
    }
    expect(last).toBe(429);
  });
});

describe('refresh tokens', () => {
  it('rotates: the new token works, the old one is spent', async () => {
    const first = (await usta.login('yonetici@demo.usta')).refreshToken;
    const rotated = await refresh(first);
    expect(rotated.statusCode).toBe(200);
    const second = rotated.json<TokenPair>();
    expect(second.refreshToken).not.toBe(first);
    expect((await me(second.accessToken)).statusCode).toBe(200);
    expect((await refresh(second.refreshToken)).statusCode).toBe(200);
  });

  it('forgives the same client refreshing twice at once', async () => {
    const token = (await usta.login('yonetici@demo.usta')).refreshToken;
    const [a, b] = await Promise.all([refresh(token), refresh(token)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
  });

  it('revokes the whole family when a spent token is presented after the grace period', async () => {
    const original = await usta.login('yonetici@demo.usta');
    const next = (await refresh(original.refreshToken)).json<TokenPair>();
    // The thief replays the first token a minute later.
    await usta.db.execute(
      sql`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE used_at IS NOT NULL`,
    );
    const replay = await refresh(original.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'SESSION_ENDED' });
    // The legitimate holder's newer tokens die with the family.
    expect((await refresh(next.refreshToken)).statusCode).toBe(401);
    expect((await me(next.accessToken)).statusCode).toBe(401);
  });

  it('accepts the refresh token from the cookie when the body has none', async () => {
    const response = await login({ email: 'finans@demo.usta', password: 'usta-demo' });
    const cookie = String(response.headers['set-cookie']).split(';')[0]!;
    const viaCookie = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: {},
      headers: { cookie },
    });
    expect(viaCookie.statusCode).toBe(200);
  });

  it('rejects an unknown refresh token', async () => {
    expect((await refresh('not-a-token')).statusCode).toBe(401);
  });
});

describe('logout and deactivation', () => {
  it('logout ends the session: its refresh and access tokens stop working', async () => {
    const pair = await usta.login('depo@demo.usta');
    const out = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: { refreshToken: pair.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await refresh(pair.refreshToken)).statusCode).toBe(401);
    expect((await me(pair.accessToken)).statusCode).toBe(401);
  });

  it("a deactivated user's tokens stop working on the very next request", async () => {
    const admin = await usta.as('admin@demo.usta');
    const created = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'leaver@demo.usta', name: 'Ayrılan', password: 'long-enough-1', roles: ['planner'] },
    });
    const user = created.json<{ id: string; version: number }>();
    const session = await usta.login('leaver@demo.usta', 'long-enough-1');
    expect((await me(session.accessToken)).statusCode).toBe(200);
    const patch = await usta.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { active: false, version: user.version },
    });
    expect(patch.statusCode).toBe(200);
    const after = await me(session.accessToken);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'SESSION_ENDED' });
    expect((await refresh(session.refreshToken)).statusCode).toBe(401);
  });

  it('rejects a forged or missing access token', async () => {
    expect((await me('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad')).statusCode).toBe(401);
    expect((await usta.app.inject({ method: 'GET', url: '/api/v1/me' })).json()).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});

describe('language', () => {
  it('answers in English when asked, Turkish by default, and remembers the user setting', async () => {
    const headers = await usta.as('planlama@demo.usta');
    const en = await usta.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { ...headers, 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json().detail).toBe('You are not allowed to do this.');
    const tr = await usta.app.inject({ method: 'GET', url: '/api/v1/users', headers });
    expect(tr.json().detail).toBe('Bu işlem için yetkiniz yok.');
    const changed = await usta.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers,
      payload: { locale: 'en' },
    });
    expect(changed.json()).toMatchObject({ locale: 'en' });
    const byUserSetting = await usta.app.inject({ method: 'GET', url: '/api/v1/users', headers });
    expect(byUserSetting.json().detail).toBe('You are not allowed to do this.');
  });
});
