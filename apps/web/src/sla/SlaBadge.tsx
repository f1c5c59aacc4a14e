import { Badge, type BadgeProps, Tooltip } from '@mantine/core';
import {
  IconAlarm,
  IconAlertTriangle,
  IconCircleCheck,
  IconClock,
  IconPlayerPause,
} from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  badgeCountdown,
  formatDuration,
  type SlaBadgeData,
  type SlaTone,
  TONE_COLOUR,
} from './sla-format.ts';
import { slaTime } from './sla-time.ts';

export const SLA_ICONS: Record<SlaTone, typeof IconClock> = {
  ok: IconClock,
  warned: IconAlarm,
  breached: IconAlertTriangle,
  paused: IconPlayerPause,
  met: IconCircleCheck,
};

/** Durations in words with short units: 2 sa 15 dk / 2 h 15 min; days only for wall-clock time. */
export function useDuration(withDays = false) {
  const { t } = useTranslation();
  return (ms: number) =>
    formatDuration(ms, {
      ...(withDays ? { days: (count: number) => t('sla.units.daysShort', { count }) } : {}),
      hours: (count) => t('sla.units.hoursShort', { count }),
      minutes: (count) => t('sla.units.minutesShort', { count }),
    });
}

/** The clock of every badge on the page, moved every 30 s so countdowns stay true. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Time to the due time that matters now, coloured by state; a paused clock shows a pause mark. */
export function SlaBadge({ data, ...props }: { data: SlaBadgeData } & Omit<BadgeProps, 'color'>) {
  const { t, i18n } = useTranslation();
  const wall = useDuration(true);
  const working = useDuration();
  const now = useNow();
  const Icon = SLA_ICONS[data.tone];
  const countdown = badgeCountdown(data, now);
  const label =
    countdown.kind === 'done'
      ? t('sla.badge.met')
      : countdown.kind === 'paused'
        ? countdown.ms === null
          ? t('sla.badge.paused')
          : t('sla.badge.pausedLeft', { time: working(countdown.ms) })
        : countdown.kind === 'late'
          ? countdown.ms === 0
            ? t('sla.badge.breached')
            : t('sla.badge.late', { time: wall(countdown.ms) })
          : t('sla.badge.left', { time: wall(countdown.ms) });
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
