import { Button, Group, Modal, SegmentedControl, Stack, Textarea, TextInput } from '@mantine/core';
import type { RecordApprovalBody } from '@usta/contracts/work-orders';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { fieldErrorsFor } from '../settings/users/form-errors.ts';
import { useRecordApproval } from './use-work-orders.ts';

type Method = RecordApprovalBody['method'];
const FIELDS = ['approvedBy', 'reference', 'note'] as const;

/** The customer's approval (signature, QR or approved quote): the gate into final check. */
export function ApprovalModal({
  orderId,
  opened,
  onClose,
}: {
  orderId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordApproval(orderId);
  const [method, setMethod] = useState<Method>('signature');
  const [approvedBy, setApprovedBy] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});

  async function submit() {
    if (!approvedBy.trim()) {
      setErrors({ approvedBy: t('workOrders.approval.whoRequired') });
      return;
    }
    try {
      await record.mutateAsync({
        method,
        approvedBy: approvedBy.trim(),
        reference: reference.trim() || undefined,
        note: note.trim() || undefined,
      });
      notifySuccess(t('workOrders.approval.recorded'));
      onClose();
    } catch (error) {
      const fieldErrors = isApiError(error) ? fieldErrorsFor(error.fieldErrors, FIELDS) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('workOrders.approval.title')}
      data-testid="wo-approval-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <SegmentedControl
            value={method}
            onChange={(value) => setMethod(value as Method)}
            data={(['signature', 'qr', 'quote'] as const).map((value) => ({
              value,
              label: t(`workOrders.approval.method.${value}`),
            }))}
            data-testid="wo-approval-method"
          />
          <TextInput
            label={t('workOrders.approval.approvedBy')}
            value={approvedBy}
            onChange={(event) => setApprovedBy(event.currentTarget.value)}
            error={errors.approvedBy}
            withAsterisk
            data-autofocus
            data-testid="wo-approval-by"
          />
          <TextInput
            label={t('workOrders.approval.reference')}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            error={errors.reference}
          />
          <Textarea
            label={t('workOrders.approval.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={2}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="wo-approval-submit">
              {t('workOrders.approval.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
