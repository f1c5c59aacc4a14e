import { describe, expect, it } from 'vitest';
import { visibleAreas } from './areas.ts';
import { PERMISSIONS } from './permissions.ts';
import { permissionsOf, ROLE_PERMISSIONS, STAFF_ROLES } from './roles.ts';

describe('roles', () => {
  it('grants only known permissions', () => {
    for (const role of STAFF_ROLES) {
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(p);
    }
  });

  it('gives nothing to an unknown role or to nobody', () => {
    expect(permissionsOf([])).toEqual([]);
    expect(permissionsOf(['root', 'customer'])).toEqual([]);
  });

  it('keeps user management with the admin alone', () => {
    const holders = STAFF_ROLES.filter((r) => ROLE_PERMISSIONS[r].includes('user:manage'));
    expect(holders).toEqual(['admin']);
  });

  it('shows each role only its own areas', () => {
    expect(visibleAreas(permissionsOf(['planner']))).toEqual([
      'work-orders',
      'planning',
      'customers',
      'devices',
    ]);
    expect(visibleAreas(permissionsOf(['call_center']))).toEqual([
      'work-orders',
      'planning',
      'customers',
      'devices',
      'contracts',
    ]);
    expect(visibleAreas(permissionsOf(['warehouse']))).toEqual(['work-orders', 'devices', 'stock']);
    expect(visibleAreas(permissionsOf(['admin']))).toHaveLength(9);
  });

  it('unions the grants of several roles', () => {
    const both = permissionsOf(['warehouse', 'finance']);
    expect(both).toContain('stock:write');
    expect(both).toContain('finance:write');
    expect(both).not.toContain('user:manage');
  });
});
