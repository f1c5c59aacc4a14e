import { Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { Impact, Urgency, WorkOrderChannel, WorkOrderType } from '@usta/core/work-orders';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../DayInput.tsx';
import { enumOptions } from '../enum-options.ts';
import { PriorityBadge } from '../PriorityBadge.tsx';
import { useCategories, usePriorityMatrix } from '../use-work-orders.ts';
import { type CreateField, type CreateValues, livePriority } from './create-form.ts';

interface OrderFieldsSectionProps {
  values: CreateValues;
  errors: Partial<Record<CreateField, string>>;
  onChange: (patch: Partial<CreateValues>) => void;
}

/** What the caller wants: channel, type, complaint, category, impact × urgency, the day. */
export function OrderFieldsSection({ values, errors, onChange }: OrderFieldsSectionProps) {
  const { t, i18n } = useTranslation();
  const options = enumOptions(t);
  const categories = useCategories();
  const matrix = usePriorityMatrix();
  const priority = livePriority(values, matrix.data);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('workOrders.fields.channel')}
          data={options.channels}
          value={values.channel}
          onChange={(channel) => channel && onChange({ channel: channel as WorkOrderChannel })}
          error={errors.channel}
          allowDeselect={false}
          data-testid="wo-create-channel"
        />
        <Select
          label={t('workOrders.fields.type')}
          data={options.types}
          value={values.type}
          onChange={(type) => type && onChange({ type: type as WorkOrderType })}
          error={errors.type}
          allowDeselect={false}
          data-testid="wo-create-type"
        />
      </SimpleGrid>
      <Textarea
        label={t('workOrders.fields.complaint')}
        placeholder={t('workOrders.create.complaintHint')}
        withAsterisk
        autosize
        minRows={3}
        maxRows={8}
        value={values.complaint}
        onChange={(event) => onChange({ complaint: event.currentTarget.value })}
        error={errors.complaint}
        data-testid="wo-create-complaint"
      />
      <Select
        label={t('workOrders.fields.category')}
        data={(categories.data?.items ?? [])
          .filter((category) => category.active)
          .map((category) => ({
            value: category.id,
            label: i18n.resolvedLanguage === 'en' ? (category.nameEn ?? category.nameTr) : category.nameTr,
          }))}
        value={values.categoryId}
        onChange={(categoryId) => onChange({ categoryId })}
        error={errors.categoryId}
        searchable
        clearable
        data-testid="wo-create-category"
      />
      <SimpleGrid cols={3} spacing="sm">
        <Select
          label={t('workOrders.fields.impact')}
          data={options.levels}
          value={values.impact}
          onChange={(impact) => onChange({ impact: impact as Impact | null })}
          error={errors.impact}
          clearable
          data-testid="wo-create-impact"
        />
        <Select
          label={t('workOrders.fields.urgency')}
          data={options.levels}
          value={values.urgency}
          onChange={(urgency) => onChange({ urgency: urgency as Urgency | null })}
          error={errors.urgency}
          clearable
          data-testid="wo-create-urgency"
        />
        <Stack gap={4}>
          <Text fz="sm" fw={500}>
            {t('workOrders.fields.priority')}
          </Text>
          <Group gap="xs" h={36} data-testid="wo-create-priority" data-priority={priority ?? ''}>
            {priority ? (
              <>
                <PriorityBadge priority={priority} size="lg" />
                <Text fz="xs" c="dimmed">
                  {t(`workOrders.priorityHint.${priority}`)}
                </Text>
              </>
            ) : (
              <Text fz="xs" c="dimmed">
                {t('workOrders.create.priorityPending')}
              </Text>
            )}
          </Group>
        </Stack>
      </SimpleGrid>
      <DayInput
        label={t('workOrders.fields.requestedDate')}
        value={values.requestedDate}
        onChange={(requestedDate) => onChange({ requestedDate })}
        error={errors.requestedDate}
        w={220}
        data-testid="wo-create-requested-date"
      />
    </Stack>
  );
}
