import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DAY_STYLES } from './day-colours.ts';
import { APPEARANCES, type DayAppearance } from './month-grid.ts';

/** What each colour means, with how many days of the year have it. */
export function YearLegend({ counts }: { counts: Record<DayAppearance, number> }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" aria-label={t('calendars.year.legend')} data-testid="cal-legend">
      {APPEARANCES.map((appearance) => (
        <Group key={appearance} gap={6} wrap="nowrap" data-testid={`cal-legend-${appearance}`}>
          <Box
            w={16}
            h={16}
            style={{ ...DAY_STYLES[appearance], borderWidth: 1, borderStyle: 'solid', borderRadius: 3 }}
          />
          <Text fz="sm">
            {t(`calendars.year.kinds.${appearance}`)}{' '}
            <Text span c="dimmed" fz="sm">
              ({counts[appearance]})
            </Text>
          </Text>
        </Group>
      ))}
    </Group>
  );
}
