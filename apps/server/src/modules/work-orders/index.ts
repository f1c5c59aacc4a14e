/**
 * Public entry of the work-orders module: what other modules (SLA) may read about an order,
 * without reaching into its tables.
 */
import type { SlaEvent } from '@usta/core/sla';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { slaEventsFromHistory } from './sla-events.ts';
import { workOrderActivities } from './tables.ts';
import { findWorkOrder } from './work-order-repository.ts';

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
  if (!isUuid(workOrderId)) return null;
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

  return { events: slaEventsFromHistory(row, activities) };
}

// For the planning desk (issue 6): what a board, a slot search and the optimiser read.
export { assignForVisit } from './assign-for-visit.ts';
// For the SLA escalation job's batches: priority raises and team changes of many orders at once.
export {
  type EscalationChange,
  type EscalationResult,
  escalateWorkOrders,
} from './escalate-work-orders.ts';
// The field app's sync (issue 7): reads and use cases for modules/sync, stock and attachments.
export * from './field-sync-entry.ts';
// For modules that show an order beside their own records (OLA task queues): number, customer, phase.
export { findOrderSummaries, type OrderSummary } from './find-order-summaries.ts';
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

import { isUuid } from '@usta/core/text';

export { loadSlaEventsOfOrders } from './sla-events.ts';
