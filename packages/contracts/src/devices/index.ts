import { WARRANTY_STATUSES } from '@usta/core/work-orders';
import { z } from 'zod';
import { pageOf, paginationQuerySchema } from '../common/index.ts';

/**
 * Device cards (cihaz kartı): one physical unit at a customer. A serial number is unique per
 * organisation and brand (the server's unique index is on organisation, brand key, serial key).
 */
export const deviceStatusSchema = z.enum(['active', 'scrapped', 'returned']);
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** Computed by the server for today with `warrantyStatusAt` of `@usta/core/work-orders`. */
export const warrantyStatusSchema = z.enum(WARRANTY_STATUSES);

export const currencySchema = z.enum(['TRY', 'USD', 'EUR', 'GBP']);

/** Money as a decimal string ("12500.00"): never a float, so kuruş are not lost. */
export const amountSchema = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,2})?$/u, { message: 'invalid_amount' })
  .describe('Decimal with at most two fraction digits, e.g. "12500.50"');

const isoDate = z.iso.date({ message: 'invalid_date' });
const text = (max: number) => z.string().trim().min(1).max(max);

const deviceFields = {
  customerId: z.uuid(),
  addressId: z.uuid().nullable().optional().describe('Installation address, one of the customer’s addresses'),
  brand: text(100),
  model: text(150),
  deviceType: text(100).describe('e.g. "Kombi", "Klima", "Buzdolabı"'),
  serialNumber: text(100).nullable().optional(),
  lot: text(100).nullable().optional().describe('Parti / lot'),
  price: amountSchema.nullable().optional(),
  currency: currencySchema.optional(),
  purchaseDate: isoDate.nullable().optional(),
  seller: text(200).nullable().optional().describe('Seller or dealer the device was bought from'),
  warrantyStart: isoDate.nullable().optional(),
  warrantyEnd: isoDate.nullable().optional(),
  status: deviceStatusSchema.optional(),
  notes: z.string().max(10_000).nullable().optional(),
};

interface DatedBody {
  warrantyStart?: string | null | undefined;
  warrantyEnd?: string | null | undefined;
}

/** ISO dates compare as strings; an end before the start is a typo, reported on the end. */
function refuseWarrantyEndBeforeStart(body: DatedBody, ctx: z.RefinementCtx): void {
  if (body.warrantyStart && body.warrantyEnd && body.warrantyEnd < body.warrantyStart) {
    ctx.addIssue({
      code: 'custom',
      message: 'warranty_end_before_start',
      path: ['warrantyEnd'],
      input: body.warrantyEnd,
    });
  }
}

export const createDeviceBodySchema = z
  .strictObject({
    ...deviceFields,
    currency: currencySchema.default('TRY'),
    status: deviceStatusSchema.default('active'),
  })
  .superRefine(refuseWarrantyEndBeforeStart);
export type CreateDeviceBody = z.infer<typeof createDeviceBodySchema>;

/**
 * A device typed in on the work-order form (not yet in the registry): the server adds it to the
 * registry for the order's customer on first service.
 */
export const newDeviceBodySchema = z
  .strictObject({
    brand: deviceFields.brand,
    model: deviceFields.model,
    deviceType: deviceFields.deviceType,
    serialNumber: deviceFields.serialNumber,
    lot: deviceFields.lot,
    purchaseDate: deviceFields.purchaseDate,
    seller: deviceFields.seller,
    warrantyStart: deviceFields.warrantyStart,
    warrantyEnd: deviceFields.warrantyEnd,
  })
  .superRefine(refuseWarrantyEndBeforeStart);
export type NewDeviceBody = z.infer<typeof newDeviceBodySchema>;

/**
 * A partial edit. When only one warranty date is sent, the server must check it against the
 * stored other one (this schema only sees the body).
 */
export const updateDeviceBodySchema = z
  .strictObject({
    ...deviceFields,
    customerId: deviceFields.customerId.optional().describe('Moving a device to another customer'),
    brand: deviceFields.brand.optional(),
    model: deviceFields.model.optional(),
    deviceType: deviceFields.deviceType.optional(),
    version: z.number().int().describe('The version the edit was made against (optimistic concurrency)'),
  })
  .superRefine(refuseWarrantyEndBeforeStart);
export type UpdateDeviceBody = z.infer<typeof updateDeviceBodySchema>;

export const deviceSchema = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  addressId: z.uuid().nullable(),
  brand: z.string(),
  model: z.string(),
  deviceType: z.string(),
  serialNumber: z.string().nullable(),
  lot: z.string().nullable(),
  price: z.string().nullable(),
  currency: currencySchema,
  purchaseDate: z.iso.date().nullable(),
  seller: z.string().nullable(),
  warrantyStart: z.iso.date().nullable(),
  warrantyEnd: z.iso.date().nullable(),
  warrantyStatus: warrantyStatusSchema,
  status: deviceStatusSchema,
  notes: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type Device = z.infer<typeof deviceSchema>;

export const deviceSortSchema = z.enum([
  'serialNumber',
  '-serialNumber',
  'brand',
  '-brand',
  'warrantyEnd',
  '-warrantyEnd',
  'createdAt',
  '-createdAt',
]);

/** The registry's lists: by customer, model, status, warranty end (seed 001's reports). */
export const listDevicesQuerySchema = paginationQuerySchema.extend({
  q: z.string().max(200).optional().describe('Brand, model, type or serial number; Turkish-aware'),
  customerId: z.uuid().optional(),
  serialNumber: z.string().max(100).optional().describe('Exact serial number (any brand)'),
  brand: z.string().max(100).optional(),
  model: z.string().max(150).optional(),
  deviceType: z.string().max(100).optional(),
  status: deviceStatusSchema.optional(),
  warrantyStatus: warrantyStatusSchema.optional(),
  warrantyEndFrom: isoDate.optional(),
  warrantyEndTo: isoDate.optional(),
  sort: deviceSortSchema.default('-createdAt'),
});
export type ListDevicesQuery = z.infer<typeof listDevicesQuerySchema>;

export const devicePageSchema = pageOf(deviceSchema);
