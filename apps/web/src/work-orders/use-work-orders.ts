import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { CreateWorkOrderBody } from '@usta/contracts/work-orders';
import {
  addActivity,
  assignWorkOrder,
  countWorkOrders,
  createWorkOrder,
  getPriorityMatrix,
  getWorkOrder,
  listAssignees,
  listCategories,
  listStatuses,
  listWorkOrders,
  recordApproval,
  transitionWorkOrder,
  updateWorkOrder,
  type WorkOrderQuery,
} from '../api/work-orders-api.ts';

export const WORK_ORDERS = ['work-orders'] as const;
const detailKey = (id: string) => [...WORK_ORDERS, 'detail', id] as const;

export function useWorkOrderList(query: WorkOrderQuery) {
  return useInfiniteQuery({
    queryKey: [...WORK_ORDERS, 'list', query],
    queryFn: ({ pageParam, signal }) => listWorkOrders(query, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useStatusCounts(query: WorkOrderQuery) {
  return useQuery({
    queryKey: [...WORK_ORDERS, 'counts', query],
    queryFn: ({ signal }) => countWorkOrders(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWorkOrder(id: string) {
  return useQuery({ queryKey: detailKey(id), queryFn: ({ signal }) => getWorkOrder(id, signal) });
}

/** Technicians a planner may assign; an older server without the list leaves the picker empty. */
export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: [...WORK_ORDERS, 'assignees'],
    queryFn: ({ signal }) => listAssignees(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** The company's settings change rarely; one fetch per session is plenty. */
const SETTINGS_STALE = 10 * 60_000;

export function useStatuses() {
  return useQuery({
    queryKey: [...WORK_ORDERS, 'statuses'],
    queryFn: ({ signal }) => listStatuses(signal),
    staleTime: SETTINGS_STALE,
  });
}

export function useCategories() {
  return useQuery({
    queryKey: [...WORK_ORDERS, 'categories'],
    queryFn: ({ signal }) => listCategories(signal),
    staleTime: SETTINGS_STALE,
  });
}

export function usePriorityMatrix() {
  return useQuery({
    queryKey: [...WORK_ORDERS, 'priority-matrix'],
    queryFn: ({ signal }) => getPriorityMatrix(signal),
    staleTime: SETTINGS_STALE,
  });
}

export function useCreateWorkOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWorkOrderBody) => createWorkOrder(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: WORK_ORDERS }),
  });
}

/**
 * Every change to an order refreshes it, also on failure: a 409 means our copy is stale and the
 * refetched detail carries the new version, status and allowed transitions.
 */
function useOrderMutation<Body, Result>(id: string, send: (id: string, body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => send(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: WORK_ORDERS }),
  });
}

export const useUpdateWorkOrder = (id: string) => useOrderMutation(id, updateWorkOrder);
export const useTransitionWorkOrder = (id: string) => useOrderMutation(id, transitionWorkOrder);
export const useAddActivity = (id: string) => useOrderMutation(id, addActivity);
export const useAssignWorkOrder = (id: string) => useOrderMutation(id, assignWorkOrder);
export const useRecordApproval = (id: string) => useOrderMutation(id, recordApproval);
