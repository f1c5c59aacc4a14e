/** Technician profiles (keyed by the user id) and teams. */
import type {
  CreateTeamBody,
  PutTechnicianBody,
  Team,
  Technician,
  UpdateTeamBody,
} from '@usta/contracts/planning';
import { and, asc, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { loadCalendar } from '../calendars/index.ts';
import { findCustomer } from '../customers/index.ts';
import { assertSkillsExist } from './manage-skills.ts';
import { planningTeams, technicianProfiles } from './tables.ts';
import { loadTechnicians, toPublicTechnician } from './technician-repository.ts';

export async function listTechnicians(
  db: Database,
  actor: Actor,
  query: { teamId?: string; skillId?: string },
): Promise<{ items: Technician[] }> {
  const all = await loadTechnicians(db, actor.organizationId);
  const items = all
    .filter((t) => !query.teamId || t.teamIds.includes(query.teamId))
    .filter((t) => !query.skillId || t.skills.some((s) => s.skillId === query.skillId))
    .map(toPublicTechnician);
  return { items };
}

export async function getTechnician(db: Database, actor: Actor, id: string): Promise<Technician> {
  const [technician] = await loadTechnicians(db, actor.organizationId, { ids: [id] });
  if (!technician) throw notFound('technician');
  return toPublicTechnician(technician);
}

async function assertCalendar(db: Database, organizationId: string, id: string | null, path: string) {
  if (!id) return;
  await loadCalendar(db, organizationId, id).catch(() => {
    throw new AppError('VALIDATION_FAILED', {}, [{ path, code: 'not_found' }]);
  });
}

export async function putTechnician(
  db: Database,
  actor: Actor,
  id: string,
  input: PutTechnicianBody,
): Promise<Technician> {
  await assertCalendar(db, actor.organizationId, input.calendarId, 'calendarId');
  for (const [index, customerId] of input.authorisedCustomerIds.entries()) {
    if (!(await findCustomer(db, actor.organizationId, customerId))) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: `authorisedCustomerIds.${index}`, code: 'not_found' },
      ]);
    }
  }
  await db.transaction(async (tx) => {
    const [current] = await loadTechnicians(tx, actor.organizationId, { ids: [id] });
    if (!current) throw notFound('technician');
    if (current.version !== input.version) throw versionConflict(toPublicTechnician(current));
    await assertSkillsExist(
      tx,
      actor.organizationId,
      input.skills.map((s) => s.skillId),
      'skills.#.skillId',
    );
    const values = {
      skills: input.skills,
      regions: input.regions,
      startLat: input.startLocation?.lat ?? null,
      startLng: input.startLocation?.lng ?? null,
      endLat: input.endLocation?.lat ?? null,
      endLng: input.endLocation?.lng ?? null,
      calendarId: input.calendarId,
      maxJobsPerDay: input.maxJobsPerDay,
      authorisedCustomerIds: input.authorisedCustomerIds,
      vanWarehouseCode: input.vanWarehouseCode,
    };
    if (current.version === 0) {
      await tx
        .insert(technicianProfiles)
        .values({ organizationId: actor.organizationId, userId: id, ...values });
    } else {
      await tx
        .update(technicianProfiles)
        .set({ ...values, version: current.version + 1, updatedAt: new Date() })
        .where(
          and(eq(technicianProfiles.organizationId, actor.organizationId), eq(technicianProfiles.userId, id)),
        );
    }
    const { version: _v, updatedAt: _u, locale: _l, shiftCalendarId: _s, ...before } = current;
    await recordAuditEvent(tx, actor, {
      entityType: 'technician_profile',
      entityId: id,
      action: current.version === 0 ? 'create' : 'update',
      before: current.version === 0 ? null : before,
      after: { ...before, ...input },
    });
  });
  return getTechnician(db, actor, id);
}

// ---------------------------------------------------------------- teams

type TeamRow = typeof planningTeams.$inferSelect;

function toTeam(row: TeamRow): Team {
  return {
    id: row.id,
    name: row.name,
    leadId: row.leadId,
    calendarId: row.calendarId,
    memberIds: row.memberIds,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listTeams(db: Database, actor: Actor): Promise<{ items: Team[] }> {
  const rows = await db
    .select()
    .from(planningTeams)
    .where(eq(planningTeams.organizationId, actor.organizationId))
    .orderBy(asc(planningTeams.name));
  return { items: rows.map(toTeam) };
}

export async function findTeam(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(planningTeams)
    .where(and(eq(planningTeams.organizationId, organizationId), eq(planningTeams.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function getTeam(db: Database, actor: Actor, id: string): Promise<Team> {
  const row = await findTeam(db, actor.organizationId, id);
  if (!row) throw notFound('team');
  return toTeam(row);
}

async function assertMembers(
  db: Executor,
  organizationId: string,
  leadId: string | null,
  memberIds: readonly string[],
) {
  const known = new Set(
    (await loadTechnicians(db, organizationId, { ids: [...memberIds] })).map((t) => t.id),
  );
  const bad = memberIds.findIndex((m) => !known.has(m));
  if (bad >= 0)
    throw new AppError('VALIDATION_FAILED', {}, [{ path: `memberIds.${bad}`, code: 'not_a_technician' }]);
  if (leadId && (await loadTechnicians(db, organizationId, { ids: [leadId] })).length === 0) {
    throw new AppError('VALIDATION_FAILED', {}, [{ path: 'leadId', code: 'not_a_technician' }]);
  }
}

function uniqueName(error: unknown): never {
  if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
    throw new AppError('ALREADY_EXISTS', { field: 'ad / name' }, [{ path: 'name', code: 'already_taken' }]);
  }
  throw error;
}

export async function createTeam(db: Database, actor: Actor, input: CreateTeamBody): Promise<Team> {
  await assertCalendar(db, actor.organizationId, input.calendarId, 'calendarId');
  return db.transaction(async (tx) => {
    await assertMembers(tx, actor.organizationId, input.leadId, input.memberIds);
    const [row] = await tx
      .insert(planningTeams)
      .values({ organizationId: actor.organizationId, ...input })
      .returning()
      .catch(uniqueName);
    const team = toTeam(row!);
    await recordAuditEvent(tx, actor, {
      entityType: 'team',
      entityId: team.id,
      action: 'create',
      after: team,
    });
    return team;
  });
}

export async function updateTeam(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateTeamBody,
): Promise<Team> {
  if (input.calendarId) await assertCalendar(db, actor.organizationId, input.calendarId, 'calendarId');
  return db.transaction(async (tx) => {
    const current = await findTeam(tx, actor.organizationId, id, true);
    if (!current) throw notFound('team');
    if (current.version !== input.version) throw versionConflict(toTeam(current));
    const { version: _v, ...changes } = input;
    await assertMembers(tx, actor.organizationId, changes.leadId ?? null, changes.memberIds ?? []);
    const [row] = await tx
      .update(planningTeams)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(eq(planningTeams.id, id))
      .returning()
      .catch(uniqueName);
    const before = toTeam(current);
    const after = toTeam(row!);
    await recordAuditEvent(tx, actor, { entityType: 'team', entityId: id, action: 'update', before, after });
    return after;
  });
}
