import { Button, Group, SegmentedControl, SimpleGrid, Stack, Switch, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { notifyError, notifySuccess } from '../app/notify.tsx';
import { fieldErrorsFor } from '../settings/users/form-errors.ts';
import { DateTimeInput } from './DateTimeInput.tsx';
import { istanbulLocalNow, istanbulLocalToIso } from './format.ts';
import { useAddActivity } from './use-work-orders.ts';

type Kind = 'note' | 'time_entry';
const FIELDS = ['description', 'startedAt', 'endedAt'] as const;

/** A note (internal or for the customer) or a time entry with its start and end. */
export function AddActivityForm({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const add = useAddActivity(orderId);
  const [kind, setKind] = useState<Kind>('note');
  const [description, setDescription] = useState('');
  const [forCustomer, setForCustomer] = useState(false);
  const [start, setStart] = useState(() => istanbulLocalNow(-60));
  const [end, setEnd] = useState(() => istanbulLocalNow());
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});

  async function submit() {
    if (!description.trim()) {
      setErrors({ description: t('workOrders.note.required') });
      return;
    }
    try {
      await add.mutateAsync({
        kind,
        description: description.trim(),
        visibility: forCustomer ? 'customer' : 'internal',
        ...(kind === 'time_entry'
          ? { startedAt: istanbulLocalToIso(start), endedAt: istanbulLocalToIso(end) }
          : {}),
      });
      notifySuccess(t(kind === 'note' ? 'workOrders.note.added' : 'workOrders.note.timeAdded'));
      setDescription('');
      setErrors({});
    } catch (error) {
      const fieldErrors = isApiError(error) ? fieldErrorsFor(error.fieldErrors, FIELDS) : {};
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else notifyError(error);
    }
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          value={kind}
          onChange={(value) => setKind(value as Kind)}
          data={[
            { value: 'note', label: t('workOrders.note.kindNote') },
            { value: 'time_entry', label: t('workOrders.note.kindTime') },
          ]}
          data-testid="wo-note-kind"
        />
        <Textarea
          placeholder={t(kind === 'note' ? 'workOrders.note.placeholder' : 'workOrders.note.timePlaceholder')}
          aria-label={t('workOrders.note.label')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.description}
          autosize
          minRows={2}
          data-testid="wo-note-input"
        />
        {kind === 'time_entry' && (
          <SimpleGrid cols={2} spacing="xs">
            <DateTimeInput
              label={t('workOrders.note.start')}
              value={start}
              onChange={setStart}
              error={errors.startedAt}
              data-testid="wo-time-start"
            />
            <DateTimeInput
              label={t('workOrders.note.end')}
              value={end}
              onChange={setEnd}
              error={errors.endedAt}
              data-testid="wo-time-end"
            />
          </SimpleGrid>
        )}
        <Group justify="space-between">
          <Switch
            size="sm"
            label={t('workOrders.note.customerVisible')}
            checked={forCustomer}
            onChange={(event) => setForCustomer(event.currentTarget.checked)}
            data-testid="wo-note-visibility"
          />
          <Button type="submit" size="xs" loading={add.isPending} data-testid="wo-note-submit">
            {t('workOrders.note.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
