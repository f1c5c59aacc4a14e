/** The company's skill tree and the category → skill requirements (planning:write to edit). */
import type {
  CategoryRequirement,
  CreateSkillBody,
  PutCategoryRequirementsBody,
  Skill,
  UpdateSkillBody,
} from '@usta/contracts/planning';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { planningCategoryRequirements, planningSkills } from './tables.ts';

type SkillRow = typeof planningSkills.$inferSelect;

function toSkill(row: SkillRow): Skill {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    nameTr: row.nameTr,
    nameEn: row.nameEn,
    maxLevel: row.maxLevel,
    sortOrder: row.sortOrder,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function skillRows(db: Executor, organizationId: string) {
  return db
    .select()
    .from(planningSkills)
    .where(eq(planningSkills.organizationId, organizationId))
    .orderBy(asc(planningSkills.sortOrder), asc(planningSkills.nameTr));
}

/** Parents before children, siblings by sort order. */
export async function listSkills(db: Database, actor: Actor): Promise<{ items: Skill[] }> {
  const rows = await skillRows(db, actor.organizationId);
  const children = new Map<string | null, SkillRow[]>();
  const ids = new Set(rows.map((r) => r.id));
  for (const row of rows) {
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const items: Skill[] = [];
  const walk = (parent: string | null) => {
    for (const row of children.get(parent) ?? []) {
      items.push(toSkill(row));
      walk(row.id);
    }
  };
  walk(null);
  return { items };
}

export async function assertSkillsExist(
  db: Executor,
  organizationId: string,
  ids: readonly string[],
  path: string,
) {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: planningSkills.id })
    .from(planningSkills)
    .where(and(eq(planningSkills.organizationId, organizationId), inArray(planningSkills.id, [...ids])));
  const known = new Set(found.map((r) => r.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw new AppError('VALIDATION_FAILED', {}, [
      { path: path.replace('#', String(missing)), code: 'not_found' },
    ]);
}

export async function createSkill(db: Database, actor: Actor, input: CreateSkillBody): Promise<Skill> {
  return db.transaction(async (tx) => {
    if (input.parentId) await assertSkillsExist(tx, actor.organizationId, [input.parentId], 'parentId');
    const [row] = await tx
      .insert(planningSkills)
      .values({
        organizationId: actor.organizationId,
        ...input,
        parentId: input.parentId ?? null,
        nameEn: input.nameEn ?? null,
      })
      .returning()
      .catch((error: unknown) => {
        if ((error as { cause?: { code?: string } }).cause?.code === '23505') {
          throw new AppError('ALREADY_EXISTS', { field: 'kod / code' }, [
            { path: 'code', code: 'already_taken' },
          ]);
        }
        throw error;
      });
    const skill = toSkill(row!);
    await recordAuditEvent(tx, actor, {
      entityType: 'skill',
      entityId: skill.id,
      action: 'create',
      after: skill,
    });
    return skill;
  });
}

export async function updateSkill(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateSkillBody,
): Promise<Skill> {
  return db.transaction(async (tx) => {
    const rows = await skillRows(tx, actor.organizationId);
    const current = rows.find((r) => r.id === id);
    if (!current) throw notFound('skill');
    if (current.version !== input.version) throw versionConflict(toSkill(current));
    if (input.parentId) {
      const byId = new Map(rows.map((r) => [r.id, r]));
      if (!byId.has(input.parentId))
        throw new AppError('VALIDATION_FAILED', {}, [{ path: 'parentId', code: 'not_found' }]);
      for (let at: string | null = input.parentId; at; at = byId.get(at)?.parentId ?? null) {
        if (at === id)
          throw new AppError('VALIDATION_FAILED', {}, [{ path: 'parentId', code: 'skill_cycle' }]);
      }
    }
    const { version: _v, ...changes } = input;
    const [row] = await tx
      .update(planningSkills)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(eq(planningSkills.id, id))
      .returning();
    const before = toSkill(current);
    const after = toSkill(row!);
    await recordAuditEvent(tx, actor, { entityType: 'skill', entityId: id, action: 'update', before, after });
    return after;
  });
}

export async function listCategoryRequirements(
  db: Database,
  actor: Actor,
): Promise<{ items: CategoryRequirement[] }> {
  const rows = await db
    .select()
    .from(planningCategoryRequirements)
    .where(eq(planningCategoryRequirements.organizationId, actor.organizationId));
  return {
    items: rows.map((r) => ({
      categoryId: r.categoryId,
      skillId: r.skillId,
      minLevel: r.minLevel,
      durationMinutes: r.durationMinutes,
    })),
  };
}

export async function putCategoryRequirements(
  db: Database,
  actor: Actor,
  input: PutCategoryRequirementsBody,
): Promise<{ items: CategoryRequirement[] }> {
  await db.transaction(async (tx) => {
    const skillIds = input.items.map((i) => i.skillId).filter((id): id is string => id !== null);
    await assertSkillsExist(tx, actor.organizationId, skillIds, 'items');
    const before = await tx
      .select()
      .from(planningCategoryRequirements)
      .where(eq(planningCategoryRequirements.organizationId, actor.organizationId));
    await tx
      .delete(planningCategoryRequirements)
      .where(eq(planningCategoryRequirements.organizationId, actor.organizationId));
    if (input.items.length > 0) {
      await tx
        .insert(planningCategoryRequirements)
        .values(input.items.map((i) => ({ organizationId: actor.organizationId, ...i })));
    }
    await recordAuditEvent(tx, actor, {
      entityType: 'category_requirements',
      entityId: actor.organizationId,
      action: 'update',
      before: { items: before.map(({ createdAt: _c, updatedAt: _u, organizationId: _o, ...r }) => r) },
      after: { items: input.items },
    });
  });
  return listCategoryRequirements(db, actor);
}
