import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconClockPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '../../api/calendars-api.ts';
import type { SlaPreview, SlaPriority } from '../../api/sla-api.ts';
import { errorMessage } from '../../app/notify.tsx';
import {
  formatCalendarTime,
  offsetOf,
  wallClockNow,
  wallClockToIso,
} from '../../settings/calendars/zoned-time.ts';
import { WallClockInput } from '../WallClockInput.tsx';
import { useDuePreview } from './use-policies.ts';

const PRIORITIES: SlaPriority[] = ['P1', 'P2', 'P3', 'P4'];

/** What the preview asks; kept by the page so a save (which reloads the form) keeps it. */
export interface PreviewInputs {
  priority: SlaPriority;
  /** 'policy': the policy's own calendar. */
  calendarId: string;
  /** `YYYY-MM-DDTHH:mm` on the calendar's wall clock; '' until first shown (then now). */
  received: string;
}

export const INITIAL_PREVIEW: PreviewInputs = { priority: 'P1', calendarId: 'policy', received: '' };

interface PolicyDuePreviewProps {
  inputs: PreviewInputs;
  onChange: (inputs: PreviewInputs) => void;
  policyId: string;
  /** The policy's own calendar; null: the company default. */
  policyCalendarId: string | null;
  calendars: BusinessCalendar[];
  dirty: boolean;
}

/**
 * Due times under the saved policy for an order received at a chosen moment: the same engine as
 * the orders (`POST /sla/preview` with the policy). Unsaved edits are not in it yet; it says so.
 */
export function PolicyDuePreview({
  inputs,
  onChange,
  policyId,
  policyCalendarId,
  calendars,
  dirty,
}: PolicyDuePreviewProps) {
  const { t } = useTranslation();
  const { priority, calendarId } = inputs;
  const own = calendars.find((c) => c.id === policyCalendarId) ?? calendars.find((c) => c.isDefault);
  const calendar = calendarId === 'policy' ? own : calendars.find((c) => c.id === calendarId);
  const timeZone = calendar?.timeZone ?? 'Europe/Istanbul';
  const [initialNow] = useState(() => wallClockNow(timeZone));
  const received = inputs.received || initialNow;
  const set = (change: Partial<PreviewInputs>) => onChange({ ...inputs, received, ...change });
  const [debounced] = useDebouncedValue(received, 300);
  const receivedAt = wallClockToIso(debounced, timeZone);
  const preview = useDuePreview(
    receivedAt
      ? { priority, policyId, receivedAt, ...(calendarId === 'policy' ? {} : { calendarId }) }
      : null,
  );

  return (
    <Paper withBorder p="md" data-testid="policy-preview">
      <Group gap="xs" mb={4}>
        <IconClockPlay size={18} />
        <Title order={5}>{t('sla.preview.title')}</Title>
        {preview.isFetching && <Loader size={14} />}
      </Group>
      <Text c="dimmed" fz="xs" mb="sm">
        {t('sla.preview.subtitle')}
      </Text>
      <Stack gap="xs">
        <SegmentedControl
          value={priority}
          onChange={(value) => set({ priority: value as SlaPriority })}
          data={PRIORITIES}
          fullWidth
          size="xs"
          aria-label={t('sla.policies.priority')}
          data-testid="policy-preview-priority"
        />
        <Select
          size="xs"
          label={t('sla.preview.calendar')}
          value={calendarId}
          onChange={(value) => value && set({ calendarId: value })}
          allowDeselect={false}
          data={[
            { value: 'policy', label: t('sla.preview.policyCalendar', { name: own?.name ?? '—' }) },
            ...calendars.map((c) => ({ value: c.id, label: c.name })),
          ]}
          data-testid="policy-preview-calendar"
        />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <WallClockInput
            size="xs"
            label={t('sla.preview.receivedAt')}
            value={received}
            onChange={(next) => set({ received: next })}
            style={{ flex: 1 }}
            data-testid="policy-preview-received"
          />
          <Button size="xs" variant="default" onClick={() => set({ received: wallClockNow(timeZone) })}>
            {t('sla.preview.now')}
          </Button>
        </Group>
        {dirty && (
          <Text fz="xs" c="orange.8" data-testid="policy-preview-unsaved">
            {t('sla.preview.unsaved')}
          </Text>
        )}
        {preview.isError ? (
          <Alert color="red" variant="light" p="xs">
            {errorMessage(preview.error)}
          </Alert>
        ) : (
          preview.data && <PreviewResults preview={preview.data} />
        )}
      </Stack>
    </Paper>
  );
}

const UNITS = ['minutes', 'hours', 'businessDays'] as const;

/** Compact answer for the side column: each due time on one line with its target. */
function PreviewResults({ preview }: { preview: SlaPreview }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'tr';
  const rows = [
    { key: 'clock-start', label: t('sla.preview.clockStarts'), at: preview.clockStartsAt, target: null },
    {
      key: 'response',
      label: t('sla.metric.firstResponse'),
      at: preview.responseDueAt,
      target: preview.targets.firstResponse,
    },
    {
      key: 'resolution',
      label: t('sla.metric.resolution'),
      at: preview.resolutionDueAt,
      target: preview.targets.resolution,
    },
  ];
  return (
    <Stack gap={8} data-testid="policy-preview-results">
      {rows.map((row) => {
        const unit = UNITS.find((u) => u === row.target?.unit);
        return (
          <div key={row.key}>
            <Group gap={6}>
              <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
                {row.label}
              </Text>
              {row.target && unit && (
                <Badge size="xs" variant="light">
                  {t(`sla.units.${unit}`, { count: row.target.amount })}
                </Badge>
              )}
            </Group>
            <Text fz="sm" fw={600} data-testid={`policy-preview-${row.key}`}>
              {row.at ? formatCalendarTime(row.at, locale) : t('sla.target.none')}
            </Text>
          </div>
        );
      })}
      <Text fz="xs" c="dimmed">
        {preview.timeZone} (UTC{offsetOf(preview.clockStartsAt)})
      </Text>
    </Stack>
  );
}
