import type {
  createWorkOrderCategoryBodySchema,
  updateWorkOrderCategoryBodySchema,
  WorkOrderCategory,
} from '@usta/contracts/work-orders';
import { checkParentLink } from '@usta/core/work-orders';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { workOrderCategories } from './tables.ts';

type CategoryRow = typeof workOrderCategories.$inferSelect;
type CreateBody = z.infer<typeof createWorkOrderCategoryBodySchema>;
type UpdateBody = z.infer<typeof updateWorkOrderCategoryBodySchema>;

function toCategory(row: CategoryRow): WorkOrderCategory {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    nameTr: row.nameTr,
    nameEn: row.nameEn,
    order: row.sortOrder,
    active: row.active,
    version: row.version,
  };
}

async function loadAll(db: Executor, organizationId: string): Promise<CategoryRow[]> {
  return db
    .select()
    .from(workOrderCategories)
    .where(eq(workOrderCategories.organizationId, organizationId))
    .orderBy(asc(workOrderCategories.sortOrder), sql`${workOrderCategories.nameTr} COLLATE "tr-TR-x-icu"`);
}

/** The company's category tree as a flat list (each node names its parent). */
export async function listCategories(db: Executor, actor: Actor) {
  return { items: (await loadAll(db, actor.organizationId)).map(toCategory) };
}

function checkParent(rows: CategoryRow[], id: string | null, parentId: string | null | undefined): void {
  if (!parentId) return;
  if (!rows.some((row) => row.id === parentId)) {
    throw new AppError('NOT_FOUND', { entity: 'category' }, [{ path: 'parentId', code: 'not_found' }]);
  }
  if (id && !checkParentLink(id, parentId, (node) => rows.find((row) => row.id === node)?.parentId).ok) {
    throw new AppError('UNPROCESSABLE', { reason: 'cycle' }, [{ path: 'parentId', code: 'category_cycle' }]);
  }
}

export async function createCategory(db: Database, actor: Actor, input: CreateBody) {
  return db.transaction(async (tx) => {
    checkParent(await loadAll(tx, actor.organizationId), null, input.parentId);
    const [row] = await tx
      .insert(workOrderCategories)
      .values({
        organizationId: actor.organizationId,
        parentId: input.parentId ?? null,
        code: input.code ?? null,
        nameTr: input.nameTr,
        nameEn: input.nameEn ?? null,
        sortOrder: input.order ?? 0,
        active: input.active ?? true,
      })
      .returning();
    const category = toCategory(row!);
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order_category',
      entityId: category.id,
      action: 'create',
      after: category,
    });
    return category;
  });
}

export async function updateCategory(db: Database, actor: Actor, id: string, input: UpdateBody) {
  return db.transaction(async (tx) => {
    const rows = await loadAll(tx, actor.organizationId);
    const current = rows.find((row) => row.id === id);
    if (!current) throw notFound('category');
    if (current.version !== input.version) throw versionConflict(toCategory(current));
    if (input.parentId !== undefined) checkParent(rows, id, input.parentId);
    const [row] = await tx
      .update(workOrderCategories)
      .set({
        ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.nameTr !== undefined ? { nameTr: input.nameTr } : {}),
        ...(input.nameEn !== undefined ? { nameEn: input.nameEn } : {}),
        ...(input.order !== undefined ? { sortOrder: input.order } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(
        and(eq(workOrderCategories.organizationId, actor.organizationId), eq(workOrderCategories.id, id)),
      )
      .returning();
    const category = toCategory(row!);
    await recordAuditEvent(tx, actor, {
      entityType: 'work_order_category',
      entityId: id,
      action: 'update',
      before: toCategory(current),
      after: category,
    });
    return category;
  });
}
