import { z } from 'zod';
import { attachmentSchema } from '../attachments/index.ts';
import { partUseSchema, stockItemSchema, stockLevelSchema, warehouseSchema } from '../stock/index.ts';
import { fieldConflictSchema, fieldStatusStepSchema } from './commands.ts';

const datetime = z.iso.datetime({ offset: true });

export const syncChangesQuerySchema = z.strictObject({
  since: z
    .string()
    .max(200)
    .optional()
    .describe('The cursor of the previous answer; everything when left out'),
  days: z.coerce.number().int().min(1).max(14).default(7).describe('How many days ahead to load'),
});
export type SyncChangesQuery = z.infer<typeof syncChangesQuerySchema>;

export const fieldStatusInfoSchema = z.object({
  code: z.string(),
  phase: z.string(),
  nameTr: z.string(),
  nameEn: z.string(),
  colour: z.string(),
});

/** An order as the phone keeps it: everything for the visit, offline. */
export const fieldOrderSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  version: z.number().int(),
  status: z.string(),
  phase: z.string(),
  statusInfo: fieldStatusInfoSchema,
  type: z.string(),
  priority: z.string(),
  complaint: z.string(),
  requestedDate: z.iso.date().nullable(),
  diagnosis: z.string().nullable(),
  workDone: z.string().nullable(),
  resolutionCode: z.string().nullable(),
  approvalId: z.uuid().nullable(),
  technicianIds: z.array(z.uuid()),
  /** The steps the technician may report next (from the lifecycle rules, on this version). */
  nextSteps: z.array(fieldStatusStepSchema),
  customer: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }),
  contact: z
    .object({ id: z.uuid(), name: z.string(), phone: z.string().nullable(), email: z.string().nullable() })
    .nullable(),
  address: z
    .object({
      text: z.string().describe('One line, as it goes into a maps search'),
      district: z.string().nullable(),
      city: z.string().nullable(),
      lat: z.number().nullable(),
      lng: z.number().nullable(),
    })
    .nullable(),
  device: z
    .object({
      id: z.uuid(),
      brand: z.string(),
      model: z.string(),
      deviceType: z.string(),
      serialNumber: z.string().nullable(),
      warrantyEnd: z.string().nullable(),
      warrantyStatus: z.enum(['in_warranty', 'expired', 'not_started', 'unknown']),
    })
    .nullable(),
  /** The device's earlier orders, newest first (at most 10). */
  history: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      status: z.string(),
      createdAt: datetime,
      summary: z.string().nullable(),
    }),
  ),
  /** Notes and time entries on the timeline, newest first (at most 50). */
  activities: z.array(
    z.object({
      id: z.uuid(),
      kind: z.string(),
      description: z.string().nullable(),
      actorName: z.string().nullable(),
      occurredAt: datetime,
      startedAt: datetime.nullable(),
      endedAt: datetime.nullable(),
      visibility: z.string(),
    }),
  ),
  attachments: z.array(attachmentSchema),
  parts: z.array(partUseSchema),
  /** Text fields both sides wrote while the technician was offline. */
  conflicts: z.array(fieldConflictSchema),
  visit: z
    .object({
      id: z.uuid(),
      start: datetime,
      end: datetime.nullable(),
      sequence: z.number().int().nullable(),
    })
    .nullable()
    .describe('From the planning desk, when it planned the visit'),
  sortKey: z.string().describe('Sort ascending for visit order'),
  updatedAt: datetime,
});
export type FieldOrder = z.infer<typeof fieldOrderSchema>;

export const fieldNotificationSchema = z.object({
  id: z.string(),
  kind: z.enum(['assigned', 'unassigned', 'rescheduled', 'cancelled']),
  workOrderId: z.uuid(),
  number: z.string(),
  at: datetime,
  message: z.object({ tr: z.string(), en: z.string() }),
});
export type FieldNotification = z.infer<typeof fieldNotificationSchema>;

/**
 * `GET /sync/changes?since=`: the technician's day. `orders` holds the orders changed since the
 * cursor (all of them without one); `activeOrderIds` always lists every order the phone should
 * keep — drop the rest. Stock is small and always whole.
 */
export const syncChangesSchema = z.object({
  cursor: z.string().describe('Send as `since` next time'),
  serverTime: datetime,
  full: z.boolean().describe('true when `orders` holds every active order'),
  activeOrderIds: z.array(z.uuid()),
  orders: z.array(fieldOrderSchema),
  notifications: z.array(fieldNotificationSchema),
  stock: z.object({
    vanWarehouse: warehouseSchema.nullable(),
    items: z.array(stockItemSchema),
    levels: z.array(stockLevelSchema),
  }),
});
export type SyncChanges = z.infer<typeof syncChangesSchema>;
