import type { FieldError } from '@usta/contracts/common';
import type { Device, DeviceStatus } from '@usta/contracts/devices';
import type { DeviceInput } from '../api/devices-api.ts';

export interface DeviceFormValues {
  customerId: string | null;
  brand: string;
  model: string;
  deviceType: string;
  serialNumber: string;
  lot: string;
  price: string;
  purchaseDate: string;
  seller: string;
  warrantyStart: string;
  warrantyEnd: string;
  status: DeviceStatus;
  notes: string;
}

export type DeviceFormField = keyof DeviceFormValues;

export const EMPTY_DEVICE: DeviceFormValues = {
  customerId: null,
  brand: '',
  model: '',
  deviceType: '',
  serialNumber: '',
  lot: '',
  price: '',
  purchaseDate: '',
  seller: '',
  warrantyStart: '',
  warrantyEnd: '',
  status: 'active',
  notes: '',
};

export function deviceFormValues(device: Device): DeviceFormValues {
  return {
    customerId: device.customerId,
    brand: device.brand,
    model: device.model,
    deviceType: device.deviceType,
    serialNumber: device.serialNumber ?? '',
    lot: device.lot ?? '',
    price: device.price ?? '',
    purchaseDate: device.purchaseDate ?? '',
    seller: device.seller ?? '',
    warrantyStart: device.warrantyStart ?? '',
    warrantyEnd: device.warrantyEnd ?? '',
    status: device.status,
    notes: device.notes ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The body of a create (or, with a version, an edit); "1.250,50" is read the Turkish way. */
export function deviceBody(values: DeviceFormValues): DeviceInput {
  const price = values.price.trim().replace(/\./g, '').replace(',', '.');
  return {
    customerId: values.customerId ?? '',
    brand: values.brand.trim(),
    model: values.model.trim(),
    deviceType: values.deviceType.trim(),
    serialNumber: orNull(values.serialNumber),
    lot: orNull(values.lot),
    price: orNull(values.price.includes(',') ? price : values.price),
    purchaseDate: orNull(values.purchaseDate),
    seller: orNull(values.seller),
    warrantyStart: orNull(values.warrantyStart),
    warrantyEnd: orNull(values.warrantyEnd),
    status: values.status,
    notes: orNull(values.notes),
  };
}

const FIELDS = new Set<string>(Object.keys(EMPTY_DEVICE));

/** `newDevice.serialNumber` (on the work-order form) and `serialNumber` land on the same field. */
export function deviceFieldErrors(errors: readonly FieldError[]): Partial<Record<DeviceFormField, string>> {
  const result: Partial<Record<DeviceFormField, string>> = {};
  for (const error of errors) {
    const parts = error.path.split('.');
    const name = parts[0] === 'newDevice' ? parts[1] : parts[0];
    if (name && FIELDS.has(name) && result[name as DeviceFormField] === undefined) {
      result[name as DeviceFormField] = error.message;
    }
  }
  return result;
}
