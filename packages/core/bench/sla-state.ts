/**
 * The scan behind escalation: slaState (+ planEscalations) over 100,000 open orders on one core.
 * Target: < 1 s. Run with `npm run bench:sla`; figures go to bench/results/sla-state.md.
 * Orders are generated from a fixed seed: received within the last 15 days on the default
 * calendar, P1–P4, most assigned, a third waiting for the customer for a while, some reprioritised.
 */
import { createDefaultCalendar } from '../src/calendar/index.ts';
import {
  createDefaultPolicy,
  type Priority,
  planEscalations,
  type SlaEvent,
  slaState,
} from '../src/sla/index.ts';

const ORDERS = Number(process.env.SLA_BENCH_ORDERS ?? 100_000);
const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-23T14:00:00+03:00');

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateOrders(count: number): SlaEvent[][] {
  const random = createRandom(42);
  const priorities: Priority[] = ['P1', 'P2', 'P3', 'P4'];
  const orders: SlaEvent[][] = [];
  for (let i = 0; i < count; i++) {
    const receivedAt = NOW - Math.floor(random() * 15 * 24 * HOUR);
    const span = NOW - receivedAt;
    const events: SlaEvent[] = [
      { type: 'received', at: receivedAt, priority: priorities[Math.floor(random() * 4)]! },
    ];
    if (random() < 0.8) events.push({ type: 'assigned', at: receivedAt + Math.floor(random() * span * 0.2) });
    if (random() < 0.35) {
      const pauseAt = receivedAt + Math.floor(random() * span * 0.5);
      events.push({ type: 'status-changed', at: pauseAt, phase: 'waiting-for-customer' });
      if (random() < 0.7) {
        events.push({
          type: 'status-changed',
          at: pauseAt + Math.floor(random() * (NOW - pauseAt)),
          phase: 'on-site',
        });
      }
    }
    if (random() < 0.1)
      events.push({ type: 'priority-changed', at: receivedAt + Math.floor(random() * span), priority: 'P1' });
    events.sort((a, b) => a.at - b.at);
    orders.push(events);
  }
  return orders;
}

function scan(orders: SlaEvent[][], calendar: ReturnType<typeof createDefaultCalendar>) {
  const policy = createDefaultPolicy();
  let breached = 0;
  let due = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (const events of orders) {
    const state = slaState(events, policy, calendar, NOW);
    if (state.breached) breached++;
    due += planEscalations(state, policy.escalationRules, NOW).due.length;
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, breached, due };
}

const orders = generateOrders(ORDERS);
const coldCalendar = createDefaultCalendar();
const cold = scan(orders, coldCalendar);
const runs = [scan(orders, coldCalendar), scan(orders, coldCalendar), scan(orders, coldCalendar)];
const median = <T>(values: T[], key: (value: T) => number) => values.map(key).sort((a, b) => a - b)[1]!;
const warm = median(runs, (run) => run.ms);
const warmCpu = median(runs, (run) => run.cpuMs);

console.log(`orders: ${ORDERS}`);
console.log(
  `first scan (new calendar, cold caches): ${cold.ms.toFixed(0)} ms wall, ${cold.cpuMs.toFixed(0)} ms CPU`,
);
console.log(
  `warm scan (median of 3): ${warm.toFixed(0)} ms wall (${((warm * 1000) / ORDERS).toFixed(2)} µs/order), ${warmCpu.toFixed(0)} ms CPU`,
);
console.log(`breached: ${cold.breached}, escalation rules due: ${cold.due}`);
console.log(`target < 1000 ms: ${Math.max(cold.ms, warm) < 1000 ? 'met' : 'NOT met'}`);
