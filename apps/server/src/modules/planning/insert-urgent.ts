/**
 * Urgent insertion: the cheapest feasible place for one order in the day's current plan
 * (routing's incremental insertion: no move, one move, or a short repair), proposed in about a
 * second and applied like any proposal.
 */
import type { InsertBody, InsertResult } from '@usta/contracts/planning';
import { formatInstantWithOffset } from '@usta/core/calendar';
import { buildMatrix, insertVisit } from '@usta/routing';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { findPlanningOrders, PLANNABLE_PHASES } from '../work-orders/index.ts';
import { loadDayInput, selectTechnicians } from './day-input.ts';
import { rejectVisit } from './evaluate-visit.ts';
import { toProposalOut, unassignedMessage } from './optimise.ts';
import { buildRoutingProblem, toProposal } from './routing-problem.ts';
import { planningPlans } from './tables.ts';
import { selectVisits } from './visit-repository.ts';

export async function insertUrgent(db: Database, actor: Actor, body: InsertBody): Promise<InsertResult> {
  const [order] = await findPlanningOrders(db, actor.organizationId, [body.workOrderId]);
  if (!order) throw notFound('work order');
  const active = await selectVisits(db, actor.organizationId, { workOrderIds: [order.id], activeOnly: true });
  if (active.length > 0 || !(PLANNABLE_PHASES as readonly string[]).includes(order.phase)) {
    throw rejectVisit('order_not_plannable', 'workOrderId');
  }
  const technicians = await selectTechnicians(db, actor.organizationId, body);
  const { input, timeZone } = await loadDayInput(db, actor.organizationId, body.date, technicians, {
    includeUnassigned: [order.id],
  });
  // Moving as little as possible: the day's visits keep their times, at most changing hands.
  const built = buildRoutingProblem({ ...input, keepTimes: true });
  const urgentId = `o:${order.id}`;
  let plan = {
    routes: [],
    unassigned: [],
    vehicles: 0,
    distance: 0,
    cost: 0,
    iterations: 0,
    timeMs: 0,
  } as Parameters<typeof toProposal>[2];
  let moved: string[] = [];
  if (built.byRoutingId.has(urgentId)) {
    const matrix = await buildMatrix(built.problem);
    const result = insertVisit(built.problem, matrix, built.currentRoutes, urgentId, {
      timeLimitMs: Math.round(body.timeLimitSeconds * 1000),
      seed: 1,
    });
    plan = result.plan;
    moved = result.moved.flatMap((id) => (id.startsWith('v:') ? [id.slice(2)] : []));
  }
  const { proposal, changes } = toProposal(
    input,
    built,
    plan,
    (n) => formatInstantWithOffset(n, timeZone),
    unassignedMessage,
  );
  const [row] = await db
    .insert(planningPlans)
    .values({
      organizationId: actor.organizationId,
      kind: 'insert',
      date: body.date,
      status: 'done',
      progress: 1,
      request: { ...body },
      proposal,
      changes: changes as unknown as Record<string, unknown>,
      createdBy: actor.userId,
    })
    .returning();
  const placed = changes.creates.find((c) => c.workOrderId === order.id);
  return {
    proposal: toProposalOut(row!)!,
    placement: placed
      ? {
          technicianId: placed.technicianId,
          start: formatInstantWithOffset(placed.start, timeZone),
          end: formatInstantWithOffset(placed.end, timeZone),
        }
      : null,
    movedVisitIds: moved,
  };
}
