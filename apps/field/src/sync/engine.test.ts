import 'fake-indexeddb/auto';
import type { SyncCommandResult } from '@usta/contracts/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { order } from '../../test/fixtures.ts';
import { db, setMeta } from '../db.ts';
import { pushQueue } from './engine.ts';
import { enqueue } from './queue.ts';

/** The network, as the phone sees it: answers each sent command by the rule given. */
function fakeServer(answer: (command: { commandId: string; type: string }) => Partial<SyncCommandResult>) {
  const batches: { commandId: string; type: string }[][] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    if (!url.endsWith('/api/v1/sync/commands')) throw new TypeError('offline');
    const { commands } = JSON.parse(String(init.body));
    batches.push(commands);
    const results = commands.map((c: { commandId: string; type: string }) => ({
      commandId: c.commandId,
      status: 'applied',
      original: null,
      reason: null,
      conflicts: [],
      newVersion: 4,
      processedAt: '2026-12-03T09:00:00.000Z',
      ...answer(c),
    }));
    return new Response(JSON.stringify({ results, serverTime: '2026-12-03T09:00:00.000Z' }), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return { batches, fetch };
}

beforeEach(async () => {
  await db.open();
  await setMeta('session', {
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh',
    refreshExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'u', name: 'Teknisyen' },
  });
  await db.orders.put(order());
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('pushQueue', () => {
  it('sends the queue in order and keeps nothing that was answered', async () => {
    const server = fakeServer(() => ({}));
    const ids = [
      await enqueue(order(), 'set_status', { step: 'en_route' }),
      await enqueue(order(), 'set_status', { step: 'arrived' }),
      await enqueue(order(), 'record_diagnosis', { diagnosis: 'seal' }),
    ];
    const counts = await pushQueue();
    expect(counts).toEqual({ applied: 3, rejected: 0 });
    expect(server.batches.map((b) => b.map((c) => c.commandId))).toEqual([ids]);
    expect(await db.queue.count()).toBe(0);
    expect((await db.orders.get(order().id))?.version).toBe(4);
  });

  it('moves a rejected command to the problems list with the reason, and goes on with the rest', async () => {
    fakeServer((c) =>
      c.type === 'set_status'
        ? {
            status: 'rejected',
            newVersion: null,
            reason: {
              code: 'STATUS_NOT_ALLOWED',
              message: { tr: 'İş iptal edildi.', en: 'The order was cancelled.' },
              action: { tr: 'Ofisi arayın.', en: 'Call the office.' },
            },
          }
        : {},
    );
    const rejectedId = await enqueue(order(), 'set_status', { step: 'en_route' });
    await enqueue(order(), 'add_note', { text: 'kapı kilitli' });
    expect(await pushQueue()).toEqual({ applied: 1, rejected: 1 });
    const rejected = await db.rejected.get(rejectedId);
    expect(rejected?.reason.code).toBe('STATUS_NOT_ALLOWED');
    expect(rejected?.number).toBe(order().number);
    expect(rejected?.acknowledged).toBe(false);
    expect(await db.queue.count()).toBe(0);
  });

  it('a replayed command the server had rejected before is still shown as rejected', async () => {
    fakeServer(() => ({ status: 'duplicate', original: 'rejected', reason: null }));
    const id = await enqueue(order(), 'set_status', { step: 'en_route' });
    await pushQueue();
    expect((await db.rejected.get(id))?.reason.code).toBe('INTERNAL_ERROR');
  });

  it('reports a corrupt IndexedDB entry and still sends the others', async () => {
    const server = fakeServer(() => ({}));
    await enqueue(order(), 'set_status', { step: 'en_route' });
    await db.queue.add({ commandId: 42, command: 'garbage' } as never);
    const good = await enqueue(order(), 'add_note', { text: 'ok' });
    const counts = await pushQueue();
    expect(counts).toEqual({ applied: 2, rejected: 1 });
    expect(server.batches.flat().map((c) => c.commandId)).toContain(good);
    const problems = await db.rejected.toArray();
    expect(problems.map((p) => p.reason.code)).toEqual(['CORRUPT_ENTRY']);
    expect(await db.queue.count()).toBe(0);
  });

  it('keeps everything queued when the network is gone', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await enqueue(order(), 'set_status', { step: 'en_route' });
    await expect(pushQueue()).rejects.toThrow('offline');
    expect(await db.queue.count()).toBe(1);
  });

  it('holds a photo command, and everything after it, until the upload has finished', async () => {
    const server = fakeServer(() => ({}));
    await enqueue(order(), 'set_status', { step: 'en_route' });
    const upload = {
      id: crypto.randomUUID(),
      workOrderId: order().id,
      blob: new Blob(['x']),
      contentType: 'image/jpeg',
      size: 1,
      fileName: 'a.jpg',
      sentBytes: 0,
      createdAt: new Date().toISOString(),
      thumb: '',
    };
    await enqueue(order(), 'add_photo', { attachmentId: '' }, { upload });
    await enqueue(order(), 'add_note', { text: 'after the photo' });
    await pushQueue();
    expect(server.batches.flat().map((c) => c.type)).toEqual(['set_status']);
    expect(await db.queue.count()).toBe(2);

    const attachmentId = crypto.randomUUID();
    await db.uploads.update(upload.id, { attachmentId });
    await pushQueue();
    const sent = server.batches.flat() as unknown as { type: string; payload: { attachmentId?: string } }[];
    expect(sent.map((c) => c.type)).toEqual(['set_status', 'add_photo', 'add_note']);
    expect(sent[1]?.payload.attachmentId).toBe(attachmentId);
    expect(await db.uploads.count()).toBe(0);
  });

  it('sends a long queue in batches of 100', async () => {
    const server = fakeServer(() => ({}));
    for (let i = 0; i < 250; i++) await enqueue(order(), 'add_note', { text: `note ${i}` });
    await pushQueue();
    expect(server.batches.map((b) => b.length)).toEqual([100, 100, 50]);
  });
});
