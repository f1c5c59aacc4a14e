/**
 * Permissions are data (STYLE.md habit 8): a route declares the one permission it needs, and
 * roles are sets of permissions. Nothing is allowed unless a role grants it.
 */
export const PERMISSIONS = [
  'user:read',
  'user:manage',
  'audit:read',
  'work_order:read',
  'work_order:read_all',
  'work_order:create',
  'work_order:update',
  'work_order:assign',
  'work_order:work',
  'work_order:final_check',
  'work_order:cancel',
  'work_order:reopen',
  'work_order:merge',
  'customer:read',
  'customer:write',
  'device:read',
  'device:write',
  'planning:read',
  'planning:write',
  'stock:read',
  'stock:write',
  'contract:read',
  'contract:write',
  'finance:read',
  'finance:write',
  'report:read',
  'settings:read',
  'settings:write',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}
