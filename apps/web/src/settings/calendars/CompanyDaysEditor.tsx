import { Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CompanyDayRow } from './CompanyDayRow.tsx';
import type { RowErrors } from './calendar-errors.ts';
import { type CompanyDayValue, newCompanyDay } from './calendar-form-values.ts';

interface CompanyDaysEditorProps {
  value: CompanyDayValue[];
  onChange: (next: CompanyDayValue[]) => void;
  errors: RowErrors;
  disabled: boolean;
}

export function CompanyDaysEditor({ value, onChange, errors, disabled }: CompanyDaysEditorProps) {
  const { t } = useTranslation();
  // A new day proposes the day after the last one: company days are usually entered in order.
  const add = () => {
    const last = value.at(-1)?.date;
    const next = last ? new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000) : new Date();
    onChange([...value, newCompanyDay(Number.isNaN(next.getTime()) ? '' : next.toISOString().slice(0, 10))]);
  };

  return (
    <Stack gap="sm">
      {errors.days && (
        <Text c="red" fz="sm" data-row-error>
          {errors.days}
        </Text>
      )}
      {value.length === 0 && (
        <Text c="dimmed" fz="sm">
          {t('calendars.form.noDays')}
        </Text>
      )}
      {value.map((day, index) => (
        <CompanyDayRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are addressed by place, as the server's paths are
          key={index}
          day={day}
          onChange={(next) => onChange(value.map((old, i) => (i === index ? next : old)))}
          onRemove={() => onChange(value.filter((_, i) => i !== index))}
          error={errors[`days.${index}`]}
          disabled={disabled}
          testId={`company-day-${index}`}
        />
      ))}
      {!disabled && (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={add}
          style={{ alignSelf: 'flex-start' }}
          data-testid="company-day-add"
        >
          {t('calendars.form.addDay')}
        </Button>
      )}
    </Stack>
  );
}
