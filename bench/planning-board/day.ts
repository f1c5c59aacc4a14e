// The day the board benchmark opens: the same İstanbul day as the optimiser bench
// (bench/planning/generate.ts, seed 1: 40 technicians, 400 orders with skills, priorities and
// promised windows), moved to the given date and made through the public API of a running Usta,
// so every rule and table the board reads is the real one. The planner's greedy plan of that
// bench (queue by SLA, each order at the end of the skilled technician's day it lengthens least)
// becomes visits; what it cannot place waits in the unassigned queue.
import { driveMinutes, roadKm } from '@usta/core/planning';
import { istanbulDay } from '../planning/generate.ts';

export const TECHNICIANS = 40;
export const ORDERS = 400;
export const BENCH_PASSWORD = 'usta-bench-2026';
const M = 60_000;
const H = 60 * M;
const RANK: Record<string, number> = { P1: 0, P2: 1, P3: 2, P4: 3 };

export interface Client {
  call<T>(email: string, method: string, path: string, body?: unknown): Promise<T>;
}

/** Logs in once per user and keeps the bearer token (the server's default TTL is enough). */
export function apiClient(baseUrl: string): Client {
  const tokens = new Map<string, string>();
  const token = async (email: string, password: string) => {
    const cached = tokens.get(email);
    if (cached) return cached;
    const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    tokens.set(email, accessToken);
    return accessToken;
  };
  return {
    async call<T>(email: string, method: string, path: string, body?: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${await token(email, email.endsWith('@demo.usta') ? 'usta-demo' : BENCH_PASSWORD)}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}

async function inBatches<T, R>(
  items: T[],
  size: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => task(item, i + j)))));
  }
  return results;
}

/** `date` at 00:00 in İstanbul (UTC+3 all year), in epoch ms. */
const midnight = (date: string) => Date.parse(`${date}T00:00:00+03:00`);
const iso = (ms: number) => new Date(ms + 3 * H).toISOString().replace('.000Z', '+03:00');

