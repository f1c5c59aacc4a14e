/**
 * Technicians = users with the technician role (from the users module's public entry), with
 * their planning profile (or defaults).
 */
import type { Technician } from '@usta/contracts/planning';
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { listStaffByRole } from '../users/index.ts';
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
  const staff = await listStaffByRole(db, organizationId, 'technician', filter);
  if (staff.length === 0) return [];
  const profiles = await db
    .select()
    .from(technicianProfiles)
    .where(
      and(
        eq(technicianProfiles.organizationId, organizationId),
        inArray(
          technicianProfiles.userId,
          staff.map((user) => user.id),
        ),
      ),
    );
  const profileOf = new Map(profiles.map((profile) => [profile.userId, profile]));
  const teams = await db
    .select({
      id: planningTeams.id,
      memberIds: planningTeams.memberIds,
      leadId: planningTeams.leadId,
      calendarId: planningTeams.calendarId,
    })
    .from(planningTeams)
    .where(eq(planningTeams.organizationId, organizationId));
  return staff.map((user) => {
    const profile = profileOf.get(user.id);
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
