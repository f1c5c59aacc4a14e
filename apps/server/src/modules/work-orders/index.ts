/**
 * Public entry of the work-orders module: what other modules (SLA) may read about an order,
 * without reaching into its tables.
 */
import { PRIORITIES, type Priority, type SlaEvent } from '@usta/core/sla';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { workOrderActivities } from './tables.ts';
import { findWorkOrder } from './work-order-repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

const asPriority = (value: unknown): Priority | null =>
  PRIORITIES.includes(value as Priority) ? (value as Priority) : null;

/**
 * The order's SLA events from its recorded history, under the same row rule as GET (null for
 * another company's order or a technician's unassigned one, like a missing one): `received` at
 * the creation with the priority and status it was opened with, then status changes (with
 * their phase), assignments, customer-visible notes (replies) and priority changes (edits
 * carrying `data.priority = {from, to}`), in time order.
 */
export async function loadSlaEvents(
  db: Executor,
  actor: Pick<Actor, 'organizationId' | 'userId' | 'permissions'>,
  workOrderId: string,
): Promise<{ events: SlaEvent[]; calendarId?: string } | null> {
  if (!UUID.test(workOrderId)) return null;
  const row = await findWorkOrder(db, actor, workOrderId);
  if (!row) return null;
  const activities = await db
    .select()
    .from(workOrderActivities)
    .where(
      and(
        eq(workOrderActivities.organizationId, actor.organizationId),
        eq(workOrderActivities.workOrderId, row.id),
      ),
    )
    .orderBy(asc(workOrderActivities.occurredAt), asc(workOrderActivities.id));

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
    at: row.createdAt.getTime(),
    priority: initialPriority ?? asPriority(row.priority) ?? 'P3',
    // Without status changes the order is still where it was opened.
    phase: initialPhase ?? row.phase,
    ...((initialStatus ?? row.status) ? { status: initialStatus ?? row.status } : {}),
  };
  return { events: [received, ...later] };
}

// The field app's sync (issue 7): reads and use cases for modules/sync, stock and attachments.
export * from './field-sync-entry.ts';
// For the planning desk (issue 6): what a board, a slot search and the optimiser read.
export {
  findPlanningOrders,
  listPlannableOrders,
  PLANNABLE_PHASES,
  type PlanningOrder,
} from './orders-for-planning.ts';
// For the SLA module: the order's facts, status codes and the escalation effects.
export {
  escalateWorkOrder,
  findVisibleSlaSubject,
  listSlaSubjects,
  listStatusCodes,
  loadSlaSubject,
  type SlaSubject,
} from './sla-bridge.ts';
