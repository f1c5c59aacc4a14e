import type { MantineColor } from '@mantine/core';
import { type AreaKey, permissionsOf, type StaffRole, visibleAreas } from '@usta/core/access';

export const ROLE_COLORS: Record<StaffRole, MantineColor> = {
  admin: 'red',
  manager: 'grape',
  call_center: 'cyan',
  planner: 'indigo',
  technician: 'orange',
  warehouse: 'teal',
  finance: 'yellow',
};

/** What the chosen roles will open, shown while an admin picks them (the server still decides). */
export function areasOpenedBy(roles: readonly StaffRole[]): AreaKey[] {
  return visibleAreas(permissionsOf(roles));
}
