import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { BreachRootCauseBody, UpdateCapaBody } from '@usta/contracts/sla';
import {
  type CapaQuery,
  createCapa,
  getWorkOrderSlaRecord,
  listCapas,
  recordRootCause,
  updateCapa,
} from '../../api/sla-api.ts';

const CAPA = ['capa'] as const;
/** Under the work-order key, so a transition (e.g. a refused close) refreshes the review too. */
const recordKey = (id: string) => ['work-orders', 'sla-record', id] as const;

export function useSlaRecord(workOrderId: string) {
  return useQuery({
    queryKey: recordKey(workOrderId),
    queryFn: ({ signal }) => getWorkOrderSlaRecord(workOrderId, signal),
    retry: false,
  });
}

export function useCapaList(query: CapaQuery) {
  return useInfiniteQuery({
    queryKey: [...CAPA, 'list', query],
    queryFn: ({ pageParam, signal }) => listCapas(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

function useInvalidateReview() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: CAPA }),
      queryClient.invalidateQueries({ queryKey: ['work-orders'] }),
    ]);
}

export function useRecordRootCause(workOrderId: string) {
  const invalidate = useInvalidateReview();
  return useMutation({
    mutationFn: (body: BreachRootCauseBody) => recordRootCause(workOrderId, body),
    onSettled: invalidate,
  });
}

export function useCreateCapa() {
  const invalidate = useInvalidateReview();
  return useMutation({ mutationFn: createCapa, onSettled: invalidate });
}

export function useUpdateCapa() {
  const invalidate = useInvalidateReview();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateCapaBody }) => updateCapa(id, changes),
    onSettled: invalidate,
  });
}
