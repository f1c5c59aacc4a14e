import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { stockItems, stockLevels, stockSerials, stockWarehouses, workOrderParts } from './tables.ts';

export type ItemRow = typeof stockItems.$inferSelect;
export type WarehouseRow = typeof stockWarehouses.$inferSelect;

export async function findItem(db: Executor, organizationId: string, id: string): Promise<ItemRow | null> {
  const [row] = await db
    .select()
    .from(stockItems)
    .where(and(eq(stockItems.organizationId, organizationId), eq(stockItems.id, id)));
  return row ?? null;
}

export async function listItems(db: Executor, organizationId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(stockItems)
    .where(eq(stockItems.organizationId, organizationId))
    .orderBy(asc(stockItems.code))
    .limit(5_000);
}

export async function listWarehouseRows(db: Executor, organizationId: string): Promise<WarehouseRow[]> {
  return db
    .select()
    .from(stockWarehouses)
    .where(eq(stockWarehouses.organizationId, organizationId))
    .orderBy(asc(stockWarehouses.kind), asc(stockWarehouses.code));
}

export async function findWarehouse(db: Executor, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(stockWarehouses)
    .where(and(eq(stockWarehouses.organizationId, organizationId), eq(stockWarehouses.id, id)));
  return row ?? null;
}

export async function findVanWarehouse(db: Executor, organizationId: string, technicianId: string) {
  const [row] = await db
    .select()
    .from(stockWarehouses)
    .where(
      and(
        eq(stockWarehouses.organizationId, organizationId),
        eq(stockWarehouses.kind, 'van'),
        eq(stockWarehouses.technicianId, technicianId),
      ),
    );
  return row ?? null;
}

/** Levels with their item, of one warehouse or all, and the serials on hand. */
export async function listLevelRows(db: Executor, organizationId: string, warehouseIds: string[] | null) {
  const conditions = [eq(stockLevels.organizationId, organizationId)];
  if (warehouseIds) {
    if (warehouseIds.length === 0) return [];
    conditions.push(inArray(stockLevels.warehouseId, warehouseIds));
  }
  const levels = await db
    .select({
      warehouseId: stockLevels.warehouseId,
      itemId: stockLevels.itemId,
      quantity: stockLevels.quantity,
      itemCode: stockItems.code,
      itemName: stockItems.name,
      unit: stockItems.unit,
      serialTracked: stockItems.serialTracked,
    })
    .from(stockLevels)
    .innerJoin(stockItems, eq(stockItems.id, stockLevels.itemId))
    .where(and(...conditions))
    .orderBy(asc(stockLevels.warehouseId), asc(stockItems.code));
  const serialConditions = [
    eq(stockSerials.organizationId, organizationId),
    isNotNull(stockSerials.warehouseId),
  ];
  if (warehouseIds) serialConditions.push(inArray(stockSerials.warehouseId, warehouseIds));
  const serials = await db
    .select()
    .from(stockSerials)
    .where(and(...serialConditions))
    .orderBy(asc(stockSerials.serialNumber));
  const byKey = new Map<string, string[]>();
  for (const serial of serials) {
    const key = `${serial.warehouseId}|${serial.itemId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), serial.serialNumber]);
  }
  return levels.map((level) => ({
    ...level,
    quantity: Number(level.quantity),
    serialNumbers: byKey.get(`${level.warehouseId}|${level.itemId}`) ?? [],
  }));
}

export async function listPartRows(db: Executor, organizationId: string, workOrderIds: string[]) {
  if (workOrderIds.length === 0) return [];
  return db
    .select({
      part: workOrderParts,
      itemCode: stockItems.code,
      itemName: stockItems.name,
      unit: stockItems.unit,
    })
    .from(workOrderParts)
    .innerJoin(stockItems, eq(stockItems.id, workOrderParts.itemId))
    .where(
      and(
        eq(workOrderParts.organizationId, organizationId),
        inArray(workOrderParts.workOrderId, workOrderIds),
      ),
    )
    .orderBy(asc(workOrderParts.createdAt), asc(workOrderParts.id));
}

/** Adds `delta` (negative to debit) to a level, creating it at zero first. */
export async function addToLevel(
  db: Executor,
  organizationId: string,
  warehouseId: string,
  itemId: string,
  delta: number,
): Promise<void> {
  await db
    .insert(stockLevels)
    .values({ organizationId, warehouseId, itemId, quantity: delta })
    .onConflictDoUpdate({
      target: [stockLevels.warehouseId, stockLevels.itemId],
      set: { quantity: sql`${stockLevels.quantity} + ${delta}`, updatedAt: sql`now()` },
    });
}
