/**
 * The few facts other modules show beside their own records of an order (its number, customer
 * and where it stands), read by id. Public through index.ts; filtered by organisation (another
 * company's id is simply absent).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { workOrders } from './tables.ts';

export interface OrderSummary {
  id: string;
  number: string;
  customerName: string;
  status: string;
  phase: string;
}

export async function findOrderSummaries(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
): Promise<OrderSummary[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: workOrders.id,
      number: workOrders.number,
      customerName: workOrders.customerName,
      status: workOrders.status,
      phase: workOrders.phase,
    })
    .from(workOrders)
    .where(and(eq(workOrders.organizationId, organizationId), inArray(workOrders.id, [...ids])));
}
