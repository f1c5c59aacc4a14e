import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IntervalValue } from './calendar-form-values.ts';
import { TimeField } from './TimeField.tsx';

interface IntervalInputsProps {
  interval: IntervalValue;
  onChange: (next: IntervalValue) => void;
  onRemove?: () => void;
  /** Prefix of the test ids, e.g. `interval-mon-1` → `interval-mon-1-from`. */
  testId: string;
  /** The row's error (overlap, bad time), shown right under it. */
  error?: string | undefined;
  disabled: boolean;
}

/** One working interval: from – to, and a remove button. */
export function IntervalInputs({
  interval,
  onChange,
  onRemove,
  testId,
  error,
  disabled,
}: IntervalInputsProps) {
  const { t } = useTranslation();
  const invalid = error !== undefined;
  return (
    <Stack gap={2} data-testid={testId} data-invalid={invalid}>
      <Group gap={4} wrap="nowrap">
        <TimeField
          value={interval.from}
          onChange={(from) => onChange({ ...interval, from })}
          aria-label={t('calendars.form.from')}
          error={invalid}
          disabled={disabled}
          data-testid={`${testId}-from`}
        />
        <Text c="dimmed">–</Text>
        <TimeField
          value={interval.to}
          onChange={(to) => onChange({ ...interval, to })}
          aria-label={t('calendars.form.to')}
          error={invalid}
          disabled={disabled}
          data-testid={`${testId}-to`}
        />
        {onRemove && !disabled && (
          <Tooltip label={t('calendars.form.removeInterval')}>
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={onRemove}
              aria-label={t('calendars.form.removeInterval')}
              data-testid={`${testId}-remove`}
            >
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      {error && (
        <Text c="red" fz="xs" maw={240} data-row-error data-testid={`${testId}-error`}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
