import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { order } from '../../test/fixtures.ts';
import { logIn } from '../api.ts';
import { db, getMeta, getSession, setMeta } from '../db.ts';
import { pushQueue } from './engine.ts';
import { SwitchBlockedError, waitingWork } from './owner.ts';
import { enqueue } from './queue.ts';

// Issue 7: a second technician on the same phone while the first one's commands still wait.

const FIRST = { id: 'u1', name: 'Teknisyen Bir', email: 'teknisyen1@demo.usta' };
const SECOND = { id: 'u2', name: 'Teknisyen İki', email: 'teknisyen2@demo.usta' };

/** The server: logs in whoever asks, records logouts and command batches. */
function fakeServer() {
  const calls: { url: string; body: unknown }[] = [];
  const users: Record<string, typeof FIRST> = { [FIRST.email]: FIRST, [SECOND.email]: SECOND };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = init.body ? JSON.parse(String(init.body)) : null;
      calls.push({ url, body });
      if (url.endsWith('/auth/login')) {
        const user = users[body.email];
        return new Response(
          JSON.stringify({
            accessToken: `access-${user!.id}`,
            accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
            refreshToken: `refresh-${user!.id}`,
            user,
          }),
          { status: 200 },
        );
      }
      if (url.endsWith('/auth/logout')) return new Response(null, { status: 204 });
      if (url.endsWith('/sync/commands')) {
        const results = body.commands.map((c: { commandId: string }) => ({
          commandId: c.commandId,
          status: 'applied',
          original: null,
          reason: null,
          conflicts: [],
          newVersion: 2,
          processedAt: new Date().toISOString(),
        }));
        return new Response(JSON.stringify({ results, serverTime: new Date().toISOString() }), {
          status: 200,
        });
      }
      throw new TypeError('offline');
    }),
  );
  return calls;
}

beforeEach(async () => {
  await db.open();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('a second technician on the same phone', () => {
  it('is refused while the first one’s commands wait; nothing is sent or dropped', async () => {
    const calls = fakeServer();
    await logIn(FIRST.email, 'x');
    await db.orders.put(order());
    await enqueue(order(), 'add_note', { text: 'Müşteri yok', visibility: 'internal' });
    await enqueue(order(), 'set_status', { step: 'en_route' });
    // The first session ends (e.g. the refresh token ran out) before the phone got a connection.
    await setMeta('session', { ...(await getSession())!, ended: true });

    const work = await waitingWork();
    expect(work).toMatchObject({ owner: FIRST, commands: 2, total: 2 });
    const refused = await logIn(SECOND.email, 'x').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SwitchBlockedError);
    expect((refused as SwitchBlockedError).work.total).toBe(2);
    // The second user's fresh session is revoked at once and never stored; the queue is intact.
    expect(calls.filter((c) => c.url.endsWith('/auth/logout')).map((c) => c.body)).toEqual([
      { refreshToken: 'refresh-u2' },
    ]);
    expect((await getSession())?.user.id).toBe(FIRST.id);
    expect(await db.queue.count()).toBe(2);
    expect(await db.orders.count()).toBe(1);
    expect(calls.some((c) => c.url.endsWith('/sync/commands'))).toBe(false);

    // The first technician signs in again: the queue goes under their session.
    await logIn(FIRST.email, 'x');
    expect(await pushQueue()).toEqual({ applied: 2, rejected: 0 });
    expect(await db.queue.count()).toBe(0);
  });

  it('takes over a phone with nothing waiting, starting from a clean day', async () => {
    fakeServer();
    await logIn(FIRST.email, 'x');
    await db.orders.put(order());
    await setMeta('cursor', 'first-cursor');
    await setMeta('stock', { vanWarehouse: null, items: [], levels: [] });
    await db.rejected.put({
      commandId: 'c1',
      workOrderId: order().id,
      type: 'add_note',
      number: 'SRV-1',
      reason: { code: 'NOT_ASSIGNED', message: { tr: '', en: '' }, action: { tr: '', en: '' } },
      rejectedAt: new Date().toISOString(),
      summary: '{}',
      acknowledged: true,
    });
    await setMeta('session', { ...(await getSession())!, ended: true });

    await logIn(SECOND.email, 'x');
    expect((await getSession())?.user.id).toBe(SECOND.id);
    expect(await getMeta('owner')).toEqual(SECOND);
    expect(await db.orders.count()).toBe(0);
    expect(await db.rejected.count()).toBe(0);
    expect(await getMeta('cursor')).toBeUndefined();
    expect(await getMeta('stock')).toBeUndefined();
  });

  it('an unread rejection also keeps the phone for its technician', async () => {
    fakeServer();
    await logIn(FIRST.email, 'x');
    await db.rejected.put({
      commandId: 'c2',
      workOrderId: order().id,
      type: 'set_status',
      number: 'SRV-1',
      reason: { code: 'ORDER_FINISHED', message: { tr: '', en: '' }, action: { tr: '', en: '' } },
      rejectedAt: new Date().toISOString(),
      summary: '{}',
      acknowledged: false,
    });
    await expect(logIn(SECOND.email, 'x')).rejects.toBeInstanceOf(SwitchBlockedError);
    await db.rejected.update('c2', { acknowledged: true });
    await expect(logIn(SECOND.email, 'x')).resolves.toMatchObject({ user: SECOND });
  });

  it('never sends a command recorded by another user under the current session', async () => {
    const calls = fakeServer();
    await logIn(FIRST.email, 'x');
    await db.orders.put(order());
    await enqueue(order(), 'add_note', { text: 'Birinci', visibility: 'internal' });
    // A session for someone else without going through sign-in (e.g. an older app version).
    await setMeta('session', { ...(await getSession())!, user: { ...SECOND } });
    expect(await pushQueue()).toEqual({ applied: 0, rejected: 0 });
    expect(calls.some((c) => c.url.endsWith('/sync/commands'))).toBe(false);
    expect(await db.queue.count()).toBe(1);
  });
});
