import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { WorkOrderSla } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { useDuration } from './SlaBadge.tsx';
import { slaTime } from './sla-time.ts';

type Target = NonNullable<WorkOrderSla['firstResponse']>;
const UNITS = ['minutes', 'hours', 'businessDays'] as const;

function colourOf(target: Target): string {
  if (target.status === 'breached' || target.breached) return 'red';
  if (target.status === 'met') return 'teal';
  return target.percentUsed >= 75 ? 'orange' : 'blue';
}

/** One target: what it is, when it is due or was met, and how much of it is used. */
function TargetCell({ metric, target }: { metric: Target['metric']; target: Target | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const duration = useDuration();
  if (!target) {
    return (
      <Stack gap={2} data-testid={`sla-target-${metric}`}>
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t(`sla.metric.${metric}`)}
        </Text>
        <Text fz="sm" c="dimmed">
          {t('sla.target.none')}
        </Text>
      </Stack>
    );
  }
  const unit = UNITS.find((u) => u === target.target.unit) ?? 'hours';
  const state =
    target.status === 'met'
      ? t('sla.target.metAt', { time: slaTime(target.metAt, locale) })
      : target.status === 'breached'
        ? t('sla.target.breachedBy', {
            time: duration(Math.abs(target.remainingMs)),
            due: slaTime(target.dueAt, locale),
          })
        : target.dueAt
          ? t('sla.target.dueAt', { time: slaTime(target.dueAt, locale), left: duration(target.remainingMs) })
          : t('sla.target.held', { left: duration(target.remainingMs) });
  return (
    <Stack gap={4} data-testid={`sla-target-${metric}`} data-status={target.status}>
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t(`sla.metric.${metric}`)} · {t(`sla.units.${unit}`, { count: target.target.amount })}
        </Text>
        {target.status !== 'breached' && (
          <Text fz="xs" c="dimmed">
            {t('sla.target.percent', { percent: Math.round(target.percentUsed) })}
          </Text>
        )}
      </Group>
      <Progress
        value={Math.min(100, target.percentUsed)}
        color={colourOf(target)}
        size="sm"
        aria-label={t(`sla.metric.${metric}`)}
      />
      <Text fz="sm" fw={500}>
        {state}
      </Text>
    </Stack>
  );
}

export function SlaTargetsRow({ sla }: { sla: WorkOrderSla }) {
  return (
    <SimpleGrid cols={2} spacing="lg">
      <TargetCell metric="firstResponse" target={sla.firstResponse} />
      <TargetCell metric="resolution" target={sla.resolution} />
    </SimpleGrid>
  );
}
