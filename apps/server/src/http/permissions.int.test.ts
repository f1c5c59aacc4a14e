import { ROLE_PERMISSIONS, STAFF_ROLES } from '@usta/core/access';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUsta, DEMO_ROLE_EMAILS, type TestUsta } from '../../test/harness.ts';
import { TokenService } from '../modules/auth/tokens.ts';
import { registerAuthentication } from './authenticate.ts';

let usta: TestUsta;
beforeAll(async () => {
  usta = await createTestUsta();
});
afterAll(() => usta.close());

const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('the permission matrix', () => {
  it('every /api/v1 route declares its access', () => {
    const table = usta.app.routeTable;
    expect(table.length).toBeGreaterThan(8);
    for (const route of table) expect(route.access, `${route.method} ${route.url}`).not.toBeNull();
  });

  it('a route that declares nothing stops the server from starting', async () => {
    const app = Fastify();
    registerAuthentication(app, usta.db, new TokenService(new Uint8Array(32), 60));
    expect(() => app.get('/api/v1/forgotten', async () => 'open')).toThrow(/declares no access/);
  });

  it('walks every route × every role: 403 exactly where the role lacks the permission', async () => {
    const failures: string[] = [];
    for (const route of usta.app.routeTable) {
      const access = route.access!;
      if ('public' in access) continue;
      const url = route.url.replace(/:(\w+)/g, SOME_ID);
      const anonymous = await usta.app.inject({
        method: route.method as 'GET',
        url,
        payload: route.method === 'GET' ? undefined : {},
      });
      if (anonymous.statusCode !== 401)
        failures.push(`anonymous ${route.method} ${route.url} → ${anonymous.statusCode}`);
      for (const role of STAFF_ROLES) {
        const allowed = 'authenticated' in access || ROLE_PERMISSIONS[role].includes(access.permission);
        const response = await usta.app.inject({
          method: route.method as 'GET',
          url,
          headers: await usta.as(DEMO_ROLE_EMAILS[role]),
          ...(route.method === 'GET' ? {} : { payload: {} }),
        });
        const denied = response.statusCode === 403;
        if (denied === allowed || response.statusCode === 401 || response.statusCode >= 500) {
          failures.push(
            `${role} ${route.method} ${route.url} → ${response.statusCode} (allowed: ${allowed})`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
