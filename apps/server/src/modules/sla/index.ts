/**
 * Public entry of the SLA module. The work-orders module calls `recordSlaChange` in the
 * transaction of every change that can move the clock (transition, edit, assignment,
 * customer-visible note) and `recordNewOrdersSla` in a create's, `assertSlaAllowsClose` before an order closes, and reads the stored
 * summaries for its list and detail (`loadSlaSummaries`, `pendingDueWindow`).
 */
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recomputeWorkOrderSla } from './recompute-order-sla.ts';

export { assertSlaAllowsClose } from './close-guard.ts';
export { type SlaEscalationWorker, startSlaEscalationWorker } from './escalation-worker.ts';
export {
  listSlasOfStoredRows,
  loadSlaSummaries,
  NO_PENDING_DUE,
  pendingDueOrderText,
  pendingDueWindow,
  SLA_LIST_FIELDS,
  type SlaListRow,
  slaDueCursorValue,
  slaDueSortExpression,
  slaListSelectText,
  slaSummaryJoinText,
} from './order-summaries.ts';
export { recordNewOrdersSla } from './recompute-orders-sla.ts';

/** Recomputes the order's stored SLA state and its escalation schedule in the caller's transaction. */
export async function recordSlaChange(
  tx: Executor,
  actor: Pick<Actor, 'organizationId'>,
  workOrderId: string,
) {
  await recomputeWorkOrderSla(tx, actor.organizationId, workOrderId);
}
