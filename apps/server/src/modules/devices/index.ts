/**
 * The devices module's public entry points: other modules (work orders, contracts…) call these
 * and nothing else of this folder. Every function is scoped to one organisation: another
 * company's id answers exactly like an unknown one.
 */
import type { Executor } from '../../db/database.ts';
import { findDeviceRow } from './device-repository.ts';
import { type DeviceSummary, toDeviceSummary } from './device-summary.ts';

export type { DeviceSummary } from './device-summary.ts';
/**
 * `registerDeviceFromWorkOrder(tx, actor, input)`: creates the device (audited) in the caller's
 * transaction; unknown customer → 404 on `customerId`; duplicate serial for the brand → 409
 * ALREADY_EXISTS on `newDevice.serialNumber` (with `existingDeviceId`), leaving the transaction
 * usable (no failed statement), so the caller's throw rolls everything back cleanly.
 */
export { registerDeviceFromWorkOrder } from './register-device-from-work-order.ts';

/** A device card of the organisation, or null (unknown or another company's). */
export async function findDevice(
  db: Executor,
  organizationId: string,
  id: string,
): Promise<DeviceSummary | null> {
  const row = await findDeviceRow(db, organizationId, id);
  return row ? toDeviceSummary(row) : null;
}
