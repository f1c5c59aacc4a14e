import { Alert, Button, Collapse, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronUp, IconClockOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { SlaBadge } from './SlaBadge.tsx';
import { SlaIntervalsTable } from './SlaIntervalsTable.tsx';
import { SlaTargetsRow } from './SlaTargetsRow.tsx';
import { SlaTimelineBar } from './SlaTimelineBar.tsx';
import { badgeOfSla } from './sla-format.ts';
import { slaTime } from './sla-time.ts';
import { useWorkOrderSla } from './use-sla.ts';

/** The badge of the detail header, from the same computed SLA as the card (one request). */
export function SlaHeaderBadge({ workOrderId }: { workOrderId: string }) {
  const sla = useWorkOrderSla(workOrderId);
  const badge = sla.data ? badgeOfSla(sla.data) : null;
  return badge && <SlaBadge data={badge} size="lg" data-testid="wo-sla-badge" />;
}

/** Detail page: the targets, the clock's timeline as a bar and, on demand, as a table. */
export function SlaCard({ workOrderId }: { workOrderId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  const sla = useWorkOrderSla(workOrderId);
  const [open, { toggle }] = useDisclosure(false);

  if (sla.isPending) {
    return (
      <Paper withBorder p="md">
        <Skeleton h={18} w={120} mb="sm" />
        <Skeleton h={60} />
      </Paper>
    );
  }
  if (!sla.data) {
    const missing = isApiError(sla.error) && sla.error.status === 404;
    return (
      <Alert
        variant="light"
        color="gray"
        icon={<IconClockOff size={18} />}
        title={t('sla.card.title')}
        data-testid="sla-card-unavailable"
      >
        {missing ? t('sla.card.none') : t('sla.card.failed')}
      </Alert>
    );
  }

  const data = sla.data;
  const badge = badgeOfSla(data);
  return (
    <Paper withBorder p="md" data-testid="sla-card">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap="sm">
          <Title order={4}>{t('sla.card.title')}</Title>
          {badge && <SlaBadge data={badge} size="md" />}
        </Group>
        <Text fz="xs" c="dimmed" ta="right">
          {t('sla.card.clockStarted', { time: slaTime(data.clockStartedAt, locale, true) })}
          <br />
          {t('sla.card.used', { time: formatUsed(data.businessTimeUsedMs) })}
        </Text>
      </Group>
      {badge === null ? (
        <Text fz="sm" c="dimmed" data-testid="sla-no-targets">
          {t('sla.card.noTargets', { priority: data.priority })}
        </Text>
      ) : (
        <Stack gap="xs">
          <SlaTargetsRow sla={data} />
          <SlaTimelineBar sla={data} />
        </Stack>
      )}
      {data.priorityChanges.length > 0 && (
        <Text fz="xs" c="dimmed" data-testid="sla-priority-changes">
          {t('sla.card.priorityChanges')}{' '}
          {data.priorityChanges
            .map((change) => `${slaTime(change.at, locale)} → ${change.priority}`)
            .join(', ')}
        </Text>
      )}
      <Button
        variant="subtle"
        size="compact-sm"
        mt="xs"
        onClick={toggle}
        rightSection={open ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
        data-testid="sla-intervals-toggle"
      >
        {t(open ? 'sla.card.hideIntervals' : 'sla.card.showIntervals', { count: data.timeline.length })}
      </Button>
      <Collapse expanded={open}>
        <SlaIntervalsTable sla={data} />
      </Collapse>
    </Paper>
  );
}

function formatUsed(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}
