import { useMutation, useQuery } from '@tanstack/react-query';
import type { Proposal } from '@usta/contracts/planning';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyPlan, getOptimiseJob, insertUrgent, startOptimise } from '../../api/planning-api.ts';
import { isApiError } from '../../api/problem.ts';
import { notifyError, notifySuccess, notifyWarning } from '../../app/notify.tsx';
import { useInvalidatePlanning } from '../use-planning.ts';

const POLL_MS = 400;

/**
 * "Optimise day" and "urgent insert": start the run, poll its progress, hold the proposal until
 * the planner applies or discards it. A 409 on apply means the board moved on meanwhile.
 */
export function useOptimise(date: string, teamId: string | null, refetchBoard: () => unknown) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlanning();
  const [jobId, setJobId] = useState<string | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);

  const start = useMutation({
    mutationFn: () => startOptimise({ date, ...(teamId ? { teamId } : {}) }),
    onMutate: () => setProposal(null),
    onSuccess: ({ jobId: id }) => setJobId(id),
    onError: notifyError,
  });

  const job = useQuery({
    queryKey: ['planning-optimise', jobId],
    queryFn: async ({ signal }) => {
      const result = await getOptimiseJob(jobId ?? '', signal);
      if (result.status === 'done' && result.proposal) {
        setProposal(result.proposal);
        setJobId(null);
      }
      if (result.status === 'failed') {
        notifyWarning(t('planning.optimise.failed'), result.error?.message ?? '');
        setJobId(null);
      }
      return result;
    },
    enabled: jobId !== null,
    refetchInterval: POLL_MS,
    gcTime: 0,
    staleTime: 0,
  });

  const insert = useMutation({
    mutationFn: (workOrderId: string) => insertUrgent({ workOrderId, date, ...(teamId ? { teamId } : {}) }),
    onSuccess: (result) => {
      if (!result.placement) notifyWarning(t('planning.queue.insert'), t('planning.queue.noPlace'));
      setProposal(result.proposal);
    },
    onError: notifyError,
  });

  const apply = useMutation({
    mutationFn: (planId: string) => applyPlan(planId),
    onSuccess: (result) => {
      notifySuccess(t('planning.optimise.applied', { created: result.created, updated: result.updated }));
      setProposal(null);
      void invalidate();
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) {
        notifyWarning(t('planning.optimise.title'), t('planning.optimise.stale'));
        setProposal(null);
        void refetchBoard();
        void invalidate();
        return;
      }
      notifyError(error);
    },
  });

  const running = start.isPending || jobId !== null;
  return {
    running,
    progress: job.data?.progress ?? 0,
    elapsedMs: job.data?.elapsedMs ?? 0,
    proposal,
    start: () => start.mutate(),
    insert: (workOrderId: string) => insert.mutate(workOrderId),
    inserting: insert.isPending ? (insert.variables ?? null) : null,
    apply: () => proposal && apply.mutate(proposal.id),
    applying: apply.isPending,
    discard: () => setProposal(null),
  };
}

export type Optimiser = ReturnType<typeof useOptimise>;
