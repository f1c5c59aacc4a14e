import type { Device } from '@usta/contracts/devices';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { notFound } from '../../http/errors.ts';
import { isVisible, visibleCustomerIds } from '../customers/index.ts';
import { findDeviceRow, toDevice } from './device-repository.ts';

export async function getDevice(db: Executor, actor: Actor, id: string): Promise<Device> {
  const row = await findDeviceRow(db, actor.organizationId, id);
  if (!row || !isVisible(await visibleCustomerIds(db, actor), row.customerId)) throw notFound('device');
  return toDevice(row);
}
