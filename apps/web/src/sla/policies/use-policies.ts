import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UpdateSlaPolicyBody } from '@usta/contracts/sla';
import { api } from '../../api/client.ts';
import {
  createSlaPolicy,
  deleteSlaPolicy,
  getSlaPolicy,
  listSlaPolicies,
  previewSlaDue,
  type SlaPreviewInput,
  updateSlaPolicy,
} from '../../api/sla-api.ts';
import { listUsers } from '../../api/users-api.ts';

const POLICIES = ['sla-policies'] as const;

export function usePolicyList() {
  return useQuery({
    queryKey: [...POLICIES, 'list'],
    queryFn: ({ signal }) => listSlaPolicies(signal),
    select: (page) => page.items,
  });
}

export function usePolicy(id: string | null) {
  return useQuery({
    queryKey: [...POLICIES, 'one', id],
    queryFn: ({ signal }) => getSlaPolicy(id!, signal),
    enabled: id !== null,
  });
}

/**
 * Saving a policy changes what the preview and every order's SLA answer: those are refetched
 * too (also after a failure: a 409 means our copy is stale).
 */
function useInvalidateSla() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: POLICIES }),
      queryClient.invalidateQueries({ queryKey: ['sla-due-preview'] }),
      queryClient.invalidateQueries({ queryKey: ['work-orders'] }),
    ]);
}

export function useCreatePolicy() {
  const invalidate = useInvalidateSla();
  return useMutation({ mutationFn: createSlaPolicy, onSettled: invalidate });
}

export function useUpdatePolicy() {
  const invalidate = useInvalidateSla();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateSlaPolicyBody }) =>
      updateSlaPolicy(id, changes),
    onSettled: invalidate,
  });
}

export function useDeletePolicy() {
  const invalidate = useInvalidateSla();
  return useMutation({ mutationFn: deleteSlaPolicy, onSettled: invalidate });
}

/** Due times of an order that would arrive at `receivedAt`, under a stored policy. */
export function useDuePreview(input: SlaPreviewInput | null) {
  return useQuery({
    queryKey: ['sla-due-preview', input],
    queryFn: ({ signal }) => previewSlaDue(input!, signal),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface TeamOption {
  id: string;
  name: string;
}

/** Teams for "reassign to team" (planning module); none yet leaves the picker empty. */
export function useTeams() {
  return useQuery({
    queryKey: ['teams', 'options'],
    queryFn: async ({ signal }) => {
      try {
        return (await api.request<{ items: TeamOption[] }>('/api/v1/teams', { signal })).items;
      } catch {
        return [] as TeamOption[];
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** Active staff for recipients and CAPA owners (a company has a few dozen: one page). */
export function useStaff() {
  return useQuery({
    queryKey: ['users', 'staff-options'],
    queryFn: ({ signal }) => listUsers({ q: '', active: 'true' }, null, signal),
    select: (page) => page.items.map((user) => ({ id: user.id, name: user.name })),
    staleTime: 5 * 60_000,
  });
}
