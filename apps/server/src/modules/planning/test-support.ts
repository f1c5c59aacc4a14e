// Test helpers of the planning integration tests (not imported by the server).
import { expect } from 'vitest';
import type { TestUsta } from '../../../test/harness.ts';
import { actorFor, makeCustomer } from '../work-orders/test-fixtures.ts';

export const PLANNER = 'planlama@demo.usta';
export const ADMIN = 'admin@demo.usta';
export const DESK = 'cagri@demo.usta';

export async function call(
  usta: TestUsta,
  email: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
) {
  return usta.app.inject({
    method,
    url,
    headers: await usta.as(email),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export async function ok<T>(
  usta: TestUsta,
  email: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: unknown,
): Promise<T> {
  const response = await call(usta, email, method, url, payload);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json<T>();
}

/** A demo-company world: a skill, a category needing it, two technicians, customers, orders. */
export async function buildWorld(usta: TestUsta) {
  const desk = await actorFor(usta, DESK);
  const tech1 = (await actorFor(usta, 'teknisyen1@demo.usta')).userId;
  const tech2 = (await actorFor(usta, 'teknisyen2@demo.usta')).userId;
  const skill = await ok<{ id: string }>(usta, PLANNER, 'POST', '/api/v1/skills', {
    code: 'kombi',
    nameTr: 'Kombi',
    maxLevel: 3,
  });
  const category = await ok<{ id: string }>(usta, ADMIN, 'POST', '/api/v1/settings/work-order-categories', {
    nameTr: 'Kombi arızası',
  });
  await ok(usta, PLANNER, 'PUT', '/api/v1/skills/category-requirements', {
    items: [{ categoryId: category.id, skillId: skill.id, minLevel: 2, durationMinutes: 60 }],
  });
  const profile = (extra: Record<string, unknown>) => ({
    skills: [],
    regions: [],
    startLocation: { lat: 40.99, lng: 29.03 },
    version: 0,
    ...extra,
  });
  await ok(
    usta,
    PLANNER,
    'PUT',
    `/api/v1/technicians/${tech1}`,
    profile({ skills: [{ skillId: skill.id, level: 3 }] }),
  );
  await ok(
    usta,
    PLANNER,
    'PUT',
    `/api/v1/technicians/${tech2}`,
    profile({ skills: [{ skillId: skill.id, level: 1 }] }),
  );
  const kadikoy = await makeCustomer(usta, desk, 'Ayşe Güneş', {
    emails: ['ayse@example.com'],
    addresses: [{ province: 'İstanbul', district: 'Kadıköy', line: 'Moda Cad. 1' }],
  });
  const besiktas = await makeCustomer(usta, desk, 'Boğaziçi Otel', {
    addresses: [{ province: 'İstanbul', district: 'Beşiktaş', line: 'Çırağan Cad. 5' }],
  });
  const order = async (customerId: string, priority = 'P3', categoryId: string | null = category.id) =>
    (
      await ok<{ id: string }>(usta, DESK, 'POST', '/api/v1/work-orders', {
        customerId,
        channel: 'phone',
        type: 'fault',
        complaint: 'Kombi sıcak su vermiyor',
        priority,
        ...(categoryId ? { categoryId } : {}),
      })
    ).id;
  return {
    organizationId: desk.organizationId,
    tech1,
    tech2,
    skill: skill.id,
    category: category.id,
    kadikoy,
    besiktas,
    order,
  };
}

/** ISO with the Istanbul offset (UTC+3 all year). */
export const ist = (date: string, time: string) => `${date}T${time}:00+03:00`;

export async function waitForJob(usta: TestUsta, jobId: string) {
  for (let i = 0; i < 200; i++) {
    const job = await ok<{ status: string; proposal: unknown }>(
      usta,
      PLANNER,
      'GET',
      `/api/v1/plans/optimise/${jobId}`,
    );
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('optimise job did not finish');
}
