import { Box, Stack, Text, Tooltip } from '@mantine/core';
import dayjs from 'dayjs';
import 'dayjs/locale/tr';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarYearDay } from '../../api/calendars-api.ts';
import { DAY_STYLES } from './day-colours.ts';
import { appearanceOf } from './month-grid.ts';

/** "Ramazan Bayramı Arifesi — 08:30–12:30", or "Kapalı" for a day without working time. */
export function describeDay(day: CalendarYearDay, closed: string): string {
  const hours = day.intervals.length > 0 ? day.intervals.map((i) => `${i.from}–${i.to}`).join(', ') : closed;
  return day.name ? `${day.name} — ${hours}` : hours;
}

interface DayCellProps {
  day: CalendarYearDay;
  today: boolean;
}

export const DayCell = memo(function DayCell({ day, today }: DayCellProps) {
  const { t, i18n } = useTranslation();
  const appearance = appearanceOf(day);
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'tr';
  const longDate = dayjs(day.date)
    .locale(lang)
    .format(lang === 'tr' ? 'D MMMM YYYY dddd' : 'dddd, D MMMM YYYY');
  const description = describeDay(day, t('calendars.year.closedAllDay'));

  return (
    <Tooltip
      label={
        <Stack gap={0}>
          <Text fz="xs" fw={700}>
            {longDate}
          </Text>
          <Text fz="xs">{t(`calendars.year.kinds.${appearance}`)}</Text>
          <Text fz="xs">{description}</Text>
        </Stack>
      }
      openDelay={60}
      events={{ hover: true, focus: true, touch: true }}
      withArrow
    >
      <Box
        tabIndex={0}
        role="gridcell"
        aria-label={`${longDate}: ${description}`}
        data-testid={`cal-day-${day.date}`}
        data-kind={appearance}
        style={{
          ...DAY_STYLES[appearance],
          borderWidth: 1,
          borderStyle: 'solid',
          borderRadius: 4,
          height: 26,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: 12,
          fontVariantNumeric: 'tabular-nums',
          cursor: 'default',
          outline: today ? '2px solid var(--mantine-color-dark-6)' : undefined,
          outlineOffset: 1,
        }}
      >
        {Number(day.date.slice(8, 10))}
      </Box>
    </Tooltip>
  );
});
