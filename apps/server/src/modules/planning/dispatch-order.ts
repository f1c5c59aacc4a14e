import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { assignForVisit } from '../work-orders/index.ts';
import { selectVisits } from './visit-repository.ts';

/**
 * After a visit is booked or moved: its technician is on the order (work-orders' `assignForVisit`
 * also moves an order still in planning to "assigned"), and a technician the visit was moved
 * away from comes off it unless another active visit of theirs remains for the order.
 */
export async function dispatchOrderToVisit(
  tx: Executor,
  actor: Actor,
  visit: { workOrderId: string; technicianId: string; previousTechnicianId?: string | undefined },
): Promise<void> {
  let remove: string | undefined;
  if (visit.previousTechnicianId && visit.previousTechnicianId !== visit.technicianId) {
    const active = await selectVisits(tx, actor.organizationId, {
      workOrderIds: [visit.workOrderId],
      activeOnly: true,
    });
    if (!active.some((v) => v.technicianId === visit.previousTechnicianId))
      remove = visit.previousTechnicianId;
  }
  await assignForVisit(tx, actor, { workOrderId: visit.workOrderId, add: visit.technicianId, remove });
}
