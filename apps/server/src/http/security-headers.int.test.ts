import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../test/harness.ts';

let usta: TestUsta;
let admin: { authorization: string };
beforeAll(async () => {
  usta = await createTestUsta();
  admin = await usta.as('admin@demo.usta');
});
afterAll(() => usta.close());

/** The headers helmet gives our configuration (as @fastify/helmet set them before). */
const SECURITY = {
  'content-security-policy':
    "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'self';img-src 'self' data: blob: https:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';upgrade-insecure-requests;connect-src 'self';worker-src 'self' blob:",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

describe('every answer carries the security headers and its request id', () => {
  it.each([
    ['an answer', '/api/v1/work-orders', true, 200],
    ['a refusal', '/api/v1/work-orders', false, 401],
    ['an unknown route', '/api/v1/no-such-thing', true, 404],
    ['a health check', '/healthz', false, 200],
  ])('%s', async (_what, url, signedIn, status) => {
    const response = await usta.app.inject({
      url,
      headers: { ...(signedIn ? admin : {}), 'x-request-id': 'trace-7' },
    });
    expect(response.statusCode).toBe(status);
    expect(response.headers).toMatchObject(SECURITY);
    expect(response.headers['x-request-id']).toBe('trace-7');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('a request without an id gets a fresh one', async () => {
    const first = await usta.app.inject({ url: '/healthz' });
    const second = await usta.app.inject({ url: '/healthz' });
    expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/u);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });
});
