import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

// Tables of the stock module (minimal, issue 7): items, warehouses (main and one van per
// technician), levels, serials on hand, movements, and the parts used on work orders.

const quantity = (name: string) => numeric(name, { precision: 14, scale: 3, mode: 'number' });

export const stockItems = pgTable(
  'stock_items',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull().default('piece'),
    serialTracked: boolean('serial_tracked').notNull().default(false),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [uniqueIndex('stock_items_code_key').on(t.organizationId, t.code)],
);

export const stockWarehouses = pgTable(
  'stock_warehouses',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull().$type<'main' | 'van'>(),
    technicianId: uuid('technician_id'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('stock_warehouses_code_key').on(t.organizationId, t.code),
    uniqueIndex('stock_warehouses_van_key').on(t.organizationId, t.technicianId).where(sql`kind = 'van'`),
  ],
);

export const stockLevels = pgTable(
  'stock_levels',
  {
    organizationId: organizationIdColumn(),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => stockItems.id),
    quantity: quantity('quantity').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.warehouseId, t.itemId] })],
);

/** Where each serial-tracked unit is now. */
export const stockSerials = pgTable(
  'stock_serials',
  {
    organizationId: organizationIdColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => stockItems.id),
    serialNumber: text('serial_number').notNull(),
    warehouseId: uuid('warehouse_id').references(() => stockWarehouses.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.itemId, t.serialNumber] }),
    index('stock_serials_warehouse_idx').on(t.warehouseId),
  ],
);

/**
 * Every change of stock. A movement made by a field command carries its id (unique), so a
 * command can never debit twice even if everything else failed to notice the replay.
 */
export const stockMovements = pgTable(
  'stock_movements',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => stockItems.id),
    fromWarehouseId: uuid('from_warehouse_id').references(() => stockWarehouses.id),
    toWarehouseId: uuid('to_warehouse_id').references(() => stockWarehouses.id),
    quantity: quantity('quantity').notNull(),
    serialNumber: text('serial_number'),
    reason: text('reason').notNull().$type<'work_order_use' | 'adjustment' | 'opening'>(),
    workOrderId: uuid('work_order_id'),
    commandId: uuid('command_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('stock_movements_command_key').on(t.organizationId, t.commandId),
    index('stock_movements_item_idx').on(t.organizationId, t.itemId, t.createdAt),
  ],
);

/** Parts used on a work order (malzeme), listed on the order. */
export const workOrderParts = pgTable(
  'work_order_parts',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    workOrderId: uuid('work_order_id').notNull(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => stockItems.id),
    quantity: quantity('quantity').notNull(),
    serialNumber: text('serial_number'),
    warehouseId: uuid('warehouse_id')
      .notNull()
      .references(() => stockWarehouses.id),
    usedBy: uuid('used_by'),
    commandId: uuid('command_id'),
    movementId: uuid('movement_id').references(() => stockMovements.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('work_order_parts_order_idx').on(t.organizationId, t.workOrderId, t.createdAt),
    uniqueIndex('work_order_parts_command_key').on(t.organizationId, t.commandId),
  ],
);
