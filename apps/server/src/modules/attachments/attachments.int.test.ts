import { randomUUID } from 'node:crypto';
import type { Attachment } from '@usta/contracts/attachments';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { assignedOrder, command, type SyncFixture, sync, syncFixture } from '../sync/test-support.ts';

let usta: TestUsta;
let f: SyncFixture;
beforeAll(async () => {
  usta = await createTestUsta();
  f = await syncFixture(usta);
});
afterAll(() => usta.close());

// A real (1×1) PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const upload = (
  headers: Record<string, string>,
  body: Buffer,
  extra: Record<string, string> = {},
  query = '',
) =>
  usta.app.inject({
    method: 'POST',
    url: `/api/v1/attachments${query}`,
    headers: { ...headers, 'content-type': 'image/png', ...extra },
    payload: body,
  });

describe('attachments', () => {
  it('stores a photo and gives the same bytes back to whoever sees the order', async () => {
    const order = await assignedOrder(usta, f);
    const response = await upload(f.tech, PNG, {}, `?workOrderId=${order.id}&fileName=pompa.png`);
    expect(response.statusCode, response.body).toBe(201);
    const file = response.json<Attachment>();
    expect(file).toMatchObject({ complete: true, size: PNG.length, kind: 'photo', fileName: 'pompa.png' });
    const back = await usta.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${file.id}`,
      headers: f.desk,
    });
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(back.rawPayload, PNG)).toBe(0);
    const list = await usta.app.inject({
      method: 'GET',
      url: `/api/v1/work-orders/${order.id}/attachments`,
      headers: f.tech,
    });
    expect(list.json().items.map((a: Attachment) => a.id)).toEqual([file.id]);
    // Another technician does not see the order, so not its files either.
    const stranger = await usta.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${file.id}`,
      headers: f.tech2,
    });
    expect(stranger.statusCode).toBe(404);
  });

  it('takes a multipart form too', async () => {
    const boundary = 'usta-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      PNG,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await upload(f.tech, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<Attachment>()).toMatchObject({
      fileName: 'a.png',
      size: PNG.length,
      contentType: 'image/png',
    });
  });

  it('refuses more than 10 MB with 413 problem details, and a type it does not keep with 400', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    const tooLarge = await upload(f.tech, big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.headers['content-type']).toContain('application/problem+json');
    expect(tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const chunked = await upload(f.tech, PNG, {
      'upload-id': randomUUID(),
      'content-range': `bytes 0-${PNG.length - 1}/${11 * 1024 * 1024}`,
    });
    expect(chunked.statusCode).toBe(413);
    const wrongType = await upload(f.tech, PNG, { 'content-type': 'application/octet-stream' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors[0]).toMatchObject({ path: 'Content-Type' });
  });

  it('resumes a chunked upload; a chunk sent twice changes nothing', async () => {
    const id = randomUUID();
    const data = Buffer.concat([PNG, Buffer.alloc(5_000, 7)]);
    const half = Math.floor(data.length / 2);
    const chunk = (from: number, to: number) =>
      upload(f.tech, data.subarray(from, to + 1), {
        'upload-id': id,
        'content-range': `bytes ${from}-${to}/${data.length}`,
      });
    const first = await chunk(0, half - 1);
    expect(first.json<Attachment>()).toMatchObject({ id, complete: false, receivedBytes: half });
    const again = await chunk(0, half - 1);
    expect(again.json<Attachment>()).toMatchObject({ complete: false, receivedBytes: half });
    const meta = await usta.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${id}/meta`,
      headers: f.tech,
    });
    expect(meta.json<Attachment>().receivedBytes).toBe(half);
    const last = await chunk(half, data.length - 1);
    expect(last.json<Attachment>()).toMatchObject({
      complete: true,
      receivedBytes: data.length,
      size: data.length,
    });
    const retried = await upload(f.tech, data, { 'upload-id': id });
    expect(retried.statusCode).toBe(200);
    const back = await usta.app.inject({ method: 'GET', url: `/api/v1/attachments/${id}`, headers: f.tech });
    expect(Buffer.compare(back.rawPayload, data)).toBe(0);
  });

  it('a photo command puts an upload on the order; an unfinished one is rejected', async () => {
    const order = await assignedOrder(usta, f);
    const done = (await upload(f.tech, PNG)).json<Attachment>();
    const partial = (
      await upload(f.tech, PNG.subarray(0, 10), {
        'upload-id': randomUUID(),
        'content-range': `bytes 0-9/${PNG.length}`,
      })
    ).json<Attachment>();
    const { results } = await sync(usta, f.tech, [
      command(order.id, 'add_photo', { attachmentId: done.id, caption: 'Arızalı pompa' }),
      command(order.id, 'add_photo', { attachmentId: partial.id }),
    ]);
    expect(results.map((r) => r.reason?.code ?? r.status)).toEqual(['applied', 'ATTACHMENT_NOT_FOUND']);
    const list = await usta.app.inject({
      method: 'GET',
      url: `/api/v1/work-orders/${order.id}/attachments`,
      headers: f.desk,
    });
    expect(list.json().items.map((a: Attachment) => a.id)).toEqual([done.id]);
  });

  it('another company cannot read a file', async () => {
    const file = (await upload(f.tech, PNG)).json<Attachment>();
    await usta.createOrganization('baska');
    const other = await usta.as('admin@baska.test');
    const response = await usta.app.inject({
      method: 'GET',
      url: `/api/v1/attachments/${file.id}`,
      headers: other,
    });
    expect(response.statusCode).toBe(404);
  });
});
