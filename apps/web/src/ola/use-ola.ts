import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  completeOlaTask,
  listOlaTargets,
  listOlaTasks,
  type OlaKind,
  type OlaTaskQuery,
  type PutOlaTargetBody,
  putOlaTarget,
} from '../api/ola-api.ts';

const OLA = ['ola'] as const;

export function useOlaTasks(query: OlaTaskQuery) {
  return useQuery({
    queryKey: [...OLA, 'tasks', query],
    queryFn: ({ signal }) => listOlaTasks(query, signal),
    placeholderData: keepPreviousData,
    // A queue the warehouse keeps open all day: the clock states move without anyone saving.
    refetchInterval: 60_000,
  });
}

export function useCompleteOlaTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => completeOlaTask(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OLA }),
  });
}

export function useOlaTargets() {
  return useQuery({ queryKey: [...OLA, 'targets'], queryFn: ({ signal }) => listOlaTargets(signal) });
}

export function useSaveOlaTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: OlaKind; body: PutOlaTargetBody }) => putOlaTarget(kind, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: OLA }),
  });
}
