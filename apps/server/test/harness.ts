import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TokenPair } from '@usta/contracts/auth';
import type { StaffRole } from '@usta/core/access';
import { inject } from 'vitest';
import { readConfig } from '../src/config.ts';
import type { ThrottlePolicy } from '../src/modules/auth/login-throttle.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/seed-demo.ts';
import { insertOrganization } from '../src/modules/organizations/organization-repository.ts';
import { insertUser } from '../src/modules/users/user-repository.ts';
import { type RunningUsta, startUsta } from '../src/start-usta.ts';
import { withClient, withDatabase } from './global-setup.ts';

export interface TestUsta extends RunningUsta {
  /** Signs in a user (demo users share the demo password) and returns their tokens. */
  login(email: string, password?: string): Promise<TokenPair>;
  /** A header set with a fresh access token of the given user. */
  as(email: string): Promise<{ authorization: string }>;
  /** A second company with one user per role, e-mails `<role>@<slug>.test`. */
  createOrganization(slug: string, roles?: StaffRole[]): Promise<{ organizationId: string }>;
  close(): Promise<void>;
}

/** A whole Usta (demo company included) on a database of its own, for in-process `inject` calls. */
export async function createTestUsta(
  options: { throttle?: ThrottlePolicy; listen?: boolean; env?: Record<string, string> } = {},
): Promise<TestUsta> {
  const { adminUrl, template } = inject('testDatabase');
  const database = newTestDatabaseName();
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
  const config = readConfig({
    DATABASE_URL: withDatabase(adminUrl, database),
    USTA_DATA_DIR: await mkdtemp(path.join(tmpdir(), 'usta-test-data-')),
    PORT: '0',
    HOST: '127.0.0.1',
    USTA_WEB_DIST: path.resolve(import.meta.dirname, '../../web/dist'),
    ...options.env,
  });
  const usta = await startUsta(config, {
    listen: options.listen ?? false,
    ...(options.throttle ? { throttle: options.throttle } : {}),
  });
  const tokenCache = new Map<string, string>();

  const login = async (email: string, password = DEMO_PASSWORD): Promise<TokenPair> => {
    const response = await usta.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
    });
    if (response.statusCode !== 200)
      throw new Error(`login ${email}: ${response.statusCode} ${response.body}`);
    return response.json<TokenPair>();
  };

  return {
    ...usta,
    login,
    async as(email) {
      let token = tokenCache.get(email);
      if (!token) {
        token = (await login(email)).accessToken;
        tokenCache.set(email, token);
      }
      return { authorization: `Bearer ${token}` };
    },
    async createOrganization(
      slug,
      roles = ['admin', 'manager', 'call_center', 'planner', 'technician', 'warehouse', 'finance'],
    ) {
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const organization = await insertOrganization(usta.db, `${slug} A.Ş.`);
      for (const role of roles) {
        await insertUser(usta.db, {
          organizationId: organization.id,
          email: `${role}@${slug}.test`,
          name: `${slug} ${role}`,
          roles: [role],
          passwordHash,
        });
      }
      return { organizationId: organization.id };
    },
    async close() {
      await usta.stop();
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    },
  };
}

/** A database name this run's teardown will drop, even if the test that made it failed. */
export function newTestDatabaseName(label = randomBytes(4).toString('hex')): string {
  return `usta_t_${inject('testDatabase').runId}_${label}`;
}

export const DEMO_ROLE_EMAILS: Record<StaffRole, string> = {
  admin: 'admin@demo.usta',
  manager: 'yonetici@demo.usta',
  call_center: 'cagri@demo.usta',
  planner: 'planlama@demo.usta',
  technician: 'teknisyen1@demo.usta',
  warehouse: 'depo@demo.usta',
  finance: 'finans@demo.usta',
};
