import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../test/harness.ts';

let usta: TestUsta;
let admin: { authorization: string };
beforeAll(async () => {
  usta = await createTestUsta();
  admin = await usta.as('admin@demo.usta');
});
afterAll(() => usta.close());

describe('bad requests get problem+json', () => {
  it('malformed JSON → 400', async () => {
    const response = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'MALFORMED_REQUEST', status: 400 });
  });

  it('a body over 1 MB → 413', async () => {
    const response = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('a wrong content type → 415', async () => {
    const response = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { ...admin, 'content-type': 'text/xml', 'accept-language': 'en' },
      payload: '<user/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(response.json().detail).toContain('text/xml');
  });

  it('an unknown API path → 404 problem, not the web page', async () => {
    const response = await usta.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a 5xx says nothing of its cause', async () => {
    const broken = await createTestUsta();
    const headers = await broken.as('admin@demo.usta');
    await broken.db.$client.end();
    const response = await broken.app.inject({ method: 'GET', url: '/api/v1/users', headers });
    expect(response.statusCode).toBe(500);
    const body = response.json();
    expect(body).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(JSON.stringify(body)).not.toMatch(/pool|Cannot use|select |stack|\.ts:/i);
    expect(body.detail).toContain(body.requestId);
    await broken.app.close();
  });
});

describe('the web app', () => {
  const built = existsSync(path.resolve(import.meta.dirname, '../../../web/dist/index.html'));

  it.skipIf(!built)('serves the page for app paths and a 404 for a missing asset', async () => {
    const page = await usta.app.inject({ url: '/work-orders/123' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const asset = await usta.app.inject({ url: '/assets/index-gone.js' });
    expect(asset.statusCode).toBe(404);
  });
});

describe('operations endpoints', () => {
  it('serves health, readiness and the OpenAPI 3.1 document', async () => {
    expect((await usta.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await usta.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const spec = (await usta.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/v1/audit-events']),
    );
    expect(spec.paths['/api/v1/users'].post.requestBody).toBeDefined();
    expect((await usta.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('echoes a request id for every answer', async () => {
    const response = await usta.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers['x-request-id']).toBe('trace-123');
  });
});
