import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import type { WorkOrderDetail } from '@usta/contracts/work-orders';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { useCan } from '../auth/session-hooks.ts';
import { fieldErrorsFor } from '../settings/users/form-errors.ts';
import { ConflictAlert } from './ConflictAlert.tsx';
import { DayInput } from './DayInput.tsx';
import {
  changedBody,
  conflictCurrent,
  EDITABLE_FIELDS,
  type EditableField,
  type EditValues,
  editValuesOf,
} from './edit-conflict.ts';
import { ReadOnlyDetails } from './ReadOnlyDetails.tsx';
import { useUpdateWorkOrder } from './use-work-orders.ts';

/** Technicians edit their findings; desk staff also the complaint and the requested day. */
const WORK_FIELDS: readonly EditableField[] = ['diagnosis', 'workDone', 'resolutionCode'];

interface Conflict {
  theirs: EditValues;
  version: number;
}

export function WorkOrderEditForm({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const canUpdate = useCan('work_order:update');
  const canWork = useCan('work_order:work');
  const finished = order.phase === 'closed' || order.phase === 'cancelled';
  // A finished order is read-only until it is reopened (the reopen asks for a reason).
  const fields = finished ? [] : canUpdate ? EDITABLE_FIELDS : canWork ? WORK_FIELDS : [];
  const update = useUpdateWorkOrder(order.id);
  // What the draft was started from: the version sent with the save, and the values to diff.
  const [base, setBase] = useState(() => ({ values: editValuesOf(order), version: order.version }));
  const [draft, setDraft] = useState<EditValues>(() => editValuesOf(order));
  const [errors, setErrors] = useState<Partial<Record<EditableField, string>>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const dirty = Object.keys(changedBody(base.values, draft, fields)).length > 0;

  // A newer version arrived (our own save, a transition, another user): adopt it unless the
  // user is in the middle of an edit, which the conflict flow will rebase later.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the server's version only
  useEffect(() => {
    if (order.version === base.version || dirty) return;
    setBase({ values: editValuesOf(order), version: order.version });
    setDraft(editValuesOf(order));
  }, [order.version]);

  const set = (field: EditableField) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function save() {
    try {
      const saved = await update.mutateAsync({
        ...changedBody(base.values, draft, fields),
        version: base.version,
      });
      // The saved order is the new base, so the form is clean again and follows later versions.
      setBase({ values: editValuesOf(saved), version: saved.version });
      setDraft(editValuesOf(saved));
      notifySuccess(t('workOrders.edit.saved'));
      setConflict(null);
    } catch (error) {
      const current = conflictCurrent(error);
      if (current) {
        setConflict({ theirs: editValuesOf(current), version: current.version });
        return;
      }
      const fieldErrors = isApiError(error) ? fieldErrorsFor(error.fieldErrors, EDITABLE_FIELDS) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  if (fields.length === 0) return <ReadOnlyDetails order={order} />;
  const input = (field: EditableField) => ({
    value: draft[field],
    error: errors[field],
    disabled: !fields.includes(field),
    'data-testid': `wo-field-${field}`,
  });

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('workOrders.edit.title')}</Title>
        {conflict && (
          <ConflictAlert
            base={base.values}
            theirs={conflict.theirs}
            draft={draft}
            onRedo={(values) => {
              setBase({ values: conflict.theirs, version: conflict.version });
              setDraft(values);
              setConflict(null);
            }}
          />
        )}
        {!fields.includes('complaint') && (
          // Technicians do not edit the complaint, but they work from it.
          <div>
            <Text fz="sm" fw={600}>
              {t('workOrders.fields.complaint')}
            </Text>
            <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="wo-text-complaint">
              {order.complaint}
            </Text>
          </div>
        )}
        {fields.includes('complaint') && (
          <Textarea
            label={t('workOrders.fields.complaint')}
            autosize
            minRows={2}
            maxRows={6}
            {...input('complaint')}
            onChange={(event) => set('complaint')(event.currentTarget.value)}
          />
        )}
        <Textarea
          label={t('workOrders.fields.diagnosis')}
          placeholder={t('workOrders.edit.diagnosisHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...input('diagnosis')}
          onChange={(event) => set('diagnosis')(event.currentTarget.value)}
        />
        <Textarea
          label={t('workOrders.fields.workDone')}
          placeholder={t('workOrders.edit.workDoneHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...input('workDone')}
          onChange={(event) => set('workDone')(event.currentTarget.value)}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t('workOrders.fields.resolutionCode')}
            {...input('resolutionCode')}
            onChange={(event) => set('resolutionCode')(event.currentTarget.value)}
          />
          {fields.includes('requestedDate') && (
            <DayInput
              label={t('workOrders.fields.requestedDate')}
              {...input('requestedDate')}
              onChange={set('requestedDate')}
            />
          )}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            disabled={!dirty}
            onClick={() => {
              setDraft(base.values);
              setErrors({});
            }}
          >
            {t('workOrders.edit.discard')}
          </Button>
          <Button
            onClick={() => void save()}
            loading={update.isPending}
            disabled={!dirty || conflict !== null}
            data-testid="wo-save"
          >
            {t('workOrders.edit.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
