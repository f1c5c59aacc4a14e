import { z } from 'zod';

/** Stock (minimal, issue 7): items, warehouses (main + one van per technician), levels, movements. */

export const itemUnitSchema = z.enum(['piece', 'metre', 'litre', 'kg', 'set']);

export const stockItemSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: itemUnitSchema,
  serialTracked: z.boolean(),
  active: z.boolean(),
});
export type StockItem = z.infer<typeof stockItemSchema>;
export const stockItemListSchema = z.object({ items: z.array(stockItemSchema) });

export const warehouseKindSchema = z.enum(['main', 'van']);
export const warehouseSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: warehouseKindSchema,
  technicianId: z.uuid().nullable().describe('The technician whose van this is'),
});
export type Warehouse = z.infer<typeof warehouseSchema>;
export const warehouseListSchema = z.object({ items: z.array(warehouseSchema) });

export const stockLevelSchema = z.object({
  warehouseId: z.uuid(),
  itemId: z.uuid(),
  itemCode: z.string(),
  itemName: z.string(),
  unit: itemUnitSchema,
  serialTracked: z.boolean(),
  quantity: z.number().describe('May go below zero: a used part is never refused for a count (see docs)'),
  serialNumbers: z.array(z.string()).describe('Serials known to be in this warehouse (serial-tracked items)'),
});
export type StockLevel = z.infer<typeof stockLevelSchema>;
export const stockLevelListSchema = z.object({ items: z.array(stockLevelSchema) });
export const stockLevelsQuerySchema = z.strictObject({ warehouseId: z.uuid().optional() });

/** A part used on an order (`GET /work-orders/{id}/parts`). */
export const partUseSchema = z.object({
  id: z.uuid(),
  workOrderId: z.uuid(),
  itemId: z.uuid(),
  itemCode: z.string(),
  itemName: z.string(),
  unit: itemUnitSchema,
  quantity: z.number(),
  serialNumber: z.string().nullable(),
  warehouseId: z.uuid(),
  usedBy: z.uuid().nullable(),
  commandId: z.uuid().nullable().describe('The field-app command that recorded it'),
  createdAt: z.iso.datetime({ offset: true }),
});
export type PartUse = z.infer<typeof partUseSchema>;
export const partUseListSchema = z.object({ items: z.array(partUseSchema) });
