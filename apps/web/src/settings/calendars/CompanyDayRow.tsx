import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CompanyDayKind, CompanyDayValue } from './calendar-form-values.ts';
import { IntervalInputs } from './IntervalInputs.tsx';
import { TimeField } from './TimeField.tsx';

const KINDS: CompanyDayKind[] = ['holiday', 'half-day', 'working-day'];

interface CompanyDayRowProps {
  day: CompanyDayValue;
  onChange: (next: CompanyDayValue) => void;
  onRemove: () => void;
  error: string | undefined;
  disabled: boolean;
  /** `company-day-3` */
  testId: string;
}

/** A company holiday, a half day closing early, or an exceptional working day with its hours. */
export function CompanyDayRow({ day, onChange, onRemove, error, disabled, testId }: CompanyDayRowProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<CompanyDayValue>) => onChange({ ...day, ...changes });

  return (
    <Paper
      withBorder
      p="sm"
      data-testid={testId}
      data-invalid={error !== undefined}
      style={error ? { borderColor: 'var(--mantine-color-red-5)' } : undefined}
    >
      <Stack gap={6}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            type="date"
            label={t('calendars.form.date')}
            value={day.date}
            onChange={(event) => set({ date: event.currentTarget.value })}
            disabled={disabled}
            w={160}
            data-testid={`${testId}-date`}
          />
          <Select
            label={t('calendars.form.kind')}
            data={KINDS.map((kind) => ({ value: kind, label: t(`calendars.form.kinds.${kind}`) }))}
            value={day.kind}
            onChange={(kind) => kind && set({ kind: kind as CompanyDayKind })}
            allowDeselect={false}
            disabled={disabled}
            w={160}
            data-testid={`${testId}-kind`}
          />
          <TextInput
            label={t('calendars.form.dayName')}
            placeholder={t('calendars.form.dayNamePlaceholder')}
            value={day.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            disabled={disabled}
            style={{ flex: 1, minWidth: 180 }}
            data-testid={`${testId}-name`}
          />
          {day.kind === 'half-day' && (
            <TimeField
              label={t('calendars.form.closesAt')}
              value={day.closesAt}
              onChange={(closesAt) => set({ closesAt })}
              disabled={disabled}
              w={90}
              data-testid={`${testId}-closes-at`}
            />
          )}
          {!disabled && (
            <Tooltip label={t('calendars.form.removeDay')}>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                onClick={onRemove}
                aria-label={t('calendars.form.removeDay')}
                data-testid={`${testId}-remove`}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        {day.kind === 'working-day' && (
          <Group gap="md" align="flex-start">
            <Text fz="sm" fw={500} pt={6}>
              {t('calendars.form.hours')}
            </Text>
            {day.hours.map((interval, index) => (
              <IntervalInputs
                // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity but their place
                key={index}
                interval={interval}
                onChange={(next) => set({ hours: day.hours.map((old, i) => (i === index ? next : old)) })}
                onRemove={() => set({ hours: day.hours.filter((_, i) => i !== index) })}
                disabled={disabled}
                testId={`${testId}-hours-${index}`}
              />
            ))}
            {!disabled && day.hours.length < 6 && (
              <Button
                variant="subtle"
                size="xs"
                mt={4}
                leftSection={<IconPlus size={14} />}
                onClick={() => set({ hours: [...day.hours, { from: '', to: '' }] })}
              >
                {t('calendars.form.addInterval')}
              </Button>
            )}
          </Group>
        )}
        {error && (
          <Text c="red" fz="xs" data-row-error data-testid={`${testId}-error`}>
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
