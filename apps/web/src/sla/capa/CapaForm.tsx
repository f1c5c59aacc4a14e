import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { notifyError, notifySuccess } from '../../app/notify.tsx';
import { DayInput } from '../../work-orders/DayInput.tsx';
import { useStaff } from '../policies/use-policies.ts';
import { fieldErrorsOf } from './capa-meta.ts';
import { useCreateCapa } from './use-capa.ts';

/** A new corrective/preventive action on a breached order: what, who, by when. */
export function CapaForm({ workOrderId, onDone }: { workOrderId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const staff = useStaff();
  const create = useCreateCapa();
  const [action, setAction] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit() {
    const missing: Record<string, string> = {};
    if (!action.trim()) missing.action = t('sla.capa.required');
    if (!ownerId) missing.ownerId = t('sla.capa.required');
    if (!dueDate) missing.dueDate = t('sla.capa.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0 || !ownerId) return;
    try {
      await create.mutateAsync({ workOrderId, action: action.trim(), ownerId, dueDate });
      notifySuccess(t('sla.capa.created'));
      onDone();
    } catch (error) {
      const fields = isApiError(error) ? fieldErrorsOf(error.fieldErrors) : {};
      if (Object.keys(fields).length > 0) setErrors(fields);
      else notifyError(error);
    }
  }

  return (
    <Stack gap="xs" data-testid="capa-form">
      <Textarea
        label={t('sla.capa.action')}
        placeholder={t('sla.capa.actionPlaceholder')}
        value={action}
        onChange={(event) => setAction(event.currentTarget.value)}
        error={errors.action}
        autosize
        minRows={2}
        data-testid="capa-form-action"
      />
      <Group grow align="flex-start">
        <Select
          label={t('sla.capa.owner')}
          data={(staff.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
          value={ownerId}
          onChange={setOwnerId}
          error={errors.ownerId}
          searchable
          data-testid="capa-form-owner"
        />
        <DayInput
          label={t('sla.capa.dueDate')}
          value={dueDate}
          onChange={setDueDate}
          error={errors.dueDate}
          data-testid="capa-form-due"
        />
      </Group>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" size="xs" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button
          size="xs"
          onClick={() => void submit()}
          loading={create.isPending}
          data-testid="capa-form-save"
        >
          {t('sla.capa.add')}
        </Button>
      </Group>
    </Stack>
  );
}
