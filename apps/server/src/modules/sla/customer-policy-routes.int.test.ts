import type { SlaPolicyResource } from '@usta/contracts/sla';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, type TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';
import { call, policyBody } from './test-support.ts';

let usta: TestUsta;
let manager: Record<string, string>;
let customerId: string;

beforeAll(async () => {
  usta = await createTestUsta();
  manager = await usta.as('yonetici@demo.usta');
  customerId = (await makeCustomer(usta, await actorFor(usta, 'cagri@demo.usta'), 'Selin Ay')).id;
});
afterAll(() => usta.close());

describe('GET /api/v1/sla/customer-policies/{customerId}', () => {
  it('answers the customer’s contract policy, null for the default, after each PUT', async () => {
    const url = `/api/v1/sla/customer-policies/${customerId}`;
    const before = await call(usta, 'GET', url, manager);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toEqual({ customerId, policyId: null, updatedAt: null });

    const policy = await call(usta, 'POST', '/api/v1/sla/policies', manager, policyBody());
    const policyId = policy.json<SlaPolicyResource>().id;
    expect((await call(usta, 'PUT', url, manager, { policyId })).statusCode).toBe(200);
    const assigned = await call(usta, 'GET', url, manager);
    expect(assigned.json()).toMatchObject({ customerId, policyId, updatedAt: expect.any(String) });

    expect((await call(usta, 'PUT', url, manager, { policyId: null })).statusCode).toBe(200);
    expect((await call(usta, 'GET', url, manager)).json()).toMatchObject({ policyId: null });
  });

  it('needs settings:read and answers 404 for an unknown customer', async () => {
    const url = `/api/v1/sla/customer-policies/${customerId}`;
    const desk = await usta.as('cagri@demo.usta');
    expect((await call(usta, 'GET', url, desk)).statusCode).toBe(403);
    const unknown = await call(
      usta,
      'GET',
      '/api/v1/sla/customer-policies/00000000-0000-4000-8000-00000000abcd',
      manager,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});
