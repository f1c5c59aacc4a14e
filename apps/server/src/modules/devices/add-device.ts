import type { CreateDeviceBody } from '@usta/contracts/devices';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findCustomer } from '../customers/index.ts';
import { pgCode, serialTaken, unknownReference } from './device-errors.ts';
import {
  auditedFields,
  type DeviceRow,
  findDeviceIdWithSerial,
  insertDeviceRow,
} from './device-repository.ts';

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
  }).catch((error: unknown) => {
    // The address was removed by an edit of the customer that committed after our check.
    if (pgCode(error) === '23503') throw unknownReference('address', paths.addressId);
    throw error;
  });
  if (!row) {
    throw serialTaken(paths.serialNumber, await findDeviceIdWithSerial(tx, actor.organizationId, input));
  }
  await recordAuditEvent(tx, actor, {
    entityType: 'device',
    entityId: row.id,
    action: 'create',
    after: auditedFields(row),
  });
  return row;
}
