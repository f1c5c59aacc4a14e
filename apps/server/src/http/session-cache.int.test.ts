import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestUsta, type TestUsta } from '../../test/harness.ts';
import { SESSION_CACHE_MS } from './session-cache.ts';

// The per-process session cache (docs/decisions/0005): a write through this process that ends a
// session or changes a user takes effect on the very next request; a change this process did not
// see (another API process, or the database directly) within SESSION_CACHE_MS.

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta();
});
afterAll(() => usta.close());
afterEach(() => vi.useRealTimers());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const me = (token: string) => usta.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) });

async function newUser(email: string, roles: string[] = ['finance']) {
  const admin = await usta.as('admin@demo.usta');
  const created = await usta.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: admin,
    payload: { email, name: 'Önbellek Deneme', password: 'correct-horse-1', roles },
  });
  expect(created.statusCode, created.body).toBe(201);
  const user = created.json<{ id: string; version: number }>();
  const { accessToken, refreshToken } = await usta.login(email, 'correct-horse-1');
  return { ...user, accessToken, refreshToken, admin };
}

describe('session cache', () => {
  it('keeps a checked session for the next requests (no database check per request)', async () => {
    const user = await newUser('cache-hit@demo.usta');
    expect((await me(user.accessToken)).statusCode).toBe(200);
    // Revoked behind the process's back: still served from the cache inside the bound…
    await usta.db.execute(sql`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = ${user.id}`);
    expect((await me(user.accessToken)).statusCode).toBe(200);
    // …and refused once the bound has passed.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + SESSION_CACHE_MS + 1 });
    const after = await me(user.accessToken);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'SESSION_ENDED' });
  });

  it('refuses a logged-out token on the next request', async () => {
    const user = await newUser('cache-logout@demo.usta');
    expect((await me(user.accessToken)).statusCode).toBe(200);
    const logout = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: bearer(user.accessToken),
      payload: { refreshToken: user.refreshToken },
    });
    expect(logout.statusCode).toBeLessThan(300);
    const after = await me(user.accessToken);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'SESSION_ENDED' });
  });

  it('refuses a deactivated user on the next request, even with a warm cache', async () => {
    const user = await newUser('cache-deactivate@demo.usta');
    expect((await me(user.accessToken)).statusCode).toBe(200);
    const off = await usta.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: user.admin,
      payload: { active: false, version: user.version },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect((await me(user.accessToken)).json()).toMatchObject({ code: 'SESSION_ENDED' });
  });

  it('applies a role change to the next request', async () => {
    const user = await newUser('cache-roles@demo.usta', ['finance']);
    const before = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: bearer(user.accessToken),
      payload: { type: 'individual', name: 'Rol Deneme' },
    });
    expect(before.statusCode).toBe(403);
    const changed = await usta.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: user.admin,
      payload: { roles: ['call_center'], version: user.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: bearer(user.accessToken),
      payload: { type: 'individual', name: 'Rol Deneme' },
    });
    expect(after.statusCode, after.body).toBe(201);
  });
});
