import { Alert, Button, Group, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '../../api/calendars-api.ts';
import { CompanyDaysEditor } from './CompanyDaysEditor.tsx';
import { type CalendarFormValues, newCalendarValues, toFormValues } from './calendar-form-values.ts';
import { timeZoneOptions } from './time-zones.ts';
import { useSaveCalendar } from './use-save-calendar.ts';
import { WeeklyHoursEditor } from './WeeklyHoursEditor.tsx';

interface CalendarFormProps {
  /** null: a new calendar. */
  calendar: BusinessCalendar | null;
  canEdit: boolean;
  onCreated: (calendar: BusinessCalendar) => void;
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb={hint ? 2 : 'sm'}>
        {title}
      </Title>
      {hint && (
        <Text c="dimmed" fz="sm" mb="sm">
          {hint}
        </Text>
      )}
      {children}
    </Paper>
  );
}

export function CalendarForm({ calendar, canEdit, onCreated }: CalendarFormProps) {
  const { t } = useTranslation();
  // The version edits are made against; replaced after a save or a 409, never by a refetch.
  const [base, setBase] = useState(calendar);
  const [values, setValues] = useState<CalendarFormValues>(() =>
    calendar ? toFormValues(calendar) : newCalendarValues(),
  );
  const { save, errors, unplaced, clearRows, saving, reset } = useSaveCalendar(base);
  const dirty = !base || JSON.stringify(values) !== JSON.stringify(toFormValues(base));
  const disabled = !canEdit;
  const change = <Key extends keyof CalendarFormValues>(key: Key, value: CalendarFormValues[Key]) => {
    setValues((old) => ({ ...old, [key]: value }));
    clearRows(key);
  };
  const hasErrors = Object.keys(errors).length > 0 || unplaced.length > 0;
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);

  // The save bar is sticky at the bottom: bring the first complaint to the middle of the screen
  // rather than leave it under the bar or off screen.
  useEffect(() => {
    if (refusals === 0) return;
    const first = formRef.current?.querySelector('[data-row-error], [aria-invalid="true"]');
    if (!first) return;
    // The window only: scrollIntoView would also shift the shell's overflow-hidden frame.
    const { top } = first.getBoundingClientRect();
    window.scrollBy({ top: top - window.innerHeight / 2 });
  }, [refusals]);

  async function submit() {
    const { saved, reloaded } = await save(values);
    const next = saved ?? reloaded;
    if (!next) return setRefusals((n) => n + 1);
    if (!base) return onCreated(next);
    setBase(next);
    setValues(reset(next));
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Section title={t('calendars.form.general')}>
          <Group gap="md" align="flex-start" wrap="wrap">
            <TextInput
              label={t('calendars.form.name')}
              placeholder={t('calendars.form.namePlaceholder')}
              withAsterisk
              value={values.name}
              onChange={(event) => change('name', event.currentTarget.value)}
              error={errors.name}
              disabled={disabled}
              style={{ flex: 1, minWidth: 260 }}
              data-testid="calendar-form-name"
            />
            <Select
              label={t('calendars.form.timeZone')}
              data={timeZoneOptions(values.timeZone)}
              value={values.timeZone}
              onChange={(zone) => zone && change('timeZone', zone)}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('calendars.form.noTimeZone')}
              error={errors.timeZone}
              disabled={disabled}
              w={260}
              data-testid="calendar-form-timezone"
            />
          </Group>
          <Switch
            mt="md"
            label={t('calendars.form.isDefault')}
            description={
              base?.isDefault ? t('calendars.form.isDefaultLocked') : t('calendars.form.isDefaultHint')
            }
            checked={values.isDefault}
            onChange={(event) => change('isDefault', event.currentTarget.checked)}
            disabled={disabled || base?.isDefault === true}
            data-testid="calendar-form-default"
          />
        </Section>

        <Section title={t('calendars.form.weeklyHours')} hint={t('calendars.form.weeklyHoursHint')}>
          <WeeklyHoursEditor
            value={values.weeklyHours}
            onChange={(week) => change('weeklyHours', week)}
            errors={errors}
            disabled={disabled}
          />
        </Section>

        <Section title={t('calendars.form.companyDays')} hint={t('calendars.form.companyDaysHint')}>
          <Switch
            mb="md"
            label={t('calendars.form.publicHolidays')}
            description={t('calendars.form.publicHolidaysHint')}
            checked={values.publicHolidays}
            onChange={(event) => change('publicHolidays', event.currentTarget.checked)}
            disabled={disabled}
            data-testid="calendar-form-public-holidays"
          />
          <CompanyDaysEditor
            value={values.days}
            onChange={(days) => change('days', days)}
            errors={errors}
            disabled={disabled}
          />
        </Section>

        {canEdit && (
          <Paper
            withBorder
            p="sm"
            shadow="sm"
            style={{ position: 'sticky', bottom: 12, zIndex: 5 }}
            data-testid="calendar-form-footer"
          >
            {/* Save on the left: the notifications stack up at the bottom right. */}
            <Group gap="md" wrap="nowrap">
              <Button
                type="submit"
                loading={saving}
                disabled={!dirty}
                leftSection={<IconDeviceFloppy size={18} />}
                data-testid="calendar-form-save"
              >
                {base ? t('calendars.form.save') : t('calendars.form.create')}
              </Button>
              {hasErrors && (
                <Alert
                  color="red"
                  variant="light"
                  icon={<IconAlertTriangle size={18} />}
                  py={6}
                  style={{ flex: 1 }}
                  data-testid="calendar-form-errors"
                >
                  {[t('calendars.form.fixErrors'), ...unplaced].join(' ')}
                </Alert>
              )}
            </Group>
          </Paper>
        )}
      </Stack>
    </form>
  );
}
