import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import type { AllowedTransition } from '@usta/contracts/work-orders';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusName } from './StatusBadge.tsx';

interface TransitionNoteModalProps {
  target: AllowedTransition | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: (target: AllowedTransition, note: string) => void;
}

/** Cancelling and reopening must say why; the reason stays on the timeline. */
export function TransitionNoteModal({ target, pending, onClose, onSubmit }: TransitionNoteModalProps) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (target) {
      setNote('');
      setError(null);
    }
  }, [target]);
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={
        target
          ? t('workOrders.transition.reasonTitle', { status: statusName(target, i18n.resolvedLanguage) })
          : ''
      }
      data-testid="wo-transition-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!target) return;
          if (!note.trim()) {
            setError(t('workOrders.transition.reasonRequired'));
            return;
          }
          onSubmit(target, note.trim());
        }}
      >
        <Stack gap="md">
          <Textarea
            label={t('workOrders.transition.reason')}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setError(null);
            }}
            error={error}
            autosize
            minRows={3}
            withAsterisk
            data-autofocus
            data-testid="wo-transition-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending} data-testid="wo-transition-confirm">
              {t('workOrders.transition.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
