import type { Device, DeviceStatus } from '@usta/contracts/devices';
import { api } from './client.ts';

export interface DeviceFilter {
  q?: string | undefined;
  customerId?: string | undefined;
  serialNumber?: string | undefined;
  model?: string | undefined;
  status?: DeviceStatus | undefined;
  warrantyStatus?: string | undefined;
  warrantyEndFrom?: string | undefined;
  warrantyEndTo?: string | undefined;
  sort?: string | undefined;
}

export interface DevicePage {
  items: Device[];
  nextCursor: string | null;
}

/** The fields of a device card as the form sends them (create: all; edit: with `version`). */
export interface DeviceInput {
  customerId: string;
  addressId?: string | null;
  brand: string;
  model: string;
  deviceType: string;
  serialNumber?: string | null;
  lot?: string | null;
  price?: string | null;
  purchaseDate?: string | null;
  seller?: string | null;
  warrantyStart?: string | null;
  warrantyEnd?: string | null;
  status?: DeviceStatus;
  notes?: string | null;
}

export const DEVICES_PAGE_SIZE = 50;

const base = '/api/v1/devices';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export function listDevices(
  filter: DeviceFilter,
  cursor: string | null,
  signal?: AbortSignal,
  limit = DEVICES_PAGE_SIZE,
) {
  return api.request<DevicePage>(base, {
    query: { ...filter, q: filter.q?.trim(), cursor, limit },
    signal,
  });
}

export function getDevice(id: string, signal?: AbortSignal) {
  return api.request<Device>(one(id), { signal });
}

export function createDevice(body: DeviceInput) {
  return api.request<Device>(base, { method: 'POST', body });
}

export function updateDevice(id: string, body: Partial<DeviceInput> & { version: number }) {
  return api.request<Device>(one(id), { method: 'PATCH', body });
}
