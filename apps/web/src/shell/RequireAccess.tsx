import type { AreaKey, Permission } from '@usta/core/access';
import type { ReactNode } from 'react';
import { useMe } from '../auth/session-hooks.ts';
import { NoAccessPage } from '../pages/NoAccessPage.tsx';

/**
 * The server decides (and enforces) what a role may open; the client only avoids showing a
 * page that would fail, and says why instead of rendering an empty screen.
 */
export function RequireArea({ area, children }: { area: AreaKey; children: ReactNode }) {
  const me = useMe();
  return me.areas.includes(area) ? children : <NoAccessPage />;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useMe();
  return me.permissions.includes(permission) ? children : <NoAccessPage />;
}
