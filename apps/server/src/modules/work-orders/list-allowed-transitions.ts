import { allowedStatuses } from '@usta/core/work-orders';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { toAllowedTransition } from './present-work-order.ts';
import { loadStatuses } from './settings-repository.ts';
import { findWorkOrder, stateOf } from './work-order-repository.ts';

/** What the action buttons offer: the statuses this user may choose now. */
export async function listAllowedTransitions(db: Executor, actor: Actor, id: string) {
  const row = await findWorkOrder(db, actor, id);
  if (!row) throw notFound('work order');
  if (row.mergedIntoId) return { items: [] };
  const statuses = await loadStatuses(db, actor.organizationId);
  return { items: allowedStatuses(stateOf(row), actor, statuses).map(toAllowedTransition) };
}
