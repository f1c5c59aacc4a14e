import {
  Alert,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconClockPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendar, Priority } from '../../api/calendars-api.ts';
import { errorMessage } from '../../app/notify.tsx';
import { WallClockInput } from '../../sla/WallClockInput.tsx';
import { SlaPreviewResults } from './SlaPreviewResults.tsx';
import { useSlaPreview } from './use-calendars.ts';
import { wallClockNow, wallClockToIso } from './zoned-time.ts';

const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];

interface SlaPreviewPanelProps {
  calendars: BusinessCalendar[];
  /** The calendar chosen first; the default calendar when omitted. */
  initialCalendarId?: string;
}

/** When would an order received at a given moment be due? Reusable wherever calendars are known. */
export function SlaPreviewPanel({ calendars, initialCalendarId }: SlaPreviewPanelProps) {
  const { t } = useTranslation();
  const fallback = calendars.find((c) => c.isDefault) ?? calendars[0];
  const [priority, setPriority] = useState<Priority>('P1');
  const [calendarId, setCalendarId] = useState<string | null>(initialCalendarId ?? fallback?.id ?? null);
  const calendar = calendars.find((c) => c.id === calendarId) ?? fallback;
  const timeZone = calendar?.timeZone ?? 'Europe/Istanbul';
  const [received, setReceived] = useState(() => wallClockNow(timeZone));
  const [debounced] = useDebouncedValue(received, 300);
  const receivedAt = wallClockToIso(debounced, timeZone);
  const preview = useSlaPreview(
    receivedAt && calendar ? { priority, calendarId: calendar.id, receivedAt } : null,
  );

  return (
    <Paper withBorder p="lg" data-testid="sla-preview">
      <Group gap="xs" mb={4}>
        <IconClockPlay size={20} />
        <Title order={4}>{t('slaPreview.title')}</Title>
        {preview.isFetching && <Loader size={14} />}
      </Group>
      <Text c="dimmed" fz="sm" mb="md">
        {t('slaPreview.subtitle')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="sm">
          <div>
            <Text fz="sm" fw={500} mb={4}>
              {t('slaPreview.priority')}
            </Text>
            <SegmentedControl
              value={priority}
              onChange={(value) => setPriority(value as Priority)}
              data={PRIORITIES}
              aria-label={t('slaPreview.priority')}
              data-testid="sla-preview-priority"
            />
          </div>
          <Select
            label={t('slaPreview.calendar')}
            data={calendars.map((c) => ({ value: c.id, label: c.name }))}
            value={calendar?.id ?? null}
            onChange={(value) => value && setCalendarId(value)}
            allowDeselect={false}
            data-testid="sla-preview-calendar"
          />
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <WallClockInput
              label={t('slaPreview.receivedAt')}
              description={t('slaPreview.receivedAtHint', { timeZone })}
              value={received}
              onChange={(next) => setReceived(next)}
              style={{ flex: 1 }}
              data-testid="sla-preview-received"
            />
            <Button variant="default" onClick={() => setReceived(wallClockNow(timeZone))}>
              {t('slaPreview.now')}
            </Button>
          </Group>
        </Stack>
        {preview.isError ? (
          <Alert color="red" variant="light" title={t('slaPreview.failed')} data-testid="sla-preview-error">
            {errorMessage(preview.error)}
          </Alert>
        ) : (
          preview.data && <SlaPreviewResults preview={preview.data} />
        )}
      </SimpleGrid>
    </Paper>
  );
}
