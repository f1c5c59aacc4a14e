import { useQuery } from '@tanstack/react-query';
import type { WorkOrderEscalations } from '@usta/contracts/sla';
import { api } from '../../api/client.ts';

export function getWorkOrderEscalations(id: string, signal?: AbortSignal) {
  return api.request<WorkOrderEscalations>(`/api/v1/work-orders/${encodeURIComponent(id)}/sla/escalations`, {
    signal,
  });
}

/**
 * Under the work-order key, so a change of the order refetches it; once a minute as well,
 * because steps fire on the clock without any change of the order by a user.
 */
export function useWorkOrderEscalations(id: string) {
  return useQuery({
    queryKey: ['work-orders', 'sla-escalations', id],
    queryFn: ({ signal }) => getWorkOrderEscalations(id, signal),
    refetchInterval: 60_000,
    retry: false,
  });
}
