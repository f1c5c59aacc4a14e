import type { PartUse, StockItem, StockLevel, Warehouse } from '@usta/contracts/stock';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { toPartUse, toStockItem, toWarehouse } from './present.ts';
import {
  findWarehouse,
  listItems,
  listLevelRows,
  listPartRows,
  listWarehouseRows,
} from './stock-repository.ts';

export async function listStockItems(db: Executor, actor: Actor): Promise<{ items: StockItem[] }> {
  return { items: (await listItems(db, actor.organizationId)).map(toStockItem) };
}

export async function listWarehouses(db: Executor, actor: Actor): Promise<{ items: Warehouse[] }> {
  return { items: (await listWarehouseRows(db, actor.organizationId)).map(toWarehouse) };
}

/** Levels of one warehouse (404 for another company's), or of all. */
export async function listStockLevels(
  db: Executor,
  actor: Actor,
  warehouseId: string | undefined,
): Promise<{ items: StockLevel[] }> {
  if (warehouseId && !(await findWarehouse(db, actor.organizationId, warehouseId)))
    throw notFound('warehouse');
  const rows = await listLevelRows(db, actor.organizationId, warehouseId ? [warehouseId] : null);
  return { items: rows.map((row) => ({ ...row, unit: row.unit as StockLevel['unit'] })) };
}

/** The parts used on orders (caller checks the order is visible). */
export async function listPartsOf(
  db: Executor,
  organizationId: string,
  workOrderIds: string[],
): Promise<PartUse[]> {
  const rows = await listPartRows(db, organizationId, workOrderIds);
  return rows.map((row) => toPartUse(row.part, { code: row.itemCode, name: row.itemName, unit: row.unit }));
}
