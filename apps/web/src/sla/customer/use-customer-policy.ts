import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export interface CustomerPolicy {
  customerId: string;
  /** null: the company default applies. */
  policyId: string | null;
  updatedAt: string | null;
}

const path = (customerId: string) => `/api/v1/sla/customer-policies/${encodeURIComponent(customerId)}`;
const key = (customerId: string) => ['sla-customer-policy', customerId] as const;

export function useCustomerPolicy(customerId: string) {
  return useQuery({
    queryKey: key(customerId),
    queryFn: ({ signal }) => api.request<CustomerPolicy>(path(customerId), { signal }),
    retry: false,
  });
}

/**
 * Gives the customer its contract policy (null: the default again). The customer's orders answer
 * their SLA under it at once, so every work-order query is refetched too.
 */
export function useSetCustomerPolicy(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policyId: string | null) =>
      api.request<CustomerPolicy>(path(customerId), { method: 'PUT', body: { policyId } }),
    onSuccess: (saved) => queryClient.setQueryData(key(customerId), saved),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: key(customerId) }),
        queryClient.invalidateQueries({ queryKey: ['work-orders'] }),
        // A refusal may mean the chosen policy was deleted meanwhile: the options are refetched.
        queryClient.invalidateQueries({ queryKey: ['sla-policies'] }),
      ]),
  });
}
