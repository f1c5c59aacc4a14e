import { Badge, Group, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconArrowRight,
  IconClock,
  IconEdit,
  IconGitMerge,
  IconLink,
  IconMessage,
  IconPlus,
  IconSignature,
  IconUserCheck,
} from '@tabler/icons-react';
import type { Activity } from '@usta/contracts/work-orders';
import { useTranslation } from 'react-i18next';
import { activityDetail } from './activity-detail.ts';
import { formatDateTime, formatTime, minutesBetween } from './format.ts';
import type { StatusLike } from './StatusBadge.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const ICONS = {
  created: IconPlus,
  status_change: IconArrowRight,
  note: IconMessage,
  time_entry: IconClock,
  edit: IconEdit,
  assignment: IconUserCheck,
  approval: IconSignature,
  merge: IconGitMerge,
  link: IconLink,
} as const;

interface ActivityTimelineProps {
  activities: Activity[];
  /** The company's statuses, to name and colour the codes of a status change. */
  statuses: StatusLike[];
}

/** Hareketler, newest first: who did what when, with start and end for time entries. */
export function ActivityTimeline({ activities, statuses }: ActivityTimelineProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const byCode = new Map(statuses.map((status) => [status.code, status]));
  const statusOf = (code: string | null) => {
    const known = code ? byCode.get(code) : undefined;
    return known ?? { code: code ?? '', nameTr: code ?? '—', nameEn: code ?? '—', colour: 'gray' };
  };
  if (activities.length === 0) {
    return (
      <Text fz="sm" c="dimmed">
        {t('workOrders.timeline.empty')}
      </Text>
    );
  }
  return (
    <Timeline bulletSize={26} lineWidth={2} data-testid="wo-timeline">
      {activities.map((activity) => {
        const Icon = ICONS[activity.kind];
        const minutes =
          activity.startedAt && activity.endedAt
            ? minutesBetween(activity.startedAt, activity.endedAt)
            : null;
        return (
          <Timeline.Item
            key={activity.id}
            bullet={
              <ThemeIcon
                size={26}
                radius="xl"
                variant="light"
                color={activity.visibility === 'customer' ? 'teal' : 'usta'}
              >
                <Icon size={14} />
              </ThemeIcon>
            }
            data-testid={`wo-activity-${activity.kind}`}
          >
            <Group gap={6} wrap="wrap">
              <Text fz="sm" fw={600}>
                {t(`workOrders.activity.${activity.kind}`)}
              </Text>
              {activity.kind === 'status_change' && (
                <Group gap={4}>
                  {activity.fromStatus && (
                    <StatusBadge status={statusOf(activity.fromStatus)} size="xs" variant="light" />
                  )}
                  <IconArrowRight size={12} />
                  <StatusBadge status={statusOf(activity.toStatus)} size="xs" />
                </Group>
              )}
              {activity.visibility === 'customer' && (
                <Badge size="xs" color="teal" variant="outline">
                  {t('workOrders.timeline.customerVisible')}
                </Badge>
              )}
            </Group>
            {!activity.description && activityDetail(activity, t) && (
              <Text fz="sm" c="dimmed" mt={2}>
                {activityDetail(activity, t)}
              </Text>
            )}
            {activity.description && (
              <Text fz="sm" mt={2} style={{ whiteSpace: 'pre-wrap' }}>
                {activity.description}
              </Text>
            )}
            {activity.startedAt && activity.endedAt && (
              <Text fz="xs" c="dimmed" mt={2} data-testid="wo-activity-span">
                {t('workOrders.timeline.span', {
                  start: formatDateTime(activity.startedAt, locale),
                  end: formatTime(activity.endedAt),
                  minutes,
                })}
              </Text>
            )}
            <Text fz="xs" c="dimmed" mt={2}>
              {activity.actorName ?? t('workOrders.timeline.system')} ·{' '}
              {formatDateTime(activity.occurredAt, locale)}
            </Text>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
