import type { DeviceStatus } from '@usta/contracts/devices';
import type { DeviceRow } from './device-repository.ts';

/** What other modules (work orders) see of a device card. */
export interface DeviceSummary {
  id: string;
  customerId: string;
  brand: string;
  model: string;
  deviceType: string;
  serialNumber: string | null;
  /** ISO dates (YYYY-MM-DD). */
  warrantyStart: string | null;
  warrantyEnd: string | null;
  status: DeviceStatus;
}

export function toDeviceSummary(row: DeviceRow): DeviceSummary {
  return {
    id: row.id,
    customerId: row.customerId,
    brand: row.brand,
    model: row.model,
    deviceType: row.deviceType,
    serialNumber: row.serialNumber,
    warrantyStart: row.warrantyStart,
    warrantyEnd: row.warrantyEnd,
    status: row.status,
  };
}
