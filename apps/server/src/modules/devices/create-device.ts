import type { CreateDeviceBody, Device } from '@usta/contracts/devices';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { addDevice } from './add-device.ts';
import { toDevice } from './device-repository.ts';

export async function createDevice(db: Database, actor: Actor, input: CreateDeviceBody): Promise<Device> {
  const row = await db.transaction((tx) =>
    addDevice(tx, actor, input, {
      customerId: 'customerId',
      addressId: 'addressId',
      serialNumber: 'serialNumber',
    }),
  );
  return toDevice(row);
}
