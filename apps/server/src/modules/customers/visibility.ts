import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { authorisedCustomerIdsOf } from '../planning/index.ts';

/**
 * The customers an actor may see, or null for "all of the organisation". The one hook for the
 * row rule "technicians see only their authorised customers" (PRODUCT.md §4): every customer,
 * contact and device read goes through it (lists filter by it, a get outside it is a 404).
 *
 * An actor without `work_order:read_all` (a technician) whose planning profile lists authorised
 * customers gets those ids (seed 004); without such a list they see every customer of their
 * organisation.
 */
export async function visibleCustomerIds(db: Executor, actor: Actor): Promise<string[] | null> {
  if (actor.permissions.has('work_order:read_all')) return null;
  // A technician restricted to named customers on their planning profile sees only those.
  return authorisedCustomerIdsOf(db, actor);
}

/** Whether a customer is inside the actor's scope (see `visibleCustomerIds`). */
export function isVisible(scope: string[] | null, customerId: string): boolean {
  return scope === null || scope.includes(customerId);
}
