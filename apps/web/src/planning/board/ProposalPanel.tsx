import { Alert, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconCheck, IconX } from '@tabler/icons-react';
import type { Board, Proposal, TravelSummary } from '@usta/contracts/planning';
import { useTranslation } from 'react-i18next';
import { wallClock } from './day-frame.ts';

interface ProposalPanelProps {
  proposal: Proposal;
  board: Board;
  canWrite: boolean;
  applying: boolean;
  onApply: () => void;
  onDiscard: () => void;
}

const short = (number: string) => number.replace(/^[A-Z]+-\d{4}-0*/u, '#');
const km = (value: number) => value.toFixed(1);
const min = (value: number) => String(Math.round(value));

/** The optimiser's proposal beside the current plan: per technician and in total. */
export function ProposalPanel({
  proposal,
  board,
  canWrite,
  applying,
  onApply,
  onDiscard,
}: ProposalPanelProps) {
  const { t } = useTranslation();
  const current = new Map(board.technicians.map((tech) => [tech.id, tech.visits]));
  const savedKm = proposal.before.distanceKm - proposal.after.distanceKm;
  const savedMin = proposal.before.travelMinutes - proposal.after.travelMinutes;
  const changed = proposal.routes.some((route) => route.stops.some((stop) => stop.changed));

  return (
    <Paper withBorder p="md" mb="md" data-testid="proposal-panel">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={2}>
          <Text fw={650}>{t('planning.optimise.title')}</Text>
          <Text fz="xs" c="dimmed">
            {t('planning.optimise.subtitle')}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            variant="default"
            leftSection={<IconX size={16} />}
            onClick={onDiscard}
            data-testid="proposal-discard"
          >
            {t('planning.optimise.discard')}
          </Button>
          {canWrite && (
            <Button
              leftSection={<IconCheck size={16} />}
              onClick={onApply}
              loading={applying}
              disabled={proposal.status !== 'proposed'}
              data-testid="proposal-apply"
            >
              {t('planning.optimise.apply')}
            </Button>
          )}
        </Group>
      </Group>

      <Table withTableBorder withColumnBorders fz="sm" mb="sm" data-testid="proposal-totals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('planning.optimise.km')}</Table.Th>
            <Table.Th>{t('planning.optimise.minutes')}</Table.Th>
            <Table.Th>{t('planning.optimise.visits')}</Table.Th>
            <Table.Th>{t('planning.optimise.lateVisits')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <SummaryRow
            label={t('planning.optimise.current')}
            summary={proposal.before}
            testId="totals-before"
          />
          <SummaryRow
            label={t('planning.optimise.proposed')}
            summary={proposal.after}
            testId="totals-after"
          />
        </Table.Tbody>
      </Table>
      <Text
        fz="sm"
        mb="sm"
        c={savedKm >= 0 || proposal.after.visits > proposal.before.visits ? 'teal' : 'red'}
        fw={600}
        data-testid="proposal-saving"
      >
        {!changed
          ? t('planning.optimise.noChange')
          : proposal.after.visits > proposal.before.visits
            ? t('planning.optimise.placedMore', {
                count: proposal.after.visits - proposal.before.visits,
                before: km(proposal.before.distanceKm),
                after: km(proposal.after.distanceKm),
              })
            : savedKm >= 0
              ? t('planning.optimise.saved', { km: km(savedKm), minutes: min(savedMin) })
              : t('planning.optimise.worse', { km: km(-savedKm) })}
      </Text>

      <Table striped fz="xs" verticalSpacing={4} data-testid="proposal-routes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('planning.board.technician')}</Table.Th>
            <Table.Th>{t('planning.optimise.current')}</Table.Th>
            <Table.Th>{t('planning.optimise.proposed')}</Table.Th>
            <Table.Th w={150}>{t('planning.optimise.km')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposal.routes.map((route) => {
            const before = (current.get(route.technicianId) ?? []).map((visit) =>
              short(visit.workOrder.number),
            );
            const after = route.stops.map((stop) => short(stop.workOrderNumber));
            const same = before.join() === after.join();
            return (
              <Table.Tr
                key={route.technicianId}
                data-testid="proposal-route"
                data-technician={route.technicianName}
              >
                <Table.Td fw={600}>{route.technicianName}</Table.Td>
                <Table.Td c="dimmed">{before.join(' → ') || '—'}</Table.Td>
                <Table.Td>
                  {same ? (
                    <Text span fz="xs" c="dimmed">
                      {t('planning.optimise.unchanged')}
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {route.stops.map((stop, index) => (
                        <Badge
                          key={`${stop.workOrderId}-${stop.start}`}
                          size="sm"
                          variant={stop.changed ? 'filled' : 'light'}
                          color={stop.late ? 'red' : stop.fixed ? 'gray' : 'blue'}
                          title={`${stop.customerName} · ${wallClock(stop.start, board.timeZone)}`}
                        >
                          {index + 1}. {short(stop.workOrderNumber)} {wallClock(stop.start, board.timeZone)}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {km(route.before.distanceKm)}
                    <IconArrowRight size={12} />
                    <Text span fz="xs" fw={600}>
                      {km(route.after.distanceKm)}
                    </Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>

      {proposal.unassigned.length > 0 && (
        <Alert
          color="yellow"
          mt="sm"
          title={t('planning.optimise.unassignedTitle')}
          data-testid="proposal-unassigned"
        >
          <Stack gap={2}>
            {proposal.unassigned.map((item) => (
              <Text key={item.workOrderId} fz="sm">
                <b>{item.workOrderNumber}</b> — {t(`planning.optimise.reasons.${item.reason}`)}
                {item.message ? `: ${item.message}` : ''}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
    </Paper>
  );
}

function SummaryRow({ label, summary, testId }: { label: string; summary: TravelSummary; testId: string }) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Td fw={600}>{label}</Table.Td>
      <Table.Td>{km(summary.distanceKm)}</Table.Td>
      <Table.Td>{min(summary.travelMinutes)}</Table.Td>
      <Table.Td>{summary.visits}</Table.Td>
      <Table.Td c={summary.lateVisits > 0 ? 'red' : undefined}>{summary.lateVisits}</Table.Td>
    </Table.Tr>
  );
}
