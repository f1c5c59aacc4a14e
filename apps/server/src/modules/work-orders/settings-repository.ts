import {
  DEFAULT_PRIORITY_MATRIX,
  DEFAULT_WORK_ORDER_STATUSES,
  type Phase,
  type PriorityMatrix,
  type WorkOrderStatusDefinition,
} from '@usta/core/work-orders';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { workOrderSettings, workOrderStatuses } from './tables.ts';

export type StatusRow = typeof workOrderStatuses.$inferSelect;
export type SettingsRow = typeof workOrderSettings.$inferSelect;

export function toStatusDefinition(row: StatusRow): WorkOrderStatusDefinition & { active: boolean } {
  return {
    code: row.code,
    nameTr: row.nameTr,
    nameEn: row.nameEn,
    colour: row.colour,
    order: row.sortOrder,
    phase: row.phase as Phase,
    active: row.active,
  };
}

/**
 * Default statuses and settings are seeded lazily, on a company's first use of work orders,
 * rather than at organisation creation: organisations are created in several places (demo seed,
 * tests, a future sign-up) and none of them needs to know about this module. Both inserts are
 * idempotent, so concurrent first uses are safe.
 */
export async function ensureSettings(db: Executor, organizationId: string): Promise<SettingsRow> {
  const [existing] = await db
    .select()
    .from(workOrderSettings)
    .where(eq(workOrderSettings.organizationId, organizationId));
  if (existing) return existing;
  await db
    .insert(workOrderStatuses)
    .values(
      DEFAULT_WORK_ORDER_STATUSES.map((s) => ({
        organizationId,
        code: s.code,
        nameTr: s.nameTr,
        nameEn: s.nameEn,
        colour: s.colour,
        sortOrder: s.order,
        phase: s.phase,
        active: s.active ?? true,
      })),
    )
    .onConflictDoNothing();
  await db
    .insert(workOrderSettings)
    .values({ organizationId, priorityMatrix: DEFAULT_PRIORITY_MATRIX })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(workOrderSettings)
    .where(eq(workOrderSettings.organizationId, organizationId));
  return row!;
}

/**
 * The company's statuses in list order. One query when they exist (every read of a list or an
 * order needs them); the defaults are seeded first when the company has none yet.
 */
export async function loadStatuses(
  db: Executor,
  organizationId: string,
): Promise<(WorkOrderStatusDefinition & { active: boolean })[]> {
  const select = () =>
    db
      .select()
      .from(workOrderStatuses)
      .where(eq(workOrderStatuses.organizationId, organizationId))
      .orderBy(asc(workOrderStatuses.sortOrder), asc(workOrderStatuses.code));
  let rows = await select();
  if (rows.length === 0) {
    await ensureSettings(db, organizationId);
    rows = await select();
  }
  return rows.map(toStatusDefinition);
}

export async function loadPriorityMatrix(db: Executor, organizationId: string): Promise<PriorityMatrix> {
  const settings = await ensureSettings(db, organizationId);
  return settings.priorityMatrix as PriorityMatrix;
}

export async function lockSettings(db: Executor, organizationId: string): Promise<SettingsRow> {
  await ensureSettings(db, organizationId);
  const [row] = await db
    .select()
    .from(workOrderSettings)
    .where(eq(workOrderSettings.organizationId, organizationId))
    .for('update');
  return row!;
}

export async function updateSettings(
  db: Executor,
  organizationId: string,
  patch: Partial<Pick<SettingsRow, 'priorityMatrix' | 'statusesVersion' | 'matrixVersion'>>,
): Promise<void> {
  await db
    .update(workOrderSettings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(workOrderSettings.organizationId, organizationId));
}

export async function upsertStatus(
  db: Executor,
  organizationId: string,
  status: WorkOrderStatusDefinition & { active: boolean },
): Promise<void> {
  const values = {
    nameTr: status.nameTr,
    nameEn: status.nameEn,
    colour: status.colour,
    sortOrder: status.order,
    phase: status.phase,
    active: status.active,
  };
  await db
    .insert(workOrderStatuses)
    .values({ organizationId, code: status.code, ...values })
    .onConflictDoUpdate({
      target: [workOrderStatuses.organizationId, workOrderStatuses.code],
      set: { ...values, updatedAt: new Date() },
    });
}

export async function deleteStatus(db: Executor, organizationId: string, code: string): Promise<void> {
  await db
    .delete(workOrderStatuses)
    .where(and(eq(workOrderStatuses.organizationId, organizationId), eq(workOrderStatuses.code, code)));
}

/**
 * The next number of the year: the counter row is created or incremented in the caller's
 * transaction, whose row lock serialises concurrent creates of one company until commit, so
 * numbers are consecutive and a rolled-back create gives its number back.
 */
export async function takeNextSequence(db: Executor, organizationId: string, year: number): Promise<number> {
  const result = await db.execute<{ last_sequence: number }>(sql`
    INSERT INTO work_order_counters (organization_id, year, last_sequence)
    VALUES (${organizationId}, ${year}, 1)
    ON CONFLICT (organization_id, year)
    DO UPDATE SET last_sequence = work_order_counters.last_sequence + 1
    RETURNING last_sequence`);
  return Number(result.rows[0]!.last_sequence);
}
