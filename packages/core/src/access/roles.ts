import type { Permission } from './permissions.ts';
import { PERMISSIONS } from './permissions.ts';

export const STAFF_ROLES = [
  'admin',
  'manager',
  'call_center',
  'planner',
  'technician',
  'warehouse',
  'finance',
] as const;

export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

const everything = PERMISSIONS.filter((p) => p !== 'user:manage' && p !== 'settings:write');

/**
 * The default grant of each role. A technician lacks `work_order:read_all`, which is what
 * limits them to the orders assigned to them (the row rule lives with the work-order module).
 */
export const ROLE_PERMISSIONS: Readonly<Record<StaffRole, readonly Permission[]>> = {
  admin: PERMISSIONS,
  manager: [...everything, 'settings:write'],
  call_center: [
    'work_order:read',
    'work_order:read_all',
    'work_order:create',
    'work_order:update',
    'work_order:cancel',
    'work_order:merge',
    'customer:read',
    'customer:write',
    'device:read',
    'device:write',
    'contract:read',
    // Read-only planning: the agent answers "when is the technician coming?" and offers slots.
    'planning:read',
  ],
  planner: [
    'work_order:read',
    'work_order:read_all',
    'work_order:update',
    'work_order:assign',
    'customer:read',
    'device:read',
    'planning:read',
    'planning:write',
  ],
  technician: ['work_order:read', 'work_order:work', 'device:read', 'customer:read', 'stock:read'],
  warehouse: ['work_order:read', 'work_order:read_all', 'device:read', 'stock:read', 'stock:write'],
  finance: [
    'work_order:read',
    'work_order:read_all',
    'customer:read',
    'device:read',
    'contract:read',
    'contract:write',
    'finance:read',
    'finance:write',
    'report:read',
  ],
};

export function permissionsOf(roles: readonly string[]): Permission[] {
  const granted = new Set<Permission>();
  for (const role of roles) {
    if (!isStaffRole(role)) continue;
    for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  }
  return PERMISSIONS.filter((p) => granted.has(p));
}
