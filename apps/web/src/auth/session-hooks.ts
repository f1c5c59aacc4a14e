import type { Me } from '@usta/contracts/auth';
import type { Permission } from '@usta/core/access';
import { createContext, useContext, useSyncExternalStore } from 'react';
import { session } from '../api/client.ts';
import type { Session } from '../api/session-store.ts';

export function useSession(): Session | null {
  return useSyncExternalStore(session.subscribe, session.get);
}

/**
 * The signed-in user, provided by the shell. Pages inside it can rely on a user being there,
 * even in the instant between a session ending and the router moving to the login page.
 */
export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() is only available inside the signed-in shell');
  return me;
}

export function useCan(permission: Permission): boolean {
  return useMe().permissions.includes(permission);
}
