import 'fake-indexeddb/auto';
import type { Attachment } from '@usta/contracts/attachments';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { order } from '../../test/fixtures.ts';
import { db, setMeta } from '../db.ts';
import {
  cacheOfficeFiles,
  loadAttachment,
  NeedsConnectionError,
  officeFiles,
  PREFETCH_MAX_BYTES,
} from './files.ts';

// Issue 7: the office's files on an order open in the field app, offline too once kept.

function attachment(id: string, extra: Partial<Attachment> = {}): Attachment {
  return {
    id,
    workOrderId: order().id,
    kind: 'document',
    fileName: `${id}.pdf`,
    contentType: 'application/pdf',
    size: 9,
    receivedBytes: 9,
    complete: true,
    sha256: null,
    uploadedBy: 'office',
    createdAt: '2026-12-03T08:00:00.000Z',
    ...extra,
  };
}

/** The server's GET /attachments/{id}: the bytes, checked for the bearer token. */
function fakeServer() {
  const fetched: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const match = /\/api\/v1\/attachments\/([^/?]+)$/.exec(url);
      if (!match) throw new TypeError('offline');
      expect((init.headers as Record<string, string>).authorization).toBe('Bearer token');
      fetched.push(match[1]!);
      return new Response(new Blob(['%PDF-1.4\n']), {
        status: 200,
        headers: { 'content-type': 'application/pdf' },
      });
    }),
  );
  return fetched;
}

function offline() {
  vi.stubGlobal('navigator', { onLine: false });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('offline');
    }),
  );
}

beforeEach(async () => {
  await db.open();
  await setMeta('session', {
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh',
    refreshExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'me', name: 'Teknisyen' },
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('office files', () => {
  it('opens online with the token, keeps the file, and opens it again offline from IndexedDB', async () => {
    const fetched = fakeServer();
    const file = attachment('a1');
    const first = await loadAttachment(file);
    expect(first.contentType).toBe('application/pdf');
    expect(await first.blob.text()).toBe('%PDF-1.4\n');
    expect(fetched).toEqual(['a1']);

    offline();
    const again = await loadAttachment(file);
    expect(await again.blob.text()).toBe('%PDF-1.4\n');
  });

  it('offline and not kept: says it needs a connection', async () => {
    offline();
    await expect(loadAttachment(attachment('a2'))).rejects.toBeInstanceOf(NeedsConnectionError);
    // The same when the phone believes it is online but the request cannot leave.
    vi.stubGlobal('navigator', { onLine: true });
    await expect(loadAttachment(attachment('a3'))).rejects.toBeInstanceOf(NeedsConnectionError);
  });

  it('fetches the day’s small office files after a sync and forgets those of jobs that left', async () => {
    const fetched = fakeServer();
    await db.files.put({
      id: 'old',
      workOrderId: 'gone',
      fileName: 'old.pdf',
      contentType: 'application/pdf',
      size: 3,
      blob: new Blob(['old']),
      cachedAt: '2026-12-01T08:00:00.000Z',
    });
    await db.orders.put(
      order({
        attachments: [
          attachment('doc'),
          attachment('big', { size: PREFETCH_MAX_BYTES + 1 }),
          attachment('office-photo', { kind: 'photo', contentType: 'image/jpeg' }),
          attachment('my-photo', { kind: 'photo', contentType: 'image/jpeg', uploadedBy: 'me' }),
          attachment('unfinished', { complete: false }),
        ],
      }),
    );
    expect(officeFiles((await db.orders.toArray())[0]!.attachments, 'me').map((a) => a.id)).toEqual([
      'doc',
      'big',
      'office-photo',
    ]);
    await cacheOfficeFiles('me');
    expect(fetched.sort()).toEqual(['doc', 'office-photo']);
    expect((await db.files.toCollection().primaryKeys()).sort()).toEqual(['doc', 'office-photo']);
  });
});
