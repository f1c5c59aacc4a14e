import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { planningTeams } from './tables.ts';

/**
 * The lead user of each given team (teams without a lead, unknown ids and other companies'
 * teams are absent from the map). For the SLA module's `team_lead` recipient.
 */
export async function findTeamLeads(
  db: Executor,
  organizationId: string,
  teamIds: readonly string[],
): Promise<Map<string, string>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db
    .select({ id: planningTeams.id, leadId: planningTeams.leadId })
    .from(planningTeams)
    .where(
      and(
        eq(planningTeams.organizationId, organizationId),
        inArray(planningTeams.id, [...new Set(teamIds)]),
        isNotNull(planningTeams.leadId),
      ),
    );
  return new Map(rows.flatMap((r) => (r.leadId ? [[r.id, r.leadId] as const] : [])));
}

/** Which of the given ids are teams of this company (for work orders' `teamId` check). */
export async function findCompanyTeamIds(
  db: Executor,
  organizationId: string,
  teamIds: readonly string[],
): Promise<Set<string>> {
  if (teamIds.length === 0) return new Set();
  const rows = await db
    .select({ id: planningTeams.id })
    .from(planningTeams)
    .where(
      and(eq(planningTeams.organizationId, organizationId), inArray(planningTeams.id, [...new Set(teamIds)])),
    );
  return new Set(rows.map((r) => r.id));
}
