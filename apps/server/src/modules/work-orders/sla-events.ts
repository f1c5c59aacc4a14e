/**
 * The SLA events of orders, built from their recorded history (public through index.ts): one
 * order under the caller's row rule (`loadSlaEvents` in index.ts) or many of one company in two
 * queries (`loadSlaEventsOfOrders`, for the escalation job's batched recompute). Both build the
 * events with the same `slaEventsFromHistory`, so they cannot disagree.
 */
import { PRIORITIES, type Priority, type SlaEvent } from '@usta/core/sla';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { workOrderActivities, workOrders } from './tables.ts';

type ActivityRow = typeof workOrderActivities.$inferSelect;

const asPriority = (value: unknown): Priority | null =>
  PRIORITIES.includes(value as Priority) ? (value as Priority) : null;

/**
 * `received` at the creation with the priority and status it was opened with, then status
 * changes (with their phase), assignments, customer-visible notes (replies) and priority changes
 * (edits carrying `data.priority = {from, to}`), in the order of `activities` (time, then id).
 */
export function slaEventsFromHistory(
  order: { createdAt: Date; priority: string; phase: string; status: string },
  activities: readonly Pick<
    ActivityRow,
    'kind' | 'occurredAt' | 'data' | 'fromStatus' | 'toStatus' | 'visibility'
  >[],
): SlaEvent[] {
  const later: SlaEvent[] = [];
  let initialPriority: Priority | null = null;
  let initialPhase: string | null = null;
  let initialStatus: string | null = null;
  for (const activity of activities) {
    const at = activity.occurredAt.getTime();
    const data = activity.data ?? {};
    switch (activity.kind) {
      case 'created':
        initialStatus ??= activity.toStatus;
        break;
      case 'status_change': {
        const phase = typeof data.toPhase === 'string' ? data.toPhase : null;
        if (!phase) break;
        if (initialPhase === null && typeof data.fromPhase === 'string') initialPhase = data.fromPhase;
        if (initialStatus === null && activity.fromStatus) initialStatus = activity.fromStatus;
        later.push({
          type: 'status-changed',
          at,
          phase,
          ...(activity.toStatus ? { status: activity.toStatus } : {}),
        });
        break;
      }
      case 'assignment':
        later.push({ type: 'assigned', at });
        break;
      case 'note':
        if (activity.visibility === 'customer') later.push({ type: 'replied', at, customerVisible: true });
        break;
      case 'edit': {
        const change = data.priority as { from?: unknown; to?: unknown } | undefined;
        const to = asPriority(change?.to);
        if (!to) break;
        initialPriority ??= asPriority(change?.from);
        later.push({ type: 'priority-changed', at, priority: to });
        break;
      }
      default:
        break;
    }
  }
  const received: SlaEvent = {
    type: 'received',
    at: order.createdAt.getTime(),
    priority: initialPriority ?? asPriority(order.priority) ?? 'P3',
    // Without status changes the order is still where it was opened.
    phase: initialPhase ?? order.phase,
    ...((initialStatus ?? order.status) ? { status: initialStatus ?? order.status } : {}),
  };
  return [received, ...later];
}

/**
 * The SLA events of many orders of one company (no row rule: the escalation job acts for the
 * company), in two queries. Unknown ids are absent from the map.
 */
export async function loadSlaEventsOfOrders(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<Map<string, SlaEvent[]>> {
  const result = new Map<string, SlaEvent[]>();
  if (ids.length === 0) return result;
  const orders = await db
    .select({
      id: workOrders.id,
      createdAt: workOrders.createdAt,
      priority: workOrders.priority,
      phase: workOrders.phase,
      status: workOrders.status,
    })
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), inArray(workOrders.id, [...ids])));
  if (orders.length === 0) return result;
  const activities = await db
    .select()
    .from(workOrderActivities)
    .where(
      and(
        eq(workOrderActivities.organizationId, organizationId),
        inArray(
          workOrderActivities.workOrderId,
          orders.map((o) => o.id),
        ),
      ),
    )
    .orderBy(asc(workOrderActivities.occurredAt), asc(workOrderActivities.id));
  const byOrder = new Map<string, ActivityRow[]>();
  for (const activity of activities) {
    const list = byOrder.get(activity.workOrderId);
    if (list) list.push(activity);
    else byOrder.set(activity.workOrderId, [activity]);
  }
  for (const order of orders) result.set(order.id, slaEventsFromHistory(order, byOrder.get(order.id) ?? []));
  return result;
}
