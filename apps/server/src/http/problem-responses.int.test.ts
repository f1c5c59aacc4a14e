import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../test/harness.ts';

// The OpenAPI document names the problem+json answers of the customers, devices and work-order
// routes (problem-responses.ts), and declaring them changes nothing in what is sent.

let usta: TestUsta;
type Operation = { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> };
let paths: Record<string, Record<string, Operation>>;
beforeAll(async () => {
  usta = await createTestUsta();
  paths = (await usta.app.inject({ url: '/api/openapi.json' })).json<{ paths: typeof paths }>().paths;
});
afterAll(() => usta.close());

const problemStatuses = (path: string, method: string) =>
  Object.entries(paths[path]?.[method]?.responses ?? {})
    .filter(([, response]) => response.content?.['application/problem+json'])
    .map(([status]) => Number(status));

describe('problem+json in the OpenAPI document', () => {
  it.each([
    ['/api/v1/customers', 'get', [400, 401, 403]],
    ['/api/v1/customers', 'post', [400, 401, 403, 404, 409, 422]],
    ['/api/v1/customers/{id}', 'patch', [400, 401, 403, 404, 409, 422]],
    ['/api/v1/contacts/{id}', 'get', [400, 401, 403, 404]],
    ['/api/v1/devices', 'post', [400, 401, 403, 404, 409, 422]],
    ['/api/v1/devices/{id}', 'get', [400, 401, 403, 404]],
    ['/api/v1/work-orders', 'get', [400, 401, 403]],
    ['/api/v1/work-orders', 'post', [400, 401, 403, 404, 409, 422]],
    ['/api/v1/work-orders/{id}', 'patch', [400, 401, 403, 404, 409, 422]],
    ['/api/v1/work-orders/{id}/merge', 'post', [400, 401, 403, 404, 409, 422]],
    ['/api/v1/settings/work-order-statuses', 'put', [400, 401, 403, 409, 422]],
  ])('%s %s', (path, method, statuses) => {
    expect(problemStatuses(path, method)).toEqual(statuses);
  });

  it('shares one Problem schema, and gives a refused transition its allowed alternatives', () => {
    const list =
      paths['/api/v1/work-orders']!.get!.responses['404'] ??
      paths['/api/v1/work-orders']!.get!.responses['400'];
    expect(list!.content!['application/problem+json']!.schema.$ref).toMatch(/Problem$/u);
    const refused = paths['/api/v1/work-orders/{id}/transitions']!.post!.responses['409']!;
    const schema = refused.content!['application/problem+json']!.schema as {
      properties?: Record<string, unknown>;
    };
    expect(Object.keys(schema.properties ?? {})).toContain('allowedTransitions');
  });

  it('still sends every field of a real problem (the schema documents, it does not trim)', async () => {
    const desk = await usta.as('cagri@demo.usta');
    const bad = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: desk,
      payload: { type: 'corporate', name: 'Vergi Hatalı', taxNumber: '12345' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/u);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'taxNumber' }] });
    const missing = await usta.app.inject({
      url: '/api/v1/work-orders/00000000-0000-4000-8000-000000000000',
      headers: desk,
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'NOT_FOUND', requestId: expect.any(String) });
  });
});
