import type { User } from '@usta/contracts/users';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';

let usta: TestUsta;
let admin: { authorization: string };
beforeAll(async () => {
  usta = await createTestUsta();
  admin = await usta.as('admin@demo.usta');
});
afterAll(() => usta.close());

const post = (url: string, payload: unknown, headers: Record<string, string> = admin) =>
  usta.app.inject({ method: 'POST', url, payload: payload as object, headers });
const patch = (url: string, payload: unknown, headers: Record<string, string> = admin) =>
  usta.app.inject({ method: 'PATCH', url, payload: payload as object, headers });
const get = (url: string, headers: Record<string, string> = admin) =>
  usta.app.inject({ method: 'GET', url, headers });

async function auditOf(id: string) {
  const response = await get(`/api/v1/audit-events?entityType=user&entityId=${id}`);
  expect(response.statusCode).toBe(200);
  return response.json<{
    items: {
      action: string;
      changes: Record<string, { before: unknown; after: unknown }>;
      actorName: string;
    }[];
  }>().items;
}

describe('creating users', () => {
  it('creates a user with roles, audited with who and what', async () => {
    const response = await post('/api/v1/users', {
      email: 'Yeni.Planlamaci@Demo.usta',
      name: 'İlker Şen',
      password: 'a-long-password',
      roles: ['planner', 'planner'],
    });
    expect(response.statusCode).toBe(201);
    const user = response.json<User>();
    expect(user).toMatchObject({
      email: 'yeni.planlamaci@demo.usta',
      roles: ['planner'],
      active: true,
      version: 1,
    });
    expect(user).not.toHaveProperty('passwordHash');
    const [event] = await auditOf(user.id);
    expect(event).toMatchObject({ action: 'create', actorName: 'Ayşe Yılmaz' });
    expect(event!.changes.roles).toEqual({ before: null, after: ['planner'] });
    expect((await usta.login('yeni.planlamaci@demo.usta', 'a-long-password')).user.roles).toEqual([
      'planner',
    ]);
  });

  it('names every field at fault, and writes nothing', async () => {
    const before = await usta.db.execute(sql`SELECT count(*)::int AS n FROM users`);
    const response = await post('/api/v1/users', {
      email: 'not-an-email',
      name: '',
      password: 'short',
      roles: ['root'],
      extra: true,
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = response
      .json<{ errors: { path: string; code: string }[] }>()
      .errors.map((e) => `${e.path}:${e.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'email:invalid_email',
        'name:too_small',
        'password:password_too_short',
        'roles.0:invalid_value',
        'extra:unrecognized_key',
      ]),
    );
    const after = await usta.db.execute(sql`SELECT count(*)::int AS n FROM users`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('refuses a second user with the same e-mail, naming the field', async () => {
    const response = await post('/api/v1/users', {
      email: 'DEPO@demo.usta',
      name: 'Kopya',
      password: 'a-long-password',
      roles: ['warehouse'],
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ALREADY_EXISTS',
      errors: [{ path: 'email', code: 'already_taken' }],
    });
  });

  it('honours Idempotency-Key: a repeat returns the first answer and creates nothing more', async () => {
    const body = { email: 'idem@demo.usta', name: 'Tekrar', password: 'a-long-password', roles: ['finance'] };
    const headers = { ...admin, 'idempotency-key': 'create-idem-1' };
    const [first, second] = await Promise.all([
      post('/api/v1/users', body, headers),
      post('/api/v1/users', body, headers),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    // Concurrent copies: one runs, the other is told it is in progress (or replays if it came after).
    expect(statuses[0]).toBe(201);
    expect([201, 409]).toContain(statuses[1]);
    const replay = await post('/api/v1/users', body, headers);
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().id).toBe((first.statusCode === 201 ? first : second).json().id);
    const count = await usta.db.execute(
      sql`SELECT count(*)::int AS n FROM users WHERE email = 'idem@demo.usta'`,
    );
    expect(count.rows[0]).toEqual({ n: 1 });
    const reused = await post('/api/v1/users', { ...body, name: 'Başka' }, headers);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('lets only holders of user:manage create users', async () => {
    const planner = await usta.as('planlama@demo.usta');
    const response = await post(
      '/api/v1/users',
      { email: 'x@demo.usta', name: 'X', password: 'a-long-password', roles: ['admin'] },
      planner,
    );
    expect(response.statusCode).toBe(403);
  });
});

describe('editing users', () => {
  async function newUser(email: string, roles = ['finance']) {
    return (
      await post('/api/v1/users', { email, name: 'Düzenlenecek', password: 'a-long-password', roles })
    ).json<User>();
  }

  it('edits with optimistic concurrency: a stale version gets 409 with the current record', async () => {
    const user = await newUser('edit@demo.usta');
    const ok = await patch(`/api/v1/users/${user.id}`, {
      name: 'Yeni Ad',
      roles: ['finance', 'warehouse'],
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Yeni Ad', version: 2 });
    const stale = await patch(`/api/v1/users/${user.id}`, { name: 'Eski Düzenleme', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', current: { name: 'Yeni Ad', version: 2 } });
    const events = await auditOf(user.id);
    expect(events[0]!.changes).toEqual({
      name: { before: 'Düzenlenecek', after: 'Yeni Ad' },
      roles: { before: ['finance'], after: ['finance', 'warehouse'] },
    });
  });

  it('resets a password: the new one works, old sessions end, the audit shows only that it changed', async () => {
    const user = await newUser('reset@demo.usta');
    const session = await usta.login('reset@demo.usta', 'a-long-password');
    const reset = await post(`/api/v1/users/${user.id}/password`, { password: 'brand-new-password' });
    expect(reset.statusCode).toBe(204);
    const me = await get('/api/v1/me', { authorization: `Bearer ${session.accessToken}` });
    expect(me.statusCode).toBe(401);
    expect((await usta.login('reset@demo.usta', 'brand-new-password')).user.email).toBe('reset@demo.usta');
    const [event] = await auditOf(user.id);
    expect(event!.changes).toEqual({ passwordHash: { before: '[redacted]', after: '[redacted]' } });
  });

  it('keeps the last active admin and refuses self-deactivation', async () => {
    const me = (await get('/api/v1/me')).json<{ id: string }>();
    const self = (await get(`/api/v1/users/${me.id}`)).json<User>();
    const deactivateSelf = await patch(`/api/v1/users/${me.id}`, { active: false, version: self.version });
    expect(deactivateSelf.statusCode).toBe(422);
    expect(deactivateSelf.json().errors).toEqual([
      expect.objectContaining({ path: 'active', code: 'cannot_deactivate_self' }),
    ]);
    const demote = await patch(`/api/v1/users/${me.id}`, { roles: ['manager'], version: self.version });
    expect(demote.statusCode).toBe(422);
    expect(demote.json().errors).toEqual([expect.objectContaining({ path: 'roles', code: 'last_admin' })]);
  });

  it('reactivates a deactivated user', async () => {
    const user = await newUser('comeback@demo.usta');
    const off = (await patch(`/api/v1/users/${user.id}`, { active: false, version: 1 })).json<User>();
    const on = await patch(`/api/v1/users/${user.id}`, { active: true, version: off.version });
    expect(on.json()).toMatchObject({ active: true, version: 3 });
    expect((await usta.login('comeback@demo.usta', 'a-long-password')).user.email).toBe('comeback@demo.usta');
  });

  it('answers an unknown or malformed id with 404 / 400', async () => {
    expect((await get('/api/v1/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/v1/users/not-a-uuid')).json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'id' }],
    });
  });
});

describe('listing users', () => {
  it('pages through users in Turkish alphabetical order with a cursor, and searches', async () => {
    const first = (await get('/api/v1/users?limit=3')).json<{ items: User[]; nextCursor: string }>();
    expect(first.items).toHaveLength(3);
    const second = (await get(`/api/v1/users?limit=3&cursor=${first.nextCursor}`)).json<{ items: User[] }>();
    const names = [...first.items, ...second.items].map((u) => u.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('tr').compare));
    expect(new Set([...first.items, ...second.items].map((u) => u.id)).size).toBe(6);
    const found = (await get('/api/v1/users?q=zeynep')).json<{ items: User[] }>();
    expect(found.items.map((u) => u.email)).toEqual(['finans@demo.usta']);
  });
});

describe('companies are isolated', () => {
  it("never shows or changes another company's users; a foreign id is a plain 404", async () => {
    await usta.createOrganization('baska');
    const other = await usta.as('admin@baska.test');
    const demoUsers = (await get('/api/v1/users?limit=200')).json<{ items: User[] }>().items;
    const theirs = (await get('/api/v1/users?limit=200', other)).json<{ items: User[] }>().items;
    expect(theirs.every((u) => u.email.endsWith('@baska.test'))).toBe(true);
    const target = demoUsers[0]!;
    const foreign = await get(`/api/v1/users/${target.id}`, other);
    const missing = await get('/api/v1/users/00000000-0000-4000-8000-000000000000', other);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().detail).toBe(missing.json().detail);
    expect(
      (await patch(`/api/v1/users/${target.id}`, { name: 'Hacked', version: target.version }, other))
        .statusCode,
    ).toBe(404);
    const audit = (await get('/api/v1/audit-events?limit=200', other)).json<{ items: unknown[] }>();
    expect(audit.items).toEqual([]);
  });
});

describe('audit trail', () => {
  it('cannot be changed or deleted, even with direct SQL', async () => {
    await expect(
      usta.db.execute(sql`UPDATE audit_events SET actor_name = 'someone else'`),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } });
    await expect(usta.db.execute(sql`DELETE FROM audit_events`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });

  it('is readable by managers and admins only', async () => {
    expect((await get('/api/v1/audit-events', await usta.as('yonetici@demo.usta'))).statusCode).toBe(200);
    expect((await get('/api/v1/audit-events', await usta.as('cagri@demo.usta'))).statusCode).toBe(403);
  });
});

describe('assignees', () => {
  it('lets a planner list the active technicians by name only', async () => {
    const planner = await usta.as('planlama@demo.usta');
    const response = await get('/api/v1/work-orders/assignees', planner);
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((u: { name: string }) => u.name)).toEqual([
      'Gökhan Şahin',
      'Hasan Çelik',
    ]);
    expect(Object.keys(response.json().items[0])).toEqual(['id', 'name']);
    expect((await get('/api/v1/work-orders/assignees', await usta.as('cagri@demo.usta'))).statusCode).toBe(
      403,
    );
  });
});
