import type { Permission } from './permissions.ts';

/** The top-level areas of the back office, in navigation order, and what opens each. */
export const AREAS = [
  { key: 'work-orders', path: '/work-orders', permission: 'work_order:read' },
  { key: 'planning', path: '/planning', permission: 'planning:read' },
  { key: 'customers', path: '/customers', permission: 'customer:read' },
  { key: 'devices', path: '/devices', permission: 'device:read' },
  { key: 'stock', path: '/stock', permission: 'stock:read' },
  { key: 'contracts', path: '/contracts', permission: 'contract:read' },
  { key: 'finance', path: '/finance', permission: 'finance:read' },
  { key: 'reports', path: '/reports', permission: 'report:read' },
  { key: 'settings', path: '/settings', permission: 'settings:read' },
] as const satisfies readonly { key: string; path: string; permission: Permission }[];

export type AreaKey = (typeof AREAS)[number]['key'];

export function visibleAreas(permissions: readonly string[]): AreaKey[] {
  const held = new Set(permissions);
  return AREAS.filter((area) => held.has(area.permission)).map((area) => area.key);
}
