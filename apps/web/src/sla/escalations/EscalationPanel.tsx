import {
  Alert,
  Avatar,
  Badge,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconAlarm, IconEye } from '@tabler/icons-react';
import type { EscalationStepView, WorkOrderEscalations } from '@usta/contracts/sla';
import { useTranslation } from 'react-i18next';
import { slaTime } from '../sla-time.ts';
import { effectLabel, planLabel, STATE_COLORS, whenLabel } from './escalation-format.ts';
import { useWorkOrderEscalations } from './use-escalations.ts';

/**
 * Work-order detail: the escalation steps of the order's SLA policy — when each is due, whether
 * it fired and what it did (priority raised, who was notified, watchers added) — and who watches
 * the order.
 */
export function EscalationPanel({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const escalations = useWorkOrderEscalations(workOrderId);
  if (escalations.isPending) {
    return (
      <Paper withBorder p="md">
        <Skeleton h={18} w={160} mb="sm" />
        <Skeleton h={40} />
      </Paper>
    );
  }
  if (!escalations.data) {
    return (
      <Alert variant="light" color="gray" title={t('sla.escalations.title')} data-testid="escalations-failed">
        {t('sla.escalations.failed')}
      </Alert>
    );
  }
  const data = escalations.data;
  return (
    <Paper withBorder p="md" data-testid="escalation-panel">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Group gap={8}>
          <IconAlarm size={18} />
          <Title order={5}>{t('sla.escalations.title')}</Title>
        </Group>
        {data.policyName && (
          <Text fz="xs" c="dimmed" data-testid="escalations-policy">
            {t('sla.escalations.policy', { name: data.policyName })}
          </Text>
        )}
      </Group>
      {data.steps.length === 0 ? (
        <Text fz="sm" c="dimmed" data-testid="escalations-none">
          {t('sla.escalations.none')}
        </Text>
      ) : (
        <StepsTable steps={data.steps} />
      )}
      <Watchers watchers={data.watchers} />
    </Paper>
  );
}

function StepsTable({ steps }: { steps: EscalationStepView[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage;
  return (
    <Table fz="xs" verticalSpacing={6} horizontalSpacing="xs" data-testid="escalation-steps">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sla.escalations.rule')}</Table.Th>
          <Table.Th>{t('sla.escalations.dueAt')}</Table.Th>
          <Table.Th>{t('sla.escalations.firedAt')}</Table.Th>
          <Table.Th>{t('sla.escalations.effectColumn')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {steps.map((step) => (
          <Table.Tr
            key={`${step.ruleId}:${step.cycle}`}
            data-testid={`escalation-step-${step.ruleId}`}
            data-state={step.state}
          >
            <Table.Td>
              <Text fz="xs" fw={600}>
                {whenLabel(step, t)}
                {step.cycle > 0 && (
                  <Text span fz="xs" c="dimmed" fw={400}>
                    {' '}
                    · {t('sla.escalations.cycle', { cycle: step.cycle })}
                  </Text>
                )}
              </Text>
              <Text fz="xs" c="dimmed">
                {planLabel(step, t)}
                {step.rule?.waitForWorkingHours && ` · ${t('sla.escalations.waits')}`}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{slaTime(step.dueAt, locale)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Badge size="xs" variant="light" color={STATE_COLORS[step.state]}>
                {t(`sla.escalations.state.${step.state}`)}
              </Badge>
              {step.firedAt && (
                <Text fz="xs" c="dimmed">
                  {slaTime(step.firedAt, locale)}
                </Text>
              )}
            </Table.Td>
            <Table.Td data-testid="escalation-step-effect">{effectLabel(step, t) ?? '—'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Watchers({ watchers }: { watchers: WorkOrderEscalations['watchers'] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6} mt="sm" data-testid="escalation-watchers">
      <Group gap={6}>
        <IconEye size={16} />
        <Text fz="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('sla.escalations.watchers')}
        </Text>
      </Group>
      {watchers.length === 0 ? (
        <Text fz="sm" c="dimmed">
          {t('sla.escalations.noWatchers')}
        </Text>
      ) : (
        <Group gap="xs">
          {watchers.map((w) => {
            const name = w.name ?? t('sla.escalations.unknownUser');
            return (
              <Tooltip
                key={w.userId}
                label={t('sla.escalations.watcherSince', { time: slaTime(w.addedAt, i18n.resolvedLanguage) })}
              >
                <Badge
                  variant="outline"
                  color="gray"
                  size="lg"
                  tt="none"
                  leftSection={<Avatar size={18} name={name} color="initials" />}
                  data-testid="escalation-watcher"
                >
                  {name}
                </Badge>
              </Tooltip>
            );
          })}
        </Group>
      )}
    </Stack>
  );
}
