import {
  type Icon,
  IconBuildingStore,
  IconChartBar,
  IconClipboardList,
  IconDevices,
  IconFileCertificate,
  IconPackages,
  IconReceipt2,
  IconRoute,
  IconSettings,
} from '@tabler/icons-react';
import { AREAS, type AreaKey } from '@usta/core/access';

export const AREA_ICONS: Record<AreaKey, Icon> = {
  'work-orders': IconClipboardList,
  planning: IconRoute,
  customers: IconBuildingStore,
  devices: IconDevices,
  stock: IconPackages,
  contracts: IconFileCertificate,
  finance: IconReceipt2,
  reports: IconChartBar,
  settings: IconSettings,
};

export type Area = (typeof AREAS)[number];

/** The areas the server says the user may open, in the navigation order AREAS defines. */
export function areasOf(keys: readonly string[]): Area[] {
  const held = new Set(keys);
  return AREAS.filter((area) => held.has(area.key));
}
