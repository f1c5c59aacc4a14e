import { Badge, Box, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RowErrors } from './calendar-errors.ts';
import {
  alwaysOpenWeek,
  type IntervalValue,
  officeWeek,
  WEEKDAYS,
  type Weekday,
} from './calendar-form-values.ts';
import { IntervalInputs } from './IntervalInputs.tsx';

type Week = Record<Weekday, IntervalValue[]>;

interface WeeklyHoursEditorProps {
  value: Week;
  onChange: (next: Week) => void;
  errors: RowErrors;
  disabled: boolean;
}

/** A new interval starts where the day's last one ends, so a second shift is one click away. */
function nextInterval(intervals: IntervalValue[]): IntervalValue {
  const last = intervals.at(-1);
  if (!last) return { from: '08:30', to: '18:00' };
  return last.to >= '23:00'
    ? { from: '', to: '' }
    : { from: last.to, to: last.to < '18:00' ? '18:00' : '24:00' };
}

export function WeeklyHoursEditor({ value, onChange, errors, disabled }: WeeklyHoursEditorProps) {
  const { t } = useTranslation();
  const setDay = (day: Weekday, intervals: IntervalValue[]) => onChange({ ...value, [day]: intervals });
  const copyMonday = () => {
    const monday = value.mon.map((i) => ({ ...i }));
    onChange({ ...value, tue: monday, wed: [...monday], thu: [...monday], fri: [...monday] });
  };

  return (
    <Stack gap="xs">
      {!disabled && (
        <Group gap="xs">
          <Menu position="bottom-start">
            <Menu.Target>
              <Button variant="default" size="xs" rightSection={<IconChevronDown size={14} />}>
                {t('calendars.form.presets')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onChange(officeWeek())} data-testid="calendar-form-office-hours">
                {t('calendars.form.officeHours')}
              </Menu.Item>
              <Menu.Item onClick={copyMonday} data-testid="calendar-form-copy-monday">
                {t('calendars.form.copyMonday')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          <Button
            variant="default"
            size="xs"
            onClick={() => onChange(alwaysOpenWeek())}
            data-testid="calendar-form-always-open"
          >
            {t('calendars.form.alwaysOpen')}
          </Button>
        </Group>
      )}
      {errors.weeklyHours && (
        <Text c="red" fz="sm" data-row-error data-testid="weekly-hours-error">
          {errors.weeklyHours}
        </Text>
      )}
      {WEEKDAYS.map((day) => {
        const intervals = value[day];
        const dayError = errors[`weeklyHours.${day}`];
        return (
          <Group
            key={day}
            gap="md"
            align="flex-start"
            wrap="nowrap"
            py={6}
            style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
            data-testid={`weekday-${day}`}
          >
            <Box w={110} pt={6} style={{ flexShrink: 0 }}>
              <Text fw={500} fz="sm">
                {t(`calendars.weekdays.${day}`)}
              </Text>
            </Box>
            <Stack gap={4} style={{ flex: 1 }}>
              <Group gap="md" align="flex-start">
                {intervals.length === 0 && (
                  <Badge variant="light" color="gray" mt={6}>
                    {t('calendars.form.closed')}
                  </Badge>
                )}
                {intervals.map((interval, index) => (
                  <IntervalInputs
                    // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity but their place
                    key={index}
                    interval={interval}
                    onChange={(next) =>
                      setDay(
                        day,
                        intervals.map((old, i) => (i === index ? next : old)),
                      )
                    }
                    onRemove={() =>
                      setDay(
                        day,
                        intervals.filter((_, i) => i !== index),
                      )
                    }
                    error={errors[`weeklyHours.${day}.${index}`]}
                    disabled={disabled}
                    testId={`interval-${day}-${index}`}
                  />
                ))}
                {!disabled && intervals.length < 6 && (
                  <Button
                    variant="subtle"
                    size="xs"
                    mt={4}
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setDay(day, [...intervals, nextInterval(intervals)])}
                    data-testid={`weekday-${day}-add`}
                  >
                    {t('calendars.form.addInterval')}
                  </Button>
                )}
              </Group>
              {dayError && (
                <Text c="red" fz="xs" data-row-error data-testid={`weekday-${day}-error`}>
                  {dayError}
                </Text>
              )}
            </Stack>
          </Group>
        );
      })}
    </Stack>
  );
}
