import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, setMeta } from '../db.ts';
import type { PendingUpload } from '../types.ts';
import { CHUNK_BYTES, uploadPending } from './uploads.ts';

const ATTACHMENT_ID = '00000000-0000-4000-8000-00000000a771';

/** A server that keeps the bytes per Upload-Id, like POST /attachments does; `failAt` drops one call. */
function uploadServer(options: { failAt?: number } = {}) {
  const received = new Map<string, number>();
  const ranges: string[] = [];
  let calls = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      calls += 1;
      if (calls === options.failAt) throw new TypeError('Failed to fetch');
      const headers = init.headers as Record<string, string>;
      const range = /bytes (\d+)-(\d+)\/(\d+)/.exec(headers['content-range']!)!;
      ranges.push(headers['content-range']!);
      const [from, to, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
      const id = headers['upload-id']!;
      const have = received.get(id) ?? 0;
      if (from <= have) received.set(id, Math.max(have, to + 1));
      const bytes = received.get(id)!;
      return new Response(
        JSON.stringify({ id: ATTACHMENT_ID, receivedBytes: bytes, complete: bytes >= total, size: total }),
        { status: 200 },
      );
    }),
  );
  return { ranges };
}

function upload(size: number): PendingUpload {
  return {
    id: crypto.randomUUID(),
    workOrderId: '00000000-0000-4000-8000-000000000001',
    blob: new Blob([new Uint8Array(size)]),
    contentType: 'image/jpeg',
    size,
    fileName: 'a.jpg',
    sentBytes: 0,
    createdAt: new Date().toISOString(),
    thumb: '',
  };
}

beforeEach(async () => {
  await db.open();
  await setMeta('session', {
    accessToken: 'token',
    accessTokenExpiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    refreshToken: 'refresh',
    refreshExpiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    user: { id: 'u' },
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await Promise.all(db.tables.map((table) => table.clear()));
});

describe('uploadPending', () => {
  it('sends a photo in chunks and keeps the attachment id for its command', async () => {
    const server = uploadServer();
    const photo = upload(CHUNK_BYTES * 2 + 1000);
    await db.uploads.put(photo);
    await uploadPending();
    expect(server.ranges).toEqual([
      `bytes 0-${CHUNK_BYTES - 1}/${photo.size}`,
      `bytes ${CHUNK_BYTES}-${CHUNK_BYTES * 2 - 1}/${photo.size}`,
      `bytes ${CHUNK_BYTES * 2}-${photo.size - 1}/${photo.size}`,
    ]);
    expect(await db.uploads.get(photo.id)).toMatchObject({
      attachmentId: ATTACHMENT_ID,
      sentBytes: photo.size,
    });
  });

  it('resumes after a lost connection from what the server confirmed', async () => {
    const server = uploadServer({ failAt: 2 });
    const photo = upload(CHUNK_BYTES * 2 + 1000);
    await db.uploads.put(photo);
    await expect(uploadPending()).rejects.toThrow('offline');
    expect((await db.uploads.get(photo.id))?.sentBytes).toBe(CHUNK_BYTES);
    await uploadPending();
    expect(server.ranges[1]).toBe(`bytes ${CHUNK_BYTES}-${CHUNK_BYTES * 2 - 1}/${photo.size}`);
    expect(server.ranges).toHaveLength(3); // the first chunk is not sent again
    expect((await db.uploads.get(photo.id))?.attachmentId).toBe(ATTACHMENT_ID);
  });
});
