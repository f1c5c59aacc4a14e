import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';

/**
 * The customers an actor may see, or null for "all of the organisation". The one hook for the
 * row rule "technicians see only their authorised customers" (PRODUCT.md §4): every customer,
 * contact and device read goes through it (lists filter by it, a get outside it is a 404).
 *
 * TODO(technician scope): an actor without `work_order:read_all` (a technician) should get the
 * ids of their authorised customers here (those of their assigned work orders, or an explicit
 * list); until that rule is designed they see every customer of their organisation.
 */
export async function visibleCustomerIds(_db: Executor, actor: Actor): Promise<string[] | null> {
  if (actor.permissions.has('work_order:read_all')) return null;
  return null;
}

/** Whether a customer is inside the actor's scope (see `visibleCustomerIds`). */
export function isVisible(scope: string[] | null, customerId: string): boolean {
  return scope === null || scope.includes(customerId);
}
