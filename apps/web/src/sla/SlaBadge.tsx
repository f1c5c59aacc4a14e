import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconCircleCheck,
  IconClock,
  IconPlayerPause,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDuration, type SlaBadgeData, type SlaTone, TONE_COLOUR } from './sla-format.ts';
import { slaTime } from './sla-time.ts';

const ICONS: Record<SlaTone, typeof IconClock> = {
  ok: IconClock,
  warned: IconAlarm,
  breached: IconAlertTriangle,
  paused: IconPlayerPause,
  met: IconCircleCheck,
};

/** "Duration in words" with the badge's own short units: 2 sa 15 dk / 2 h 15 min. */
export function useDuration() {
  const { t } = useTranslation();
  return (ms: number) =>
    formatDuration(ms, {
      hours: (count) => t('sla.units.hoursShort', { count }),
      minutes: (count) => t('sla.units.minutesShort', { count }),
    });
}

/** Time left on the SLA target that matters now, coloured by state; paused shows a pause mark. */
export function SlaBadge({ data, ...props }: { data: SlaBadgeData } & Omit<BadgeProps, 'color'>) {
  const { t, i18n } = useTranslation();
  const duration = useDuration();
  const Icon = ICONS[data.tone];
  const left = data.remainingMs === null ? null : duration(data.remainingMs);
  const label =
    data.tone === 'met' || left === null
      ? t('sla.badge.met')
      : data.tone === 'breached'
        ? t('sla.badge.late', { time: left })
        : t('sla.badge.left', { time: left });
  const tip = [
    t(`sla.badge.tone.${data.tone}`),
    data.metric && t(`sla.metric.${data.metric}`),
    data.dueAt && t('sla.badge.dueAt', { time: slaTime(data.dueAt, i18n.resolvedLanguage, true) }),
    data.percentUsed !== null && t('sla.badge.used', { percent: Math.round(data.percentUsed) }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip label={tip} withArrow openDelay={300}>
      <Badge
        color={TONE_COLOUR[data.tone]}
        variant={data.tone === 'met' ? 'outline' : data.tone === 'paused' ? 'light' : 'filled'}
        leftSection={<Icon size={13} />}
        data-sla-tone={data.tone}
        style={{ textTransform: 'none', flexShrink: 0 }}
        {...props}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