export async function buildDay(
  client: Client,
  date: string,
): Promise<{ visits: number; unassigned: number }> {
  const day = istanbulDay({ technicians: TECHNICIANS, orders: ORDERS, seed: 1 });
  const shift = midnight(date) - day.dayStart;
  const ADMIN = 'admin@demo.usta';
  const PLANNER = 'planlama@demo.usta';
  const DESK = 'cagri@demo.usta';

  // The generator's skills, each with a category that needs it (codes suffixed: the demo has "kombi").
  const skillCodes = [
    ...new Set(day.technicians.flatMap((tech) => tech.skills.map((skill) => skill.skillId))),
  ];
  const skills = new Map<string, { skillId: string; categoryId: string }>();
  for (const code of skillCodes) {
    const skill = await client.call<{ id: string }>(PLANNER, 'POST', '/api/v1/skills', {
      code: `${code}_bench`,
      nameTr: `${code} (bench)`,
      maxLevel: 3,
    });
    const category = await client.call<{ id: string }>(
      ADMIN,
      'POST',
      '/api/v1/settings/work-order-categories',
      {
        nameTr: `${code} arızası (bench)`,
      },
    );
    skills.set(code, { skillId: skill.id, categoryId: category.id });
  }
  await client.call(PLANNER, 'PUT', '/api/v1/skills/category-requirements', {
    items: [...skills.values()].map((s) => ({ ...s, minLevel: 1, durationMinutes: 45 })),
  });

  const technicians = await inBatches([...day.technicians], 8, async (tech, i) => {
    const user = await client.call<{ id: string }>(ADMIN, 'POST', '/api/v1/users', {
      email: `teknisyen-b${String(i + 1).padStart(2, '0')}@bench.usta`,
      name: tech.name,
      password: BENCH_PASSWORD,
      roles: ['technician'],
    });
    await client.call(PLANNER, 'PUT', `/api/v1/technicians/${user.id}`, {
      skills: tech.skills.map((s) => ({ skillId: skills.get(s.skillId)!.skillId, level: s.level })),
      regions: [],
      startLocation: tech.start,
      maxJobsPerDay: 8,
      version: 0,
    });
    return { ...tech, userId: user.id };
  });

  const orders = await inBatches([...day.stops], 8, async (stop) => {
    const customer = await client.call<{ id: string; addresses: { id: string }[] }>(
      DESK,
      'POST',
      '/api/v1/customers',
      {
        type: 'individual',
        name: stop.customerName,
        phones: [],
        addresses: [
          {
            province: 'İstanbul',
            district: stop.district,
            line: `Bench Sok. ${stop.number.slice(-4)}`,
            coordinates: stop.location,
          },
        ],
      },
    );
    const order = await client.call<{ id: string }>(DESK, 'POST', '/api/v1/work-orders', {
      customerId: customer.id,
      serviceAddressId: customer.addresses[0]?.id,
      channel: 'phone',
      type: 'fault',
      complaint: 'Kombi sıcak su vermiyor',
      priority: stop.priority,
      categoryId: skills.get(stop.requiredSkillId!)!.categoryId,
    });
    return { ...stop, orderId: order.id };
  });

  // The greedy plan of bench/planning/greedy.ts, with the start times kept (max 8 a day).
  const routes = technicians.map((tech) => ({
    tech,
    count: 0,
    last: tech.start!,
    freeAt: tech.spans[0]!.start,
  }));
  const queue = [...orders].sort(
    (a, b) =>
      (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || (RANK[a.priority] ?? 2) - (RANK[b.priority] ?? 2),
  );
  const visits: {
    technicianId: string;
    workOrderId: string;
    start: number;
    end: number;
    window: [number, number] | null;
  }[] = [];
  for (const order of queue) {
    let best: { route: (typeof routes)[number]; start: number; added: number } | null = null;
    for (const route of routes) {
      if (route.count >= 8) continue;
      if (!route.tech.skills.some((s) => s.skillId === order.requiredSkillId && s.level >= order.minLevel))
        continue;
      const km = roadKm(route.last, order.location!);
      const start = placeAfter(route.tech.spans, route.freeAt + driveMinutes(km) * M, order);
      if (start === null) continue;
      const added = km + roadKm(order.location!, route.tech.start!) - roadKm(route.last, route.tech.start!);
      if (!best || added < best.added) best = { route, start, added };
    }
    if (!best) continue;
    best.route.count++;
    best.route.last = order.location!;
    best.route.freeAt = best.start + order.durationMs;
    visits.push({
      technicianId: best.route.tech.userId,
      workOrderId: order.orderId,
      start: best.start,
      end: best.start + order.durationMs,
      window:
        order.windowStart !== null && order.windowEnd !== null ? [order.windowStart, order.windowEnd] : null,
    });
  }
  // A visit the server refuses (e.g. the window rule is stricter than the greedy's) stays in the queue.
  const created = await inBatches(visits, 8, async (visit) => {
    const body = {
      workOrderId: visit.workOrderId,
      technicianId: visit.technicianId,
      plannedStart: iso(visit.start + shift),
      plannedEnd: iso(visit.end + shift),
    };
    const window = visit.window
      ? { windowStart: iso(visit.window[0] + shift), windowEnd: iso(visit.window[1] + shift) }
      : {};
    try {
      await client.call(PLANNER, 'POST', '/api/v1/visits', { ...body, ...window });
      return 1;
    } catch {
      try {
        await client.call(PLANNER, 'POST', '/api/v1/visits', body);
        return 1;
      } catch {
        return 0;
      }
    }
  });
  const planned = created.reduce((sum: number, n) => sum + n, 0);
  return { visits: planned, unassigned: orders.length - planned };
}

/** The earliest start ≥ ready inside a shift span and the promised window (5-minute grid). */
function placeAfter(
  spans: readonly { start: number; end: number }[],
  ready: number,
  order: { durationMs: number; windowStart: number | null; windowEnd: number | null },
): number | null {
  for (const span of spans) {
    let start = Math.max(ready, span.start, order.windowStart ?? 0);
    if (order.windowEnd !== null && start >= order.windowEnd) return null;
    start = Math.ceil(start / (5 * M)) * 5 * M;
    if (start + order.durationMs <= span.end) return start;
  }
  return null;
}
