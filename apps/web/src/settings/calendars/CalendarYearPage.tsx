import {
  ActionIcon,
  Alert,
  Center,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconPencil } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/notify.tsx';
import { useCan } from '../../auth/session-hooks.ts';
import { usePageTitle } from '../../pages/use-page-title.ts';
import { CalendarPageHeader } from './CalendarPageHeader.tsx';
import { MonthCalendar } from './MonthCalendar.tsx';
import { buildMonthGrids, countAppearances, specialDays } from './month-grid.ts';
import { ButtonLink } from './RouterLinks.tsx';
import { SpecialDaysTable } from './SpecialDaysTable.tsx';
import { useCalendar, useCalendarYear } from './use-calendars.ts';
import { YearLegend } from './YearLegend.tsx';

function Stat({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** `/settings/calendars/$calendarId/year?year=2026`: the whole year at a glance. */
export function CalendarYearPage({ calendarId, year }: { calendarId: string; year: number }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCan('settings:write');
  const calendar = useCalendar(calendarId);
  const query = useCalendarYear(calendarId, year);
  usePageTitle(`${calendar.data?.name ?? t('calendars.tab')} · ${year}`);
  const number = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en' : 'tr');
  const data = query.data;
  const days = data?.days;
  const grids = useMemo(() => (days ? buildMonthGrids(days) : []), [days]);
  const counts = useMemo(() => (days ? countAppearances(days) : null), [days]);
  const special = useMemo(() => (days ? specialDays(days) : []), [days]);
  const today = new Date().toLocaleDateString('sv-SE');
  const go = (next: number) =>
    void navigate({
      to: '/settings/calendars/$calendarId/year',
      params: { calendarId },
      search: { year: next },
    });

  return (
    <>
      <CalendarPageHeader
        title={calendar.data?.name ?? ''}
        isDefault={calendar.data?.isDefault}
        actions={
          <ButtonLink
            to="/settings/calendars/$calendarId"
            params={{ calendarId }}
            variant="default"
            leftSection={<IconPencil size={18} />}
            data-testid="calendar-open-edit"
          >
            {canEdit ? t('calendars.edit') : t('calendars.view')}
          </ButtonLink>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md">
          <Group justify="space-between" align="center" mb="sm">
            <Group gap="xs">
              <ActionIcon
                variant="default"
                onClick={() => go(year - 1)}
                disabled={year <= 2000}
                aria-label={t('calendars.year.previous')}
                data-testid="cal-year-prev"
              >
                <IconChevronLeft size={18} />
              </ActionIcon>
              <Title order={3} w={90} ta="center" data-testid="cal-year">
                {year}
              </Title>
              <ActionIcon
                variant="default"
                onClick={() => go(year + 1)}
                disabled={year >= 2099}
                aria-label={t('calendars.year.next')}
                data-testid="cal-year-next"
              >
                <IconChevronRight size={18} />
              </ActionIcon>
              {query.isFetching && <Loader size={16} ml="xs" />}
            </Group>
            {data && (
              <Group gap="xl">
                <Stat
                  label={t('calendars.year.workingDays')}
                  value={number.format(data.workingDays)}
                  testId="cal-working-days"
                />
                <Stat
                  label={t('calendars.year.workingHours')}
                  value={t('calendars.year.hoursValue', { hours: number.format(data.workingHours) })}
                  testId="cal-working-hours"
                />
              </Group>
            )}
          </Group>
          {counts && <YearLegend counts={counts} />}
        </Paper>

        {query.isError && !data ? (
          <Alert color="red" variant="light" title={t('calendars.year.loadFailed')}>
            {errorMessage(query.error)}
          </Alert>
        ) : !data ? (
          <Center py={64}>
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm" data-testid="cal-year-grid">
              {grids.map((grid) => (
                <MonthCalendar key={grid.month} grid={grid} year={data.year} today={today} />
              ))}
            </SimpleGrid>
            <Paper withBorder p="md">
              <Title order={4} mb="sm">
                {t('calendars.year.special')}
              </Title>
              <SpecialDaysTable days={special} />
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
}
