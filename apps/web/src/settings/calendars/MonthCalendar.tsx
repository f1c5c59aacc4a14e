import { Box, Paper, Text } from '@mantine/core';
import dayjs from 'dayjs';
import 'dayjs/locale/tr';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from './calendar-form-values.ts';
import { DayCell } from './DayCell.tsx';
import type { MonthGrid } from './month-grid.ts';

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 3 } as const;

/** One month, Monday first, each day painted by its kind. */
export function MonthCalendar({ grid, year, today }: { grid: MonthGrid; year: number; today: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'tr';
  const title = dayjs(new Date(year, grid.month, 1))
    .locale(lang)
    .format('MMMM');

  return (
    <Paper withBorder p="xs" role="grid" aria-label={title} data-testid={`cal-month-${grid.month + 1}`}>
      <Text fw={600} fz="sm" mb={4} tt="capitalize">
        {title}
      </Text>
      <Box style={GRID} mb={3} role="row">
        {WEEKDAYS.map((day) => (
          <Text key={day} fz={10} c="dimmed" ta="center" fw={600} role="columnheader">
            {t(`calendars.weekdaysShort.${day}`)}
          </Text>
        ))}
      </Box>
      {grid.weeks.map((week) => (
        <Box key={week.find((d) => d)?.date} style={GRID} mb={3} role="row">
          {week.map((day, index) =>
            day ? (
              <DayCell key={day.date} day={day} today={day.date === today} />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: empty padding cells
              <div key={index} />
            ),
          )}
        </Box>
      ))}
    </Paper>
  );
}
