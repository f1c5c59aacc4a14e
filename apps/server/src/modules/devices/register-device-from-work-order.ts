import type { NewDeviceBody } from '@usta/contracts/devices';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { addDevice } from './add-device.ts';
import { type DeviceSummary, toDeviceSummary } from './device-summary.ts';

/**
 * A work order for a device not yet in the registry adds it (seed 001: unknown devices join on
 * first service), in the work order's transaction so both commit or neither. A duplicate serial
 * is the same 409 as `POST /devices`, on `newDevice.serialNumber`.
 */
export async function registerDeviceFromWorkOrder(
  tx: Executor,
  actor: Actor,
  input: NewDeviceBody & { customerId: string },
): Promise<DeviceSummary> {
  const row = await addDevice(tx, actor, input, {
    customerId: 'customerId',
    addressId: 'newDevice.addressId',
    serialNumber: 'newDevice.serialNumber',
  });
  return toDeviceSummary(row);
}
