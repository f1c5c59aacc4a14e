/**
 * What the planning desk (issue 6) reads about orders: the fields a board, a slot search and
 * the optimiser need. Public through index.ts; filtered by organisation (another company's id
 * is simply absent).
 */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { workOrders } from './tables.ts';

export interface PlanningOrder {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  contactId: string | null;
  serviceAddressId: string | null;
  complaint: string;
  priority: string;
  status: string;
  phase: string;
  categoryId: string | null;
  teamId: string | null;
  technicianIds: string[];
  createdAt: Date;
}

/** Phases in which an order still waits for (or may get) a visit. */
export const PLANNABLE_PHASES = ['intake', 'pre_inspection', 'planning', 'assignment'] as const;

const columns = {
  id: workOrders.id,
  number: workOrders.number,
  customerId: workOrders.customerId,
  customerName: workOrders.customerName,
  contactId: workOrders.contactId,
  serviceAddressId: workOrders.serviceAddressId,
  complaint: workOrders.complaint,
  priority: workOrders.priority,
  status: workOrders.status,
  phase: workOrders.phase,
  categoryId: workOrders.categoryId,
  teamId: workOrders.teamId,
  technicianIds: workOrders.technicianIds,
  createdAt: workOrders.createdAt,
};

export async function findPlanningOrders(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<PlanningOrder[]> {
  if (ids.length === 0) return [];
  return db
    .select(columns)
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), inArray(workOrders.id, [...ids])));
}

/** Open orders in a plannable phase (not merged), oldest first. */
export async function listPlannableOrders(db: Executor, organizationId: string): Promise<PlanningOrder[]> {
  return db
    .select(columns)
    .from(workOrders)
    .where(
      and(
        eq(workOrders.organizationId, organizationId),
        inArray(workOrders.phase, [...PLANNABLE_PHASES]),
        isNull(workOrders.mergedIntoId),
      ),
    )
    .orderBy(asc(workOrders.createdAt))
    .limit(2000);
}
