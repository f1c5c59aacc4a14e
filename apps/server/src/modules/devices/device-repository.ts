import type { Device } from '@usta/contracts/devices';
import { brandKey, escapeLikePattern, searchKey, searchTerms, serialNumberKey } from '@usta/core/text';
import { warrantyStatusAt } from '@usta/core/work-orders';
import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { type DeviceSort, seekAfter } from './device-order.ts';
import { devices } from './tables.ts';

export type DeviceRow = typeof devices.$inferSelect;
export type DeviceValues = Omit<typeof devices.$inferInsert, 'brandKey' | 'serialKey'>;

/**
 * Today's date where the company works. Organisations have no time zone setting yet; every
 * customer so far is in Türkiye (UTC+3 all year).
 */
export function companyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul' }).format(now);
}

export function toDevice(row: DeviceRow, today = companyToday()): Device {
  return {
    id: row.id,
    customerId: row.customerId,
    addressId: row.addressId,
    brand: row.brand,
    model: row.model,
    deviceType: row.deviceType,
    serialNumber: row.serialNumber,
    lot: row.lot,
    price: row.price,
    currency: row.currency,
    purchaseDate: row.purchaseDate,
    seller: row.seller,
    warrantyStart: row.warrantyStart,
    warrantyEnd: row.warrantyEnd,
    warrantyStatus: warrantyStatusAt(row, today),
    status: row.status,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The device's fields as the audit trail shows them (keys and timestamps left out). */
export function auditedFields(row: DeviceRow): Record<string, unknown> {
  const { brandKey: _brand, serialKey: _serial, organizationId: _org, id: _id, ...rest } = row;
  return rest;
}

/** The uniqueness keys that follow from brand and serial (see @usta/core/text device-keys). */
function keysOf(values: { brand: string; serialNumber?: string | null | undefined }) {
  const serialKey = values.serialNumber ? serialNumberKey(values.serialNumber) : null;
  return { brandKey: brandKey(values.brand), serialKey: serialKey || null };
}

export async function findDeviceRow(db: Executor, organizationId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(devices)
    .where(and(eq(devices.organizationId, organizationId), eq(devices.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * Inserts unless the serial is taken for the brand: `ON CONFLICT DO NOTHING` returns no row
 * instead of failing, so the caller's transaction (a work order's, say) stays usable and two
 * concurrent inserts of one serial cannot both win. Returns null when the serial is taken.
 */
export async function insertDeviceRow(db: Executor, values: DeviceValues): Promise<DeviceRow | null> {
  const [row] = await db
    .insert(devices)
    .values({ ...values, ...keysOf(values) })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

/** The device of the organisation with this brand and serial (other than `exceptId`), if any. */
export async function findDeviceIdWithSerial(
  db: Executor,
  organizationId: string,
  values: { brand: string; serialNumber?: string | null | undefined },
  exceptId?: string,
): Promise<string | null> {
  const { brandKey: brand, serialKey } = keysOf(values);
  if (!serialKey) return null;
  const [row] = await db
    .select({ id: devices.id })
    .from(devices)
    .where(
      and(
        eq(devices.organizationId, organizationId),
        eq(devices.brandKey, brand),
        eq(devices.serialKey, serialKey),
        exceptId ? sql`${devices.id} <> ${exceptId}` : undefined,
      ),
    );
  return row?.id ?? null;
}

export async function updateDeviceRow(
  db: Executor,
  id: string,
  patch: Omit<DeviceValues, 'organizationId' | 'id' | 'version' | 'createdAt' | 'updatedAt'> & {
    brand: string;
  },
): Promise<DeviceRow> {
  const [row] = await db
    .update(devices)
    .set({ ...patch, ...keysOf(patch), version: sql`${devices.version} + 1`, updatedAt: new Date() })
    .where(eq(devices.id, id))
    .returning();
  return row!;
}

export interface DeviceListFilter {
  organizationId: string;
  q?: string | undefined;
  customerId?: string | undefined;
  serialNumber?: string | undefined;
  brand?: string | undefined;
  model?: string | undefined;
  deviceType?: string | undefined;
  status?: DeviceRow['status'] | undefined;
  warrantyStatus?: Device['warrantyStatus'] | undefined;
  warrantyEndFrom?: string | undefined;
  warrantyEndTo?: string | undefined;
  /** When set, only devices of these customers (the technician's authorised customers). */
  onlyCustomerIds?: string[] | undefined;
  today: string;
  sort: DeviceSort;
  after?: { value: string; id: string } | undefined;
  limit: number;
}

/** The same text the trigram index of migration `device_search_indexes` is built on. */
const searchText = sql`usta_search_key(${devices.brand} || ' ' || ${devices.model} || ' ' || ${
  devices.deviceType
} || ' ' || coalesce(${devices.serialNumber}, ''))`;

export async function selectDevices(db: Executor, filter: DeviceListFilter) {
  const conditions: (SQL | undefined)[] = [eq(devices.organizationId, filter.organizationId)];
  for (const term of searchTerms(filter.q ?? '')) {
    conditions.push(sql`${searchText} LIKE ${`%${escapeLikePattern(term)}%`}`);
  }
  if (filter.customerId) conditions.push(eq(devices.customerId, filter.customerId));
  if (filter.serialNumber) conditions.push(eq(devices.serialKey, serialNumberKey(filter.serialNumber)));
  if (filter.brand) conditions.push(eq(devices.brandKey, brandKey(filter.brand)));
  if (filter.model)
    conditions.push(sql`usta_search_key(${devices.model}) = ${searchKey(filter.model.trim())}`);
  if (filter.deviceType) {
    conditions.push(sql`usta_search_key(${devices.deviceType}) = ${searchKey(filter.deviceType.trim())}`);
  }
  if (filter.status) conditions.push(eq(devices.status, filter.status));
  if (filter.warrantyStatus) conditions.push(warrantyCondition(filter.warrantyStatus, filter.today));
  if (filter.warrantyEndFrom) conditions.push(gte(devices.warrantyEnd, filter.warrantyEndFrom));
  if (filter.warrantyEndTo) conditions.push(lte(devices.warrantyEnd, filter.warrantyEndTo));
  if (filter.onlyCustomerIds) conditions.push(inArray(devices.customerId, filter.onlyCustomerIds));
  if (filter.after) conditions.push(seekAfter(filter.sort, devices.id, filter.after));
  return db
    .select({ row: devices, sortValue: sql<string>`(${filter.sort.expression})::text` })
    .from(devices)
    .where(and(...conditions))
    .orderBy(...filter.sort.orderBy(devices.id))
    .limit(filter.limit);
}

/** `warrantyStatusAt` of @usta/core/work-orders as SQL, both ends inclusive. */
function warrantyCondition(status: Device['warrantyStatus'], today: string): SQL {
  const end = devices.warrantyEnd;
  const start = devices.warrantyStart;
  switch (status) {
    case 'unknown':
      return sql`${end} IS NULL`;
    case 'not_started':
      return sql`${end} IS NOT NULL AND ${start} > ${today}::date`;
    case 'in_warranty':
      return sql`${end} >= ${today}::date AND (${start} IS NULL OR ${start} <= ${today}::date)`;
    case 'expired':
      return sql`${end} < ${today}::date AND (${start} IS NULL OR ${start} <= ${today}::date)`;
  }
}
