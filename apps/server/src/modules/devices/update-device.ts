import type { Device, UpdateDeviceBody } from '@usta/contracts/devices';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { AppError, notFound, versionConflict } from '../../http/errors.ts';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { findCustomer, isVisible, visibleCustomerIds } from '../customers/index.ts';
import { pgCode, serialTaken, unknownReference } from './device-errors.ts';
import {
  auditedFields,
  type DeviceRow,
  findDeviceIdWithSerial,
  findDeviceRow,
  toDevice,
  updateDeviceRow,
} from './device-repository.ts';

/**
 * A partial edit. Moving a device to another customer drops its installation address unless a
 * new one (of the new customer) is given; a warranty date sent alone is checked against the
 * stored other one.
 */
export async function updateDevice(
  db: Database,
  actor: Actor,
  id: string,
  input: UpdateDeviceBody,
): Promise<Device> {
  return db.transaction(async (tx) => {
    const current = await findDeviceRow(tx, actor.organizationId, id, true);
    const scope = await visibleCustomerIds(tx, actor);
    if (!current || !isVisible(scope, current.customerId)) throw notFound('device');
    if (current.version !== input.version) throw versionConflict(toDevice(current));

    const pick = <K extends keyof UpdateDeviceBody & keyof DeviceRow>(key: K): DeviceRow[K] =>
      (input[key] === undefined ? current[key] : input[key]) as DeviceRow[K];
    const customerId = input.customerId ?? current.customerId;
    const customer = await findCustomer(tx, actor.organizationId, customerId);
    if (!customer || !isVisible(scope, customerId)) throw unknownReference('customer', 'customerId');
    const addressId =
      input.addressId !== undefined
        ? input.addressId
        : customerId === current.customerId
          ? current.addressId
          : null;
    if (addressId && !customer.addresses.some((address) => address.id === addressId)) {
      throw unknownReference('address', 'addressId');
    }
    const next = {
      customerId,
      addressId,
      brand: pick('brand'),
      model: pick('model'),
      deviceType: pick('deviceType'),
      serialNumber: pick('serialNumber'),
      lot: pick('lot'),
      price: pick('price'),
      currency: pick('currency'),
      purchaseDate: pick('purchaseDate'),
      seller: pick('seller'),
      warrantyStart: pick('warrantyStart'),
      warrantyEnd: pick('warrantyEnd'),
      status: pick('status'),
      notes: pick('notes'),
    };
    if (next.warrantyStart && next.warrantyEnd && next.warrantyEnd < next.warrantyStart) {
      throw new AppError('VALIDATION_FAILED', {}, [
        { path: 'warrantyEnd', code: 'warranty_end_before_start' },
      ]);
    }
    const holder = await findDeviceIdWithSerial(tx, actor.organizationId, next, id);
    if (holder) throw serialTaken('serialNumber', holder);
    const row = await updateDeviceRow(tx, id, next).catch((error: unknown) => {
      // Another edit took the serial, or removed the address, between our checks and this write.
      if (pgCode(error) === '23505') throw serialTaken('serialNumber', null);
      if (pgCode(error) === '23503') throw unknownReference('address', 'addressId');
      throw error;
    });
    await recordAuditEvent(tx, actor, {
      entityType: 'device',
      entityId: id,
      action: 'update',
      before: auditedFields(current),
      after: auditedFields(row),
    });
    return toDevice(row);
  });
}
