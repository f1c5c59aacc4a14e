import type { Executor } from '../../db/database.ts';
import { findActiveUsersByIds, findActiveUsersByRoles, type UserContact } from '../users/index.ts';

export const findUsersByIds = findActiveUsersByIds;

/**
 * The users behind a rule's recipients: `team_lead` is the company's planners (teams have no
 * lead yet), `manager` the managers, `assignees` the order's technicians, `role:x` a staff
 * role, `user:<id>` one user. Deduplicated; inactive users are skipped.
 */
export async function resolveRecipients(
  db: Executor,
  organizationId: string,
  recipients: readonly string[],
  order: { technicianIds: readonly string[] },
): Promise<UserContact[]> {
  const roles = new Set<string>();
  const ids = new Set<string>();
  for (const r of recipients) {
    if (r === 'team_lead') roles.add('planner');
    else if (r === 'manager') roles.add('manager');
    else if (r === 'assignees') for (const id of order.technicianIds) ids.add(id);
    else if (r.startsWith('role:')) roles.add(r.slice(5));
    else if (r.startsWith('user:')) ids.add(r.slice(5).toLowerCase());
  }
  const found = [
    ...(await findActiveUsersByRoles(db, organizationId, [...roles])),
    ...(await findActiveUsersByIds(db, organizationId, [...ids])),
  ];
  const byId = new Map(found.map((u) => [u.id, u]));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
