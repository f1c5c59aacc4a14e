import { isUuid } from '@usta/core/text';
import type { Executor } from '../../db/database.ts';
import { findTeamLeads } from '../planning/index.ts';
import { findActiveUsersByIds, findActiveUsersByRoles, type UserContact } from '../users/index.ts';

export const findUsersByIds = findActiveUsersByIds;

/**
 * Look-ups shared by the steps of one worker batch (one transaction): the users of a role, a
 * user by id and a team's lead are read once per batch instead of once per step — at the 08:30
 * peak thousands of warnings go to the same few people.
 */
export class RecipientCache {
  private readonly roles = new Map<string, Promise<UserContact[]>>();
  private readonly users = new Map<string, Promise<UserContact | null>>();
  private readonly leads = new Map<string, Promise<string | null>>();

  usersOfRole(db: Executor, organizationId: string, role: string): Promise<UserContact[]> {
    const key = `${organizationId}:${role}`;
    let found = this.roles.get(key);
    if (!found) {
      found = findActiveUsersByRoles(db, organizationId, [role]);
      this.roles.set(key, found);
    }
    return found;
  }

  user(db: Executor, organizationId: string, id: string): Promise<UserContact | null> {
    const key = `${organizationId}:${id}`;
    let found = this.users.get(key);
    if (!found) {
      found = findActiveUsersByIds(db, organizationId, [id]).then((rows) => rows[0] ?? null);
      this.users.set(key, found);
    }
    return found;
  }

  teamLead(db: Executor, organizationId: string, teamId: string): Promise<string | null> {
    const key = `${organizationId}:${teamId}`;
    let found = this.leads.get(key);
    if (!found) {
      found = findTeamLeads(db, organizationId, [teamId]).then((m) => m.get(teamId) ?? null);
      this.leads.set(key, found);
    }
    return found;
  }
}

/**
 * The users behind a rule's recipients: `team_lead` is the lead of the order's team (planning
 * module); an order without a team, a team without a lead or an inactive lead falls back to the
 * company's planners. `manager` the managers, `assignees` the order's technicians, `role:x` a
 * staff role, `user:<id>` one user. Deduplicated, sorted by id; inactive users are skipped.
 * Pass one `cache` to every call of a batch (a fresh one is used otherwise).
 */
export async function resolveRecipients(
  db: Executor,
  organizationId: string,
  recipients: readonly string[],
  order: { technicianIds: readonly string[]; teamId?: string | null },
  cache: RecipientCache = new RecipientCache(),
): Promise<UserContact[]> {
  const roles = new Set<string>();
  const ids = new Set<string>();
  for (const r of recipients) {
    if (r === 'team_lead') {
      const leadId = order.teamId ? await cache.teamLead(db, organizationId, order.teamId) : null;
      const lead = leadId ? await cache.user(db, organizationId, leadId) : null;
      if (lead) ids.add(lead.id);
      else roles.add('planner');
    } else if (r === 'manager') roles.add('manager');
    else if (r === 'assignees') for (const id of order.technicianIds) ids.add(id);
    else if (r.startsWith('role:')) roles.add(r.slice(5));
    else if (r.startsWith('user:')) ids.add(r.slice(5).toLowerCase());
  }
  const found: UserContact[] = [];
  for (const role of roles) found.push(...(await cache.usersOfRole(db, organizationId, role)));
  for (const id of ids) {
    if (!isUuid(id)) continue;
    const user = await cache.user(db, organizationId, id);
    if (user) found.push(user);
  }
  const byId = new Map(found.map((u) => [u.id, u]));
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
