/**
 * Technicians = users with the technician role, with their planning profile (or defaults). The
 * users module has no public entry for this yet, so the one read of `users` is here.
 */
import type { Technician } from '@usta/contracts/planning';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { users } from '../users/tables.ts';
import { planningTeams, technicianProfiles } from './tables.ts';

export type ProfileRow = typeof technicianProfiles.$inferSelect;

export interface TechnicianRecord extends Technician {
  locale: string;
  /** The calendar the shift comes from: own, else the first team's, else null (company default). */
  shiftCalendarId: string | null;
}

export async function loadTechnicians(
  db: Executor,
  organizationId: string,
  filter: { ids?: readonly string[]; activeOnly?: boolean } = {},
): Promise<TechnicianRecord[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  const rows = await db
    .select({ user: users, profile: technicianProfiles })
    .from(users)
    .leftJoin(
      technicianProfiles,
      and(
        eq(technicianProfiles.organizationId, users.organizationId),
        eq(technicianProfiles.userId, users.id),
      ),
    )
    .where(
      and(
        eq(users.organizationId, organizationId),
        sql`'technician' = ANY(${users.roles})`,
        filter.ids ? inArray(users.id, [...filter.ids]) : undefined,
        filter.activeOnly ? eq(users.active, true) : undefined,
      ),
    )
    .orderBy(sql`${users.name} COLLATE "tr-TR-x-icu"`, asc(users.id));
  const teams = await db
    .select({
      id: planningTeams.id,
      memberIds: planningTeams.memberIds,
      leadId: planningTeams.leadId,
      calendarId: planningTeams.calendarId,
    })
    .from(planningTeams)
    .where(eq(planningTeams.organizationId, organizationId));
  return rows.map(({ user, profile }) => {
    const own = teams.filter((t) => t.memberIds.includes(user.id) || t.leadId === user.id);
    return {
      id: user.id,
      name: user.name,
      email: user.email,
      locale: user.locale,
      active: user.active,
      skills: profile?.skills ?? [],
      regions: profile?.regions ?? [],
      startLocation: point(profile?.startLat, profile?.startLng),
      endLocation: point(profile?.endLat, profile?.endLng),
      calendarId: profile?.calendarId ?? null,
      maxJobsPerDay: profile?.maxJobsPerDay ?? 8,
      authorisedCustomerIds: profile?.authorisedCustomerIds ?? [],
      vanWarehouseCode: profile?.vanWarehouseCode ?? null,
      teamIds: own.map((t) => t.id),
      version: profile?.version ?? 0,
      updatedAt: profile ? profile.updatedAt.toISOString() : null,
      shiftCalendarId: profile?.calendarId ?? own.find((t) => t.calendarId)?.calendarId ?? null,
    };
  });
}

function point(lat: number | null | undefined, lng: number | null | undefined) {
  return lat != null && lng != null ? { lat, lng } : null;
}

export function toPublicTechnician({
  locale: _locale,
  shiftCalendarId: _shift,
  ...technician
}: TechnicianRecord): Technician {
  return technician;
}
