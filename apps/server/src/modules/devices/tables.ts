import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, timestamps } from '../../db/columns.ts';
// Foreign keys only: the devices module reads customers through `customers/index.ts`.
import { customerAddresses, customers } from '../customers/tables.ts';
import { organizationIdColumn } from '../organizations/tables.ts';

/**
 * Device cards (cihaz arşivi). The trigram search index over brand, model, type and serial is in
 * the custom migration `device_search_indexes`.
 */
export const devices = pgTable(
  'devices',
  {
    id: idColumn(),
    organizationId: organizationIdColumn(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    // NO ACTION (the default): a customer's address cannot be removed while a device stands there.
    addressId: uuid('address_id').references(() => customerAddresses.id),
    brand: text('brand').notNull(),
    // brandKey(brand) and serialNumberKey(serialNumber) of @usta/core/text, kept by the repository.
    brandKey: text('brand_key').notNull(),
    model: text('model').notNull(),
    deviceType: text('device_type').notNull(),
    serialNumber: text('serial_number'),
    serialKey: text('serial_key'),
    lot: text('lot'),
    price: numeric('price', { precision: 14, scale: 2 }),
    currency: text('currency', { enum: ['TRY', 'USD', 'EUR', 'GBP'] })
      .notNull()
      .default('TRY'),
    purchaseDate: date('purchase_date'),
    seller: text('seller'),
    warrantyStart: date('warranty_start'),
    warrantyEnd: date('warranty_end'),
    status: text('status', { enum: ['active', 'scrapped', 'returned'] })
      .notNull()
      .default('active'),
    notes: text('notes'),
    version: integer('version').notNull().default(1),
    ...timestamps(),
  },
  (t) => [
    // "A serial number is unique per organisation and brand"; devices without a serial are many.
    uniqueIndex('devices_serial_key')
      .on(t.organizationId, t.brandKey, t.serialKey)
      .where(sql`${t.serialKey} IS NOT NULL`),
    index('devices_serial_idx').on(t.organizationId, t.serialKey),
    index('devices_customer_idx').on(t.organizationId, t.customerId),
    index('devices_status_idx').on(t.organizationId, t.status),
    index('devices_warranty_end_idx').on(t.organizationId, t.warrantyEnd),
    index('devices_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('devices_address_idx').on(t.addressId),
  ],
);
