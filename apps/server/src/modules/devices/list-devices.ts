import type { Device, ListDevicesQuery } from '@usta/contracts/devices';
import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../http/access.ts';
import { pageOf, readCursor, usesTrigrams } from '../../http/keyset.ts';
import { visibleCustomerIds } from '../customers/index.ts';
import { deviceSort } from './device-order.ts';
import { companyToday, selectDevices, toDevice } from './device-repository.ts';

/** The registry's lists: by customer, model, status, warranty status or end month, or one serial. */
export async function listDevices(db: Executor, actor: Actor, query: ListDevicesQuery) {
  const today = companyToday();
  const q = query.q?.trim() || undefined;
  const rows = await selectDevices(db, {
    organizationId: actor.organizationId,
    q,
    customerId: query.customerId,
    serialNumber: query.serialNumber?.trim() || undefined,
    brand: query.brand?.trim() || undefined,
    model: query.model?.trim() || undefined,
    deviceType: query.deviceType?.trim() || undefined,
    status: query.status,
    warrantyStatus: query.warrantyStatus,
    warrantyEndFrom: query.warrantyEndFrom,
    warrantyEndTo: query.warrantyEndTo,
    onlyCustomerIds: (await visibleCustomerIds(db, actor)) ?? undefined,
    today,
    sort: deviceSort(query.sort, usesTrigrams(q)),
    after: readCursor(query.cursor, query.sort),
    limit: query.limit + 1,
  });
  const page = pageOf(rows, query.limit, query.sort, (row) => row.id);
  const items: Device[] = page.rows.map((row) => toDevice(row, today));
  return { items, nextCursor: page.nextCursor };
}
