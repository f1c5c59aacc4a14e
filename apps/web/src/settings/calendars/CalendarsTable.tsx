import { Badge, Group, Table, Text } from '@mantine/core';
import { IconCalendarMonth, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '../../api/calendars-api.ts';
import { AnchorLink, ButtonLink } from './RouterLinks.tsx';
import { summariseWeek } from './week-summary.ts';

interface CalendarsTableProps {
  calendars: BusinessCalendar[];
  canEdit: boolean;
}

export function CalendarsTable({ calendars, canEdit }: CalendarsTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.resolvedLanguage === 'en' ? 'en' : 'tr');

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="calendars-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('calendars.columns.name')}</Table.Th>
            <Table.Th>{t('calendars.columns.timeZone')}</Table.Th>
            <Table.Th>{t('calendars.columns.week')}</Table.Th>
            <Table.Th>{t('calendars.columns.holidays')}</Table.Th>
            <Table.Th ta="right">{t('calendars.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {calendars.map((calendar) => {
            const week = summariseWeek(calendar.weeklyHours);
            const params = { calendarId: calendar.id };
            return (
              <Table.Tr
                key={calendar.id}
                data-testid="calendar-row"
                data-calendar-id={calendar.id}
                data-default={calendar.isDefault}
              >
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <AnchorLink to="/settings/calendars/$calendarId" params={params} fw={600}>
                      {calendar.name}
                    </AnchorLink>
                    {calendar.isDefault && (
                      <Badge
                        variant="light"
                        size="sm"
                        style={{ flexShrink: 0 }}
                        data-testid="calendar-default-badge"
                      >
                        {t('calendars.default')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">{calendar.timeZone}</Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">
                    {t('calendars.weekSummary', { days: week.days, hours: number.format(week.hours) })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm">
                    {calendar.publicHolidays === 'TR' ? t('calendars.publicOn') : t('calendars.publicOff')}
                    {calendar.days.length > 0 && (
                      <Text span c="dimmed" fz="sm">
                        {' · '}
                        {t('calendars.companyDaysCount', { count: calendar.days.length })}
                      </Text>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <ButtonLink
                      to="/settings/calendars/$calendarId/year"
                      params={params}
                      variant="light"
                      size="xs"
                      leftSection={<IconCalendarMonth size={16} />}
                      data-testid="calendar-year"
                    >
                      {t('calendars.yearView')}
                    </ButtonLink>
                    <ButtonLink
                      to="/settings/calendars/$calendarId"
                      params={params}
                      variant="default"
                      size="xs"
                      leftSection={<IconPencil size={16} />}
                      data-testid="calendar-edit"
                    >
                      {canEdit ? t('calendars.edit') : t('calendars.view')}
                    </ButtonLink>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
