import type { PartUse, StockItem, Warehouse } from '@usta/contracts/stock';
import type { ItemRow, WarehouseRow } from './stock-repository.ts';
import type { workOrderParts } from './tables.ts';

type PartRow = typeof workOrderParts.$inferSelect;

export function toStockItem(row: ItemRow): StockItem {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    unit: row.unit as StockItem['unit'],
    serialTracked: row.serialTracked,
    active: row.active,
  };
}

export function toWarehouse(row: WarehouseRow): Warehouse {
  return { id: row.id, code: row.code, name: row.name, kind: row.kind, technicianId: row.technicianId };
}

export function toPartUse(row: PartRow, item: Pick<ItemRow, 'code' | 'name' | 'unit'>): PartUse {
  return {
    id: row.id,
    workOrderId: row.workOrderId,
    itemId: row.itemId,
    itemCode: item.code,
    itemName: item.name,
    unit: item.unit as PartUse['unit'],
    quantity: Number(row.quantity),
    serialNumber: row.serialNumber,
    warehouseId: row.warehouseId,
    usedBy: row.usedBy,
    commandId: row.commandId,
    createdAt: row.createdAt.toISOString(),
  };
}
