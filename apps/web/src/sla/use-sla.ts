import { useQuery } from '@tanstack/react-query';
import { getWorkOrderSla } from '../api/sla-api.ts';

/**
 * Under the work-order key, so every change to the order (status, reply, priority) refetches it
 * with the order; once a minute as well, because a running clock moves without any change.
 */
export function useWorkOrderSla(id: string) {
  return useQuery({
    queryKey: ['work-orders', 'sla', id],
    queryFn: ({ signal }) => getWorkOrderSla(id, signal),
    refetchInterval: 60_000,
    retry: false,
  });
}
