import { useMutation } from '@tanstack/react-query';
import type { CreateVisitBody, UpdateVisitBody } from '@usta/contracts/planning';
import { useTranslation } from 'react-i18next';
import { createVisit, updateVisit } from '../../api/planning-api.ts';
import { isApiError } from '../../api/problem.ts';
import { errorMessage, notifySuccess, notifyWarning } from '../../app/notify.tsx';
import { useInvalidatePlanning } from '../use-planning.ts';
import { wallClock } from './day-frame.ts';
import { blocking } from './drop-issues.ts';
import type { VisitAction } from './Timeline.tsx';
import type { Drop } from './use-board-drag.ts';

/** Saving what the planner dropped or chose from a visit's menu; the board reloads after each. */
export function useVisitChanges(timeZone: string) {
  const { t } = useTranslation();
  const invalidate = useInvalidatePlanning();

  const failed = (error: unknown) => {
    if (isApiError(error) && error.status === 409 && error.code === 'CONFLICT') {
      notifyWarning(t('planning.board.saveFailed'), t('planning.board.changedMeanwhile'));
    } else {
      // The server names the rule (outside the shift, overlap, …) in the user's language.
      notifyWarning(t('planning.board.saveFailed'), errorMessage(error));
    }
    void invalidate();
  };

  const save = useMutation({
    mutationFn: async (drop: Drop) => {
      const { dragged, technician, start, end } = drop;
      if (dragged.kind === 'order') {
        const body: CreateVisitBody = {
          workOrderId: dragged.order.id,
          technicianId: technician.id,
          plannedStart: start,
          plannedEnd: end,
          status: 'planned',
          pinned: false,
        };
        await createVisit(body);
        return t('planning.board.created', {
          number: dragged.order.number,
          technician: technician.name,
          from: wallClock(start, timeZone),
        });
      }
      const body: UpdateVisitBody = {
        technicianId: technician.id,
        plannedStart: start,
        plannedEnd: end,
        version: dragged.visit.version,
      };
      await updateVisit(dragged.visit.id, body);
      return t('planning.board.moved', {
        number: dragged.visit.workOrder.number,
        technician: technician.name,
        from: wallClock(start, timeZone),
      });
    },
    onSuccess: (message) => {
      notifySuccess(message);
      void invalidate();
    },
    onError: failed,
  });

  const act = useMutation({
    mutationFn: (action: VisitAction) => {
      const change: Omit<UpdateVisitBody, 'version'> =
        action.kind === 'pin'
          ? { pinned: true }
          : action.kind === 'unpin'
            ? { pinned: false }
            : action.kind === 'confirm'
              ? { status: 'confirmed' }
              : { status: 'cancelled' };
      return updateVisit(action.visitId, { ...change, version: action.version });
    },
    onSuccess: () => void invalidate(),
    onError: failed,
  });

  /** A slot with a blocking issue is not sent: the planner already sees why. */
  const drop = (value: Drop) => {
    if (blocking(value.issues)) {
      const reasons = value.issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => issue.message ?? t(`planning.issues.${issue.code}`));
      notifyWarning(t('planning.board.refusedTitle'), reasons.join(' '));
      return;
    }
    save.mutate(value);
  };

  return { drop, act: (action: VisitAction) => act.mutate(action), saving: save.isPending || act.isPending };
}
