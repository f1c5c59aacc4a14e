import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { CreateCustomerInput } from '@usta/contracts/customers';
import {
  type CustomerChanges,
  type CustomerFilter,
  createCustomer,
  getCustomer,
  listCustomerContacts,
  listCustomers,
  updateCustomer,
} from '../api/customers-api.ts';

export const CUSTOMERS = ['customers'] as const;

export function useCustomerList(filter: CustomerFilter) {
  return useInfiniteQuery({
    queryKey: [...CUSTOMERS, 'list', filter],
    queryFn: ({ pageParam, signal }) => listCustomers(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(id: string | null) {
  return useQuery({
    queryKey: [...CUSTOMERS, 'detail', id],
    queryFn: ({ signal }) => getCustomer(id ?? '', signal),
    enabled: id !== null,
  });
}

export function useCustomerContacts(id: string) {
  return useQuery({
    queryKey: [...CUSTOMERS, 'contacts', id],
    queryFn: ({ signal }) => listCustomerContacts(id, signal),
  });
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCustomerInput) => createCustomer(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS }),
  });
}

/** Refreshed also on failure: a 409 means our copy is stale. */
export function useUpdateCustomer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: CustomerChanges }) => updateCustomer(id, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CUSTOMERS }),
  });
}
