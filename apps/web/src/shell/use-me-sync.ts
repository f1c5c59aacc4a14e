import { useQuery } from '@tanstack/react-query';
import type { Me } from '@usta/contracts/auth';
import { useEffect } from 'react';
import { api, session } from '../api/client.ts';

export const ME_QUERY_KEY = ['me'] as const;

/**
 * Asks the server who the user is when the tab regains focus and every few minutes. An admin's
 * change of roles then reaches the navigation without a new login, and a deactivated user's
 * idle page learns its session is gone (the 401 ends it and the router shows the login page).
 */
export function useMeSync(user: Me): void {
  const { data } = useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => api.request<Me>('/api/v1/me', { signal }),
    initialData: user,
    initialDataUpdatedAt: () => Date.now(),
    staleTime: 60_000,
    refetchInterval: 5 * 60_000,
    refetchOnWindowFocus: 'always',
  });

  useEffect(() => {
    const current = session.get()?.user;
    if (current && JSON.stringify(current) !== JSON.stringify(data)) session.updateUser(data);
  }, [data]);
}
