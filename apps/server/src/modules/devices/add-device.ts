import type { CreateDeviceBody } from '@usta/contracts/devices';
import { brandKey, serialNumberKey } from '@usta/core/text';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findCustomer } from '../customers/index.ts';
import { type DeviceRow, insertDeviceRow } from './device-repository.ts';
import { devices } from './tables.ts';

/** Field paths for errors, in the caller's body (`serialNumber`, or `newDevice.serialNumber`). */
export interface DevicePaths {
  customerId: string;
  addressId: string;
  serialNumber: string;
}

export type AddDeviceInput = Omit<CreateDeviceBody, 'currency' | 'status'> &
  Partial<Pick<CreateDeviceBody, 'currency' | 'status'>>;

/**
 * Adds a device card inside the caller's transaction: the customer must be the organisation's,
 * the installation address one of that customer's, and the serial free for the brand. Audited.
 * Shared by `POST /devices` and work orders that bring a device not yet in the registry.
 */
export async function addDevice(
  tx: Executor,
  actor: Actor,
  input: AddDeviceInput,
  paths: DevicePaths,
): Promise<DeviceRow> {
  const customer = await findCustomer(tx, actor.organizationId, input.customerId);
  if (!customer) throw unknownReference('customer', paths.customerId);
  const addressId = input.addressId ?? null;
  if (addressId && !customer.addresses.some((address) => address.id === addressId)) {
    throw unknownReference('address', paths.addressId);
  }
  const row = await insertDeviceRow(tx, {
    organizationId: actor.organizationId,
    customerId: customer.id,
    addressId,
    brand: input.brand,
    model: input.model,
    deviceType: input.deviceType,
    serialNumber: input.serialNumber ?? null,
    lot: input.lot ?? null,
    price: input.price ?? null,
    currency: input.currency ?? 'TRY',
    purchaseDate: input.purchaseDate ?? null,
    seller: input.seller ?? null,
    warrantyStart: input.warrantyStart ?? null,
    warrantyEnd: input.warrantyEnd ?? null,
    status: input.status ?? 'active',
    notes: input.notes ?? null,
  });
  if (!row) throw await serialTaken(tx, actor.organizationId, input, paths.serialNumber);
  await recordAuditEvent(tx, actor, {
    entityType: 'device',
    entityId: row.id,
    action: 'create',
    after: auditedFields(row),
  });
  return row;
}

/** The device's fields as the audit trail shows them (keys and timestamps left out). */
export function auditedFields(row: DeviceRow): Record<string, unknown> {
  const { brandKey: _brand, serialKey: _serial, organizationId: _org, id: _id, ...rest } = row;
  return rest;
}

/** 404 naming the body field that held an id unknown to the organisation (or another's). */
export function unknownReference(entity: string, path: string): AppError {
  return new AppError('NOT_FOUND', { entity }, [{ path, code: 'not_found' }]);
}

/** 409 on the serial field, with the device that already has it (same organisation only). */
export async function serialTaken(
  db: Executor,
  organizationId: string,
  input: { brand: string; serialNumber?: string | null | undefined },
  path: string,
): Promise<AppError> {
  const [existing] = await db
    .select({ id: devices.id })
    .from(devices)
    .where(
      and(
        eq(devices.organizationId, organizationId),
        eq(devices.brandKey, brandKey(input.brand)),
        eq(devices.serialKey, serialNumberKey(input.serialNumber ?? '')),
      ),
    );
  return new AppError(
    'ALREADY_EXISTS',
    { field: 'seri numarası / serial number' },
    [{ path, code: 'serial_number_taken' }],
    existing ? { existingDeviceId: existing.id } : {},
  );
}
