import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaPreview } from '../../api/calendars-api.ts';
import { formatCalendarTime, offsetOf } from './zoned-time.ts';

type Target = SlaPreview['targets']['firstResponse'];
const UNITS = ['minutes', 'hours', 'businessDays'] as const;

function ResultRow({
  label,
  value,
  meta,
  testId,
}: {
  label: string;
  value: string;
  meta?: ReactNode;
  testId: string;
}) {
  return (
    <div>
      <Group gap="xs">
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        {meta}
      </Group>
      <Text fz="lg" fw={600} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** The preview's answer, on the calendar's own clock (the answer carries the offset). */
export function SlaPreviewResults({ preview }: { preview: SlaPreview }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'tr';
  const format = (iso: string | null) => (iso ? formatCalendarTime(iso, locale) : t('slaPreview.noTarget'));
  const target = (value: Target) => {
    const unit = UNITS.find((u) => u === value?.unit);
    return value && unit ? (
      <Badge variant="light" size="sm">
        {t(`slaPreview.units.${unit}`, { count: value.amount })}
      </Badge>
    ) : null;
  };

  return (
    <Stack gap="sm" data-testid="sla-preview-results">
      <ResultRow
        label={t('slaPreview.clockStarts')}
        value={format(preview.clockStartsAt)}
        testId="sla-preview-clock-start"
      />
      <ResultRow
        label={t('slaPreview.firstResponse')}
        value={format(preview.responseDueAt)}
        meta={target(preview.targets.firstResponse)}
        testId="sla-preview-response"
      />
      <ResultRow
        label={t('slaPreview.resolution')}
        value={format(preview.resolutionDueAt)}
        meta={target(preview.targets.resolution)}
        testId="sla-preview-resolution"
      />
      <Text fz="xs" c="dimmed">
        {preview.timeZone} (UTC{offsetOf(preview.clockStartsAt)})
      </Text>
    </Stack>
  );
}
