import { Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import type { WorkOrderListSla } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { SLA_ICONS, useDuration, useNow } from './SlaBadge.tsx';
import { badgeCountdown, badgeOfSummary, TONE_COLOUR } from './sla-format.ts';
import { slaTime } from './sla-time.ts';

/**
 * The list's SLA column, two lines like the rest of the row so it stays narrow at 1366 px: the
 * time in the state's colour ("2 sa 15 dk"), what it means under it ("kaldı", "gecikti").
 */
export function SlaListCell({ summary }: { summary: WorkOrderListSla | null | undefined }) {
  const { t, i18n } = useTranslation();
  const duration = useDuration(true);
  const now = useNow();
  if (!summary) {
    return (
      <Text fz="sm" c="dimmed">
        —
      </Text>
    );
  }
  const data = badgeOfSummary(summary);
  const countdown = badgeCountdown(data, now);
  const Icon = SLA_ICONS[data.tone];
  const colour = TONE_COLOUR[data.tone];
  const [main, sub] =
    countdown.kind === 'done'
      ? [t('sla.list.met'), null]
      : countdown.kind === 'paused'
        ? [t('sla.list.paused'), null]
        : countdown.kind === 'late' && countdown.ms === 0
          ? [t('sla.list.breached'), null]
          : [duration(countdown.ms), t(countdown.kind === 'late' ? 'sla.list.late' : 'sla.list.left')];
  const tip = [
    t(`sla.badge.tone.${data.tone}`),
    data.metric && t(`sla.metric.${data.metric}`),
    data.dueAt && t('sla.badge.dueAt', { time: slaTime(data.dueAt, i18n.resolvedLanguage, true) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip label={tip} withArrow openDelay={300}>
      <Group gap={6} wrap="nowrap" data-testid="wo-row-sla" data-sla-tone={data.tone}>
        <ThemeIcon size={20} radius="xl" color={colour} variant={data.tone === 'met' ? 'light' : 'filled'}>
          <Icon size={12} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text
            fz="xs"
            fw={700}
            c={data.tone === 'met' || data.tone === 'paused' ? 'dimmed' : `${colour}.8`}
            style={{ whiteSpace: 'nowrap' }}
          >
            {main}
          </Text>
          {sub && (
            <Text fz={11} c="dimmed" lh={1.2}>
              {sub}
            </Text>
          )}
        </div>
      </Group>
    </Tooltip>
  );
}
