/**
 * What every planning use case needs to know about orders and days: where an order is, which
 * skill it needs, how long it takes, when it is due; a technician's shift on a day.
 */
import { type Calendar, parseDayNumber, wallToInstant, workingIntervalsBetween } from '@usta/core/calendar';
import { districtCentroid, type LatLng, type Span } from '@usta/core/planning';
import { createDefaultPolicy, PRIORITIES, type Priority, slaState } from '@usta/core/sla';
import { eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { loadCalendar } from '../calendars/index.ts';
import { type CustomerSummary, findCustomers } from '../customers/index.ts';
import { loadSlaSummaries } from '../sla/index.ts';
import type { PlanningOrder } from '../work-orders/index.ts';
import { planningCategoryRequirements } from './tables.ts';

const DAY_MS = 86_400_000;
const DEFAULT_POLICY = createDefaultPolicy();
export const DEFAULT_VISIT_MINUTES = 60;

export interface OrderFacts {
  order: PlanningOrder;
  province: string | null;
  district: string | null;
  addressLine: string | null;
  location: LatLng | null;
  requiredSkillId: string | null;
  minLevel: number;
  durationMinutes: number;
  dueAt: number | null;
  customer: CustomerSummary | null;
}

export async function loadRequirements(db: Executor, organizationId: string) {
  const rows = await db
    .select()
    .from(planningCategoryRequirements)
    .where(eq(planningCategoryRequirements.organizationId, organizationId));
  return new Map(rows.map((r) => [r.categoryId, r]));
}

/** Facts of each order; SLA due from the default policy on the company calendar. */
export async function loadOrderFacts(
  db: Database,
  organizationId: string,
  orders: readonly PlanningOrder[],
  now: number = Date.now(),
): Promise<Map<string, OrderFacts>> {
  const requirements = await loadRequirements(db, organizationId);
  // The SLA module's stored resolution due time (the order's real policy) wins over the default.
  const stored = await loadSlaSummaries(
    db,
    organizationId,
    orders.map((o) => o.id),
  );
  const calendar = await loadCalendar(db, organizationId);
  // One query for the customers and one for their addresses, however many orders.
  const customers: Map<string, CustomerSummary> = await findCustomers(
    db,
    organizationId,
    orders.map((o) => o.customerId),
  );
  const facts = new Map<string, OrderFacts>();
  for (const order of orders) {
    const customer = customers.get(order.customerId) ?? null;
    const address =
      customer?.addresses.find((a) => a.id === order.serviceAddressId) ?? customer?.addresses[0] ?? null;
    const location =
      address?.latitude != null && address.longitude != null
        ? { lat: address.latitude, lng: address.longitude }
        : districtCentroid(address?.province, address?.district);
    const requirement = order.categoryId ? requirements.get(order.categoryId) : undefined;
    facts.set(order.id, {
      order,
      province: address?.province ?? null,
      district: address?.district ?? null,
      addressLine: address?.line ?? null,
      location,
      requiredSkillId: requirement?.skillId ?? null,
      minLevel: requirement?.minLevel ?? 1,
      durationMinutes: requirement?.durationMinutes ?? DEFAULT_VISIT_MINUTES,
      dueAt: dueAtFrom(stored.get(order.id)?.resolutionDueAt) ?? dueAtOf(order, calendar, now),
      customer,
    });
  }
  return facts;
}

function dueAtFrom(iso: string | null | undefined): number | null {
  return iso ? Date.parse(iso) : null;
}

/** Resolution due time under the default policy, counting from the order's creation. */
export function dueAtOf(order: PlanningOrder, calendar: Calendar, now: number): number | null {
  const priority = (PRIORITIES as readonly string[]).includes(order.priority)
    ? (order.priority as Priority)
    : 'P3';
  try {
    const state = slaState(
      [
        {
          type: 'received',
          at: order.createdAt.getTime(),
          priority,
          phase: order.phase,
          status: order.status,
        },
      ],
      DEFAULT_POLICY,
      calendar,
      Math.max(now, order.createdAt.getTime()),
    );
    return state.resolution?.dueAt ?? null;
  } catch {
    return null;
  }
}

export interface DayShift {
  date: string;
  start: number;
  end: number;
  spans: Span[];
  holiday: string | null;
}

/** The local day [00:00, 24:00) in the calendar's zone, its working spans and holiday name. */
export function shiftOn(calendar: Calendar, date: string): DayShift {
  const dayNumber = parseDayNumber(date);
  if (dayNumber === undefined) throw new RangeError(`bad date ${date}`);
  const start = wallToInstant(calendar.timeZone, dayNumber * DAY_MS);
  const end = wallToInstant(calendar.timeZone, (dayNumber + 1) * DAY_MS);
  const holidayDay = calendar.days?.find((d) => d.date === date && d.kind === 'holiday');
  const spans = holidayDay ? [] : workingIntervalsBetween(start, end, calendar);
  return { date, start, end, spans, holiday: holidayDay ? holidayDay.name : null };
}

/** The local date of an instant in the calendar's zone. */
export function localDateOf(calendar: Calendar, instant: number): string {
  const formatter = new Intl.DateTimeFormat('en-CA', {
    timeZone: calendar.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return formatter.format(new Date(instant));
}

/** Calendars by id (null = company default), loaded once per use case. */
export function calendarCache(db: Database, organizationId: string) {
  const cache = new Map<string, Promise<Calendar & { id: string }>>();
  return (id: string | null) => {
    const key = id ?? '';
    let hit = cache.get(key);
    if (!hit) {
      hit = loadCalendar(db, organizationId, id ?? undefined);
      cache.set(key, hit);
    }
    return hit;
  };
}
