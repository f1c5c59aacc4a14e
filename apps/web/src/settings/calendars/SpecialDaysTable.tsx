import { Badge, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import 'dayjs/locale/tr';
import { useTranslation } from 'react-i18next';
import type { CalendarYearDay } from '../../api/calendars-api.ts';
import { DAY_STYLES } from './day-colours.ts';
import { appearanceOf } from './month-grid.ts';

/** Every holiday and special day of the year in one list, to check against the official one. */
export function SpecialDaysTable({ days }: { days: CalendarYearDay[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'tr';
  if (days.length === 0) return <Text c="dimmed">{t('calendars.year.noSpecial')}</Text>;

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing={6} data-testid="cal-special-days">
        <Table.Tbody>
          {days.map((day) => {
            const appearance = appearanceOf(day);
            const style = DAY_STYLES[appearance];
            return (
              <Table.Tr key={day.date} data-testid={`cal-special-${day.date}`}>
                <Table.Td w={220}>
                  <Text fz="sm">{dayjs(day.date).locale(lang).format('D MMMM dddd')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={500}>
                    {day.name ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td w={200}>
                  <Badge
                    variant="filled"
                    style={{
                      background: style.background,
                      color: style.color,
                      border: `1px solid ${style.borderColor}`,
                    }}
                  >
                    {t(`calendars.year.kinds.${appearance}`)}
                  </Badge>
                </Table.Td>
                <Table.Td w={200}>
                  <Text fz="sm" c={day.intervals.length ? undefined : 'dimmed'}>
                    {day.intervals.length
                      ? day.intervals.map((i) => `${i.from}–${i.to}`).join(', ')
                      : t('calendars.year.closedAllDay')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
