import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AllowedTransition, WorkOrderDetail } from '@usta/contracts/work-orders';
import { requiresReason } from '@usta/core/work-orders';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { errorMessage, notifyError, notifySuccess } from '../app/notify.tsx';
import { statusName } from './StatusBadge.tsx';
import { TransitionNoteModal } from './TransitionNoteModal.tsx';
import { useTransitionWorkOrder } from './use-work-orders.ts';

/**
 * Only what the server says this user may do now (`allowedTransitions`), one button each.
 * Cancelling and reopening ask for the reason first; a refusal shows the server's words.
 */
export function TransitionButtons({ order }: { order: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  const move = useTransitionWorkOrder(order.id);
  const [asking, setAsking] = useState<AllowedTransition | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  // The server's own sentence for a refused move stays in view until the next attempt.
  const [refusal, setRefusal] = useState<string | null>(null);

  async function go(target: AllowedTransition, note?: string) {
    setPending(target.status);
    setRefusal(null);
    try {
      await move.mutateAsync({ to: target.status, note, version: order.version });
      notifySuccess(t('workOrders.transition.done', { status: statusName(target, i18n.resolvedLanguage) }));
      setAsking(null);
    } catch (error) {
      if (isApiError(error) && (error.status === 409 || error.status === 403)) {
        setRefusal(errorMessage(error));
        setAsking(null);
      } else {
        notifyError(error);
      }
    } finally {
      setPending(null);
    }
  }

  if (order.allowedTransitions.length === 0) {
    return (
      <Text fz="sm" c="dimmed" data-testid="wo-no-transitions">
        {t('workOrders.transition.none')}
      </Text>
    );
  }
  return (
    <Stack gap={0} style={{ flex: 1 }}>
      <Group gap={6}>
        {order.allowedTransitions.map((target) => {
          const danger = target.phase === 'cancelled';
          return (
            <Button
              key={target.status}
              size="xs"
              variant={danger ? 'light' : 'default'}
              color={danger ? 'red' : undefined}
              leftSection={
                <span style={{ width: 8, height: 8, borderRadius: 4, background: target.colour }} />
              }
              loading={pending === target.status}
              disabled={pending !== null && pending !== target.status}
              onClick={() =>
                requiresReason(order.phase, target.phase) ? setAsking(target) : void go(target)
              }
              data-testid={`wo-transition-${target.status}`}
            >
              {statusName(target, i18n.resolvedLanguage)}
            </Button>
          );
        })}
      </Group>
      {refusal && (
        <Alert
          color="red"
          variant="light"
          mt="xs"
          icon={<IconAlertTriangle size={16} />}
          withCloseButton
          onClose={() => setRefusal(null)}
          data-testid="wo-transition-error"
        >
          {refusal}
        </Alert>
      )}
      <TransitionNoteModal
        target={asking}
        pending={move.isPending}
        onClose={() => setAsking(null)}
        onSubmit={(target, note) => void go(target, note)}
      />
    </Stack>
  );
}
